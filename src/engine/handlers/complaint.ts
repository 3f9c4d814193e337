import { escalate } from '../../domain/escalations';
import { createTicket } from '../../domain/tickets';
import { formatMoment } from '../../shared/time';
import { startForm, type FormDefinition, type SlotValues } from '../dialogue/form';
import type { Turn } from '../turn';
import { initialWhere, resolveWhere, type Where } from './where';

const BARE_COMPLAINT = /^(你好[，,\s]*)?(我要|我想|想|要)?(投诉|投个诉|举报|反映个?问题)(一下)?[吧啊呀了。！!]*$/;

const CATEGORY_LABEL: Record<string, string> = {
  noise: '噪音', neighbor: '邻里问题', sanitation: '环境卫生', parking: '停车', pet: '宠物', staff: '工作人员',
  renovation: '装修', security: '安保', service_delay: '服务拖延', other: '相关问题',
};

/** Complaints are recorded at once (no confirmation: the owner is already unhappy); only a bare 我要投诉 asks what happened. */
export const complaintForm: FormDefinition = {
  name: 'complaint.file',
  slots: [{ name: 'description', ask: (turn) => turn.t('complaint.ask_what'), fromAnswer: (text) => (text.length >= 2 ? text : undefined) }],
  cancelledText: (turn) => turn.t('form.cancelled'),
  submit: fileComplaint,
};

async function fileComplaint(turn: Turn, slots: SlotValues): Promise<void> {
  const description = String(slots.description);
  let category = String(slots.category ?? 'other');
  if (category === 'other' && description !== turn.text) {
    const reading = await turn.deps.nlu.understand(description, turn.now);
    if (typeof reading.slots.category === 'string') category = reading.slots.category;
  }
  const where = await resolveWhere(turn, slots.where as Where | undefined);
  const { ticket, repeatOf } = await createTicket(turn.ctx, {
    type: 'complaint',
    category,
    description,
    unitId: where.unitId,
    place: where.place,
    ownerId: turn.identity?.ownerId ?? where.ownerId,
    reporterChannel: turn.inbound.channel,
    reporterId: turn.inbound.senderId,
    conversationId: turn.conversation.id,
  });
  const due = ticket.resolveDueAt ? formatMoment(ticket.resolveDueAt) : '';
  if (repeatOf) {
    await escalate(turn.ctx, {
      conversationId: turn.conversation.id, ticketId: ticket.id, reason: 'repeat_complaint',
      summary: `二次投诉（关联 ${repeatOf.number}）：${description.slice(0, 200)}`,
    });
    turn.sayKey('complaint.repeat', { number: ticket.number, previous: repeatOf.number, due });
  } else if (ticket.serious) {
    await escalate(turn.ctx, {
      conversationId: turn.conversation.id, ticketId: ticket.id, reason: 'serious_complaint',
      summary: `严重投诉：${description.slice(0, 200)}`,
    });
    turn.sayKey('complaint.serious', { number: ticket.number, due });
  } else {
    turn.sayKey('complaint.created', { category: CATEGORY_LABEL[category] ?? CATEGORY_LABEL.other, number: ticket.number, due });
  }
}

export async function complaint(turn: Turn): Promise<void> {
  await startForm(turn, complaintForm, {
    category: turn.nlu.slots.category ?? 'other',
    description: BARE_COMPLAINT.test(turn.text) ? undefined : turn.text,
    where: initialWhere(turn),
  });
}
