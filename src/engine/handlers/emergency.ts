import { escalate } from '../../domain/escalations';
import { EMERGENCY_SLA } from '../../domain/rules/sla';
import { createTicket, setTicketLocation } from '../../domain/tickets';
import type { Turn } from '../turn';
import { describeWhere, initialWhere, resolveWhere, unitIn, whereFromAnswer } from './where';

const KINDS = new Set<string>(EMERGENCY_SLA.kinds);

/**
 * Act first, ask later: the emergency ticket and a top-priority escalation exist before the reply,
 * which gives the safety steps for that kind and then asks where, if unknown.
 */
export async function emergency(turn: Turn): Promise<void> {
  const kind = KINDS.has(String(turn.nlu.slots.kind)) ? String(turn.nlu.slots.kind) : 'security';
  const where = initialWhere(turn);
  const resolved = await resolveWhere(turn, where);
  const { ticket } = await createTicket(turn.ctx, {
    type: 'emergency',
    category: kind,
    description: turn.text,
    unitId: resolved.unitId,
    place: resolved.place,
    ownerId: resolved.ownerId ?? turn.identity?.ownerId ?? null,
    reporterChannel: turn.inbound.channel,
    reporterId: turn.inbound.senderId,
    conversationId: turn.conversation.id,
  });
  await escalate(turn.ctx, {
    conversationId: turn.conversation.id,
    ticketId: ticket.id,
    reason: 'emergency',
    summary: `紧急情况（${kind}）${describeWhere(where) ? ` @${describeWhere(where)}` : ''}：${turn.text.slice(0, 200)}`,
  });
  turn.sayKey('emergency.created', { number: ticket.number, notify: EMERGENCY_SLA.notifyWithinMinutes });
  // Someone collapsed or hurt: security attends (the ticket's kind), the owner is told to call 120.
  turn.sayKey(`emergency.safety.${turn.nlu.slots.kind === undefined && turn.nlu.hazard === 'medical' ? 'medical' : kind}`);
  if (!where) {
    turn.sayKey('emergency.ask_location');
    turn.state.emergencyTicketId = ticket.id;
  }
}

/**
 * After an emergency without a location, a next message that names a unit or a place fills it in.
 * Returns false when the message is about something else.
 */
export async function handleEmergencyLocation(turn: Turn): Promise<boolean> {
  const ticketId = turn.state.emergencyTicketId!;
  turn.state.emergencyTicketId = undefined;
  const named = unitIn(turn.text);
  const looksLikePlace = turn.nlu.confidence < 0.75 || turn.nlu.intent === 'out_of_scope';
  const where = named ? { unit: named } : looksLikePlace ? whereFromAnswer(turn.text) : undefined;
  if (!where) return false;
  const resolved = await resolveWhere(turn, where);
  await setTicketLocation(turn.ctx, ticketId, resolved);
  turn.handledAs = 'emergency.report';
  turn.sayKey('emergency.location_noted', { where: describeWhere(where) });
  return true;
}
