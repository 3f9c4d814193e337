import { createTicket } from '../../domain/tickets';
import { REPAIR_SLA } from '../../domain/rules/sla';
import type { FormDefinition, SlotValues } from '../dialogue/form';
import { startForm } from '../dialogue/form';
import type { Turn } from '../turn';
import { timePhraseIn } from './time-words';
import { mergeVisit, visitTimeSlot, whereSlot } from './visit-slots';
import { describeWhere, initialWhere, resolveWhere, type Where } from './where';

/** A bare "I want to report a repair" says nothing about what is broken. */
const BARE_REPORT = /^(你好[，,\s]*)?(我要|我想|想|要|帮我)?(报修|报个修|维修|修东西|报修一下|报一下修)(一下)?[吧啊呀了。！!]*$/;

/** Category words for the summary line ("卫生间水龙头滴水" is the owner's text; this is a fallback). */
const CATEGORY_LABEL: Record<string, string> = {
  plumbing: '水管/下水问题', electrical: '电路问题', door_window_lock: '门窗/门锁问题', elevator: '电梯问题',
  appliance: '设备问题', wall_ceiling_floor: '墙面/天花/地面问题', network_tv: '网络/电视问题',
  public_facility: '公共设施问题', other: '报修事项',
};

function summaryOf(slots: SlotValues): string {
  const d = String(slots.description ?? '');
  const short = d.replace(/\s+/g, ' ').replace(/^(你好|您好|喂)[，,！!\s]*/, '').trim();
  return short.length > 40 ? `${short.slice(0, 40)}…` : short || CATEGORY_LABEL[String(slots.category)] || CATEGORY_LABEL.other;
}

export const repairForm: FormDefinition = {
  name: 'repair.report',
  slots: [
    {
      name: 'description',
      ask: (turn) => turn.t('repair.ask_what'),
      fromAnswer: (text) => (text.length >= 2 ? text : undefined),
    },
    whereSlot((turn, slots) => turn.t('repair.ask_where', { summary: summaryOf(slots) })),
    visitTimeSlot((turn) => turn.t('repair.ask_time')),
  ],
  merge: mergeVisit,
  confirmText: (turn, slots) =>
    turn.t('repair.confirm', { where: describeWhere(slots.where as Where), summary: summaryOf(slots), time: String(slots.time) }),
  cancelledText: (turn) => turn.t('repair.cancelled'),
  async submit(turn, slots) {
    const where = await resolveWhere(turn, slots.where as Where);
    const { ticket } = await createTicket(turn.ctx, {
      type: 'repair',
      category: await categoryOf(turn, slots),
      description: String(slots.description),
      unitId: where.unitId,
      place: where.place,
      preferredTime: String(slots.time ?? ''),
      ownerId: where.ownerId ?? turn.identity?.ownerId ?? null,
      reporterChannel: turn.inbound.channel,
      reporterId: turn.inbound.senderId,
      conversationId: turn.conversation.id,
    });
    turn.sayKey('repair.created', { number: ticket.number, dispatch: REPAIR_SLA.dispatchWithinMinutes });
  },
};

/** When the first message was a bare "报修", the category comes from the description given later. */
async function categoryOf(turn: Turn, slots: SlotValues): Promise<string> {
  if (slots.category && slots.category !== 'other') return String(slots.category);
  const reading = await turn.deps.nlu.understand(String(slots.description), turn.now);
  return typeof reading.slots.category === 'string' ? reading.slots.category : 'other';
}

export async function repair(turn: Turn): Promise<void> {
  const { slots } = turn.nlu;
  const initial: SlotValues = {
    category: slots.category ?? 'other',
    description: BARE_REPORT.test(turn.text) ? undefined : turn.text,
    where: initialWhere(turn),
    time: timePhraseIn(turn.text),
  };
  await startForm(turn, repairForm, initial);
}
