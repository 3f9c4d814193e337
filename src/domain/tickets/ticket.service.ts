import { z } from 'zod';
import { StaffAccount, Ticket, type TicketType } from '../../../entities';
import { nextSequence } from '../../db/sequence';
import { AppError, type Result } from '../../shared/errors';
import { localDate } from '../../shared/time';
import { audit } from '../audit';
import type { DomainContext } from '../context';
import { isSeriousComplaint } from '../rules/complaints';
import { TICKET_PRIORITY } from '../rules/sla';
import { INITIAL_TICKET_STATUS, TERMINAL_STATUSES } from '../rules/ticket-status';
import { findRepeatedComplaint } from './complaint-repeat';
import { computeDeadlines } from './deadlines';
import { loadTicketForUpdate, recordTicketEvent, transitionTicket } from './ticket-transition';

/** The letter that starts a ticket's human number, by type. */
export const TICKET_NUMBER_PREFIX: Readonly<Record<TicketType, string>> = {
  repair: 'R', emergency: 'E', complaint: 'C', service: 'S',
};

const createTicketInput = z.object({
  type: z.enum(['repair', 'emergency', 'complaint', 'service']),
  /** Repair category, emergency kind, complaint category or service (TAXONOMY.md values). */
  category: z.string().min(1).max(32),
  description: z.string().min(1),
  unitId: z.number().int().nullish(),
  // Owner-typed free text: cut to the column rather than refuse the report.
  place: z.string().nullish().transform((s) => (s ? s.slice(0, 100) : null)),
  preferredTime: z.string().nullish().transform((s) => (s ? s.slice(0, 100) : null)),
  ownerId: z.number().int().nullish(),
  reporterChannel: z.string().min(1).max(20),
  reporterId: z.string().min(1).max(128),
  conversationId: z.string().max(36).nullish(),
});
export type CreateTicketInput = z.input<typeof createTicketInput>;

/** 'R-20261123-007': type letter, local date, that day's counter for the type. */
async function nextTicketNumber(ctx: DomainContext, type: TicketType, at: Date): Promise<string> {
  const day = `${TICKET_NUMBER_PREFIX[type]}-${localDate(at).replace(/-/g, '')}`;
  const n = await nextSequence(ctx.em, `ticket:${day}`);
  return `${day}-${String(n).padStart(3, '0')}`;
}

/**
 * Records a report as a ticket: human number, priority, deadlines from the SLA rules, the first history
 * row and an audit row; emits `ticket.created`. A complaint is flagged serious by the complaint rules or
 * when it repeats an earlier one within the window (`repeatOf`). Raising an escalation for an emergency or
 * a serious complaint is the caller's next step (escalations/escalate).
 */
export async function createTicket(
  ctx: DomainContext,
  raw: CreateTicketInput,
): Promise<{ ticket: Ticket; repeatOf: Ticket | null }> {
  const parsed = createTicketInput.safeParse(raw);
  if (!parsed.success) throw new AppError('INVALID_TICKET_INPUT', parsed.error.message, 400);
  const input = parsed.data;
  const now = ctx.clock.now();
  const unitId = input.unitId ?? null;

  let repeatOf: Ticket | null = null;
  let serious = false;
  if (input.type === 'complaint') {
    repeatOf = await findRepeatedComplaint(ctx, { ...input, unitId, at: now });
    serious = repeatOf != null || isSeriousComplaint(input.category, input.description);
  }
  const priority =
    input.type === 'emergency' ? TICKET_PRIORITY.emergency : serious ? TICKET_PRIORITY.seriousComplaint : TICKET_PRIORITY.normal;
  const { remindAt: _remindAt, ...deadlines } = computeDeadlines(input.type, input.category, now, { serious });

  const ticket = await ctx.em.save(
    ctx.em.create(Ticket, {
      number: await nextTicketNumber(ctx, input.type, now),
      type: input.type,
      category: input.category,
      status: INITIAL_TICKET_STATUS,
      priority,
      unitId,
      place: input.place,
      description: input.description,
      preferredTime: input.preferredTime,
      ownerId: input.ownerId ?? null,
      reporterChannel: input.reporterChannel,
      reporterId: input.reporterId,
      conversationId: input.conversationId ?? null,
      assigneeId: null,
      serious,
      repeatOfId: repeatOf?.id ?? null,
      ...deadlines,
      satisfaction: null,
      satisfactionRemark: null,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    }),
  );
  await recordTicketEvent(ctx, ticket.id, null, INITIAL_TICKET_STATUS, null);
  await audit(ctx, 'ticket.created', { type: 'ticket', id: ticket.id }, {
    number: ticket.number, type: ticket.type, category: ticket.category, serious, repeatOf: repeatOf?.number ?? null,
  });
  ctx.emit({
    type: 'ticket.created',
    payload: {
      ticketId: ticket.id, number: ticket.number, type: ticket.type, category: ticket.category, priority, serious,
      repeatOfId: ticket.repeatOfId, unitId, place: ticket.place, conversationId: ticket.conversationId,
    },
  });
  return { ticket, repeatOf };
}

/**
 * Gives a ticket to a member of staff (谁处理，谁负责). Assigning a job that waits for dispatch
 * (submitted or reopened) is the dispatch (派单): the ticket moves to dispatched.
 */
export async function assignTicket(
  ctx: DomainContext,
  ticketId: number,
  staffId: number,
): Promise<Result<{ ticket: Ticket }, 'NOT_FOUND' | 'STAFF_NOT_FOUND' | 'TICKET_CLOSED'>> {
  const ticket = await loadTicketForUpdate(ctx, ticketId);
  if (!ticket) return { ok: false, reason: 'NOT_FOUND' };
  if (TERMINAL_STATUSES.includes(ticket.status)) return { ok: false, reason: 'TICKET_CLOSED' };
  const staff = await ctx.em.findOneBy(StaffAccount, { id: staffId, active: true });
  if (!staff) return { ok: false, reason: 'STAFF_NOT_FOUND' };

  const previous = ticket.assigneeId;
  ticket.assigneeId = staffId;
  ticket.updatedAt = ctx.clock.now();
  await ctx.em.save(ticket);
  await audit(ctx, 'ticket.assigned', { type: 'ticket', id: ticket.id }, { number: ticket.number, staffId, previous });
  ctx.emit({ type: 'ticket.assigned', payload: { ticketId: ticket.id, number: ticket.number, staffId } });
  if (ticket.status === 'submitted' || ticket.status === 'reopened') {
    await transitionTicket(ctx, ticket, 'dispatched', `派单给 ${staff.displayName || staff.username}`);
  }
  return { ok: true, ticket };
}

/**
 * Records where a job is once the owner says (an emergency is raised before its location is known).
 * The owner is attached only when the unit is the reporter's own bound unit (the caller decides).
 */
export async function setTicketLocation(
  ctx: DomainContext,
  ticketId: number,
  where: { unitId: number | null; place: string | null; ownerId?: number | null },
): Promise<Ticket | null> {
  const ticket = await loadTicketForUpdate(ctx, ticketId);
  if (!ticket) return null;
  ticket.unitId = where.unitId;
  ticket.place = where.place ? where.place.slice(0, 100) : null;
  if (where.ownerId) ticket.ownerId = where.ownerId;
  ticket.updatedAt = ctx.clock.now();
  await ctx.em.save(ticket);
  await audit(ctx, 'ticket.location_set', { type: 'ticket', id: ticket.id }, { number: ticket.number, unitId: ticket.unitId, place: ticket.place });
  return ticket;
}
