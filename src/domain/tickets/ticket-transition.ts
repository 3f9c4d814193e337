import { Ticket, TicketEvent, type TicketStatus } from '../../../entities';
import type { Result } from '../../shared/errors';
import { audit } from '../audit';
import type { DomainContext } from '../context';
import { allowedTransitions, TERMINAL_STATUSES } from '../rules/ticket-status';
import { computeDeadlines } from './deadlines';

export type TransitionResult = Result<
  { ticket: Ticket; event: TicketEvent },
  'NOT_FOUND' | 'INVALID_TRANSITION',
  { from?: TicketStatus; allowed?: TicketStatus[] }
>;

/** Loads a ticket for change; on MySQL the row is locked so two concurrent moves cannot both pass the check. */
export async function loadTicketForUpdate(ctx: DomainContext, id: number): Promise<Ticket | null> {
  return ctx.em.findOne(Ticket, {
    where: { id },
    ...(ctx.db === 'mysql' ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

/** Appends the history row for a status change made by ctx.actor. */
export async function recordTicketEvent(
  ctx: DomainContext,
  ticketId: number,
  from: TicketStatus | null,
  to: TicketStatus,
  note: string | null,
): Promise<TicketEvent> {
  return ctx.em.save(
    ctx.em.create(TicketEvent, {
      ticketId, fromStatus: from, toStatus: to, actorType: ctx.actor.type, actorId: ctx.actor.id, note, at: ctx.clock.now(),
    }),
  );
}

/**
 * Moves a ticket along the declared status table. A move not in the table is refused with the moves
 * that are allowed, and changes nothing. Otherwise writes the history row and an audit row, and emits
 * `ticket.status_changed` (plus `ticket.done`, which schedules the 回访) after commit.
 * When a Ticket object is passed, it is updated in place too.
 */
export async function transitionTicket(
  ctx: DomainContext,
  ticketOrId: number | Ticket,
  to: TicketStatus,
  note: string | null = null,
): Promise<TransitionResult> {
  const id = typeof ticketOrId === 'number' ? ticketOrId : ticketOrId.id;
  const ticket = await loadTicketForUpdate(ctx, id);
  if (!ticket) return { ok: false, reason: 'NOT_FOUND' };
  const from = ticket.status;
  const allowed = allowedTransitions(ticket.type, from);
  if (!allowed.includes(to)) return { ok: false, reason: 'INVALID_TRANSITION', from, allowed };

  const now = ctx.clock.now();
  ticket.status = to;
  ticket.updatedAt = now;
  if (TERMINAL_STATUSES.includes(to)) ticket.closedAt = now;
  if (to === 'reopened') {
    // A reopened job gets a fresh fix-by promise under the same rule, counted from the reopening.
    ticket.closedAt = null;
    ticket.resolveDueAt = computeDeadlines(ticket.type, ticket.category, now, { serious: ticket.serious }).resolveDueAt;
  }
  await ctx.em.save(ticket);
  const event = await recordTicketEvent(ctx, ticket.id, from, to, note);
  await audit(ctx, 'ticket.status_changed', { type: 'ticket', id: ticket.id }, { number: ticket.number, from, to, note });

  const payload = {
    ticketId: ticket.id, number: ticket.number, type: ticket.type, from, to,
    conversationId: ticket.conversationId, reporterChannel: ticket.reporterChannel, reporterId: ticket.reporterId,
  };
  ctx.emit({ type: 'ticket.status_changed', payload });
  if (to === 'done') ctx.emit({ type: 'ticket.done', payload });
  if (typeof ticketOrId !== 'number') Object.assign(ticketOrId, ticket);
  return { ok: true, ticket, event };
}
