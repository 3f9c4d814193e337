import { SERVICE_SLA } from '../../domain/rules/sla';
import { createTicket } from '../../domain/tickets';
import { startForm, type FormDefinition, type SlotValues } from '../dialogue/form';
import type { Turn } from '../turn';
import { timePhraseIn } from './time-words';
import { mergeVisit, visitTimeSlot, whereSlot } from './visit-slots';
import { describeWhere, initialWhere, resolveWhere, type Where } from './where';

const SERVICE_LABEL: Record<string, string> = {
  door_open: '上门开门', cleaning: '入室保洁', parcel: '快递/邮件代收代送', item_release: '物品放行',
  after_hours: '非办公时间加班', access_pass: '临时出入证', other: '上门服务',
};

const SERVICE_WORDS: [RegExp, string][] = [
  [/(开门|锁在外面|进不去|钥匙.*(丢|忘|落)|忘带钥匙)/, 'door_open'],
  [/(保洁|打扫|清洁|擦玻璃)/, 'cleaning'],
  [/(快递|包裹|邮件|挂号信|代收)/, 'parcel'],
  [/(放行|搬家|搬出|大件)/, 'item_release'],
  [/(加班|延时|空调延长)/, 'after_hours'],
  [/(出入证|通行证|临时证|施工证)/, 'access_pass'],
];

function serviceFromText(text: string): string | undefined {
  return SERVICE_WORDS.find(([re]) => re.test(text))?.[1];
}

/** Services done at the door now (opening a door) need no appointment time. */
const IMMEDIATE = new Set(['door_open']);

export const serviceForm: FormDefinition = {
  name: 'service.request',
  slots: [
    { name: 'service', ask: (turn) => turn.t('service.ask_what'), fromAnswer: (text) => serviceFromText(text) },
    whereSlot((turn) => turn.t('service.ask_where'), (slots) => slots.service !== 'after_hours' && slots.service !== 'access_pass'),
    visitTimeSlot((turn) => turn.t('service.ask_time'), (slots) => !IMMEDIATE.has(String(slots.service))),
  ],
  merge: mergeVisit,
  confirmText: (turn, slots) =>
    turn.t('service.confirm', {
      where: describeWhere(slots.where as Where),
      service: SERVICE_LABEL[String(slots.service)] ?? SERVICE_LABEL.other,
      time: slots.time ? String(slots.time) : '现在',
    }),
  cancelledText: (turn) => turn.t('form.cancelled'),
  submit: submitService,
};

async function submitService(turn: Turn, slots: SlotValues): Promise<void> {
  const service = String(slots.service);
  const where = await resolveWhere(turn, slots.where as Where | undefined);
  const { ticket } = await createTicket(turn.ctx, {
    type: 'service',
    category: service,
    description: String(slots.description ?? SERVICE_LABEL[service] ?? service),
    unitId: where.unitId,
    place: where.place,
    preferredTime: slots.time ? String(slots.time) : null,
    ownerId: where.ownerId ?? turn.identity?.ownerId ?? null,
    reporterChannel: turn.inbound.channel,
    reporterId: turn.inbound.senderId,
    conversationId: turn.conversation.id,
  });
  const promise =
    service === 'door_open'
      ? turn.t('service.door_open', { minutes: SERVICE_SLA.door_open.withinMinutes })
      : turn.t('service.default_promise');
  turn.sayKey('service.created', { number: ticket.number, service: SERVICE_LABEL[service] ?? SERVICE_LABEL.other, promise });
}

export async function service(turn: Turn): Promise<void> {
  const named = typeof turn.nlu.slots.service === 'string' ? turn.nlu.slots.service : serviceFromText(turn.text);
  await startForm(turn, serviceForm, {
    service: named,
    description: turn.text,
    where: initialWhere(turn),
    time: timePhraseIn(turn.text),
  });
}
