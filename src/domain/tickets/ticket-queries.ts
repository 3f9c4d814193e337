import { Brackets, NotBrackets, type WhereExpressionBuilder } from 'typeorm';
import { Ticket, TicketEvent, type TicketStatus, type TicketType } from '../../../entities';
import type { DomainContext } from '../context';
import { DEADLINE_PENDING_STATUSES } from '../rules/sla';
import { OWNER_VISIBLE_OPEN_STATUSES } from '../rules/ticket-status';
import { DEADLINE_KINDS, isOverdue } from './deadlines';

/**
 * Who is asking on the owner side: the sender, plus the owner and unit they are bound to (if bound).
 * An owner sees the tickets they reported and those of their bound unit or owner record — never others.
 */
export interface OwnerViewer {
  reporterChannel: string;
  reporterId: string;
  ownerId?: number | null;
  unitId?: number | null;
}

function visibleTo(viewer: OwnerViewer) {
  return new Brackets((b) => {
    b.where('(t.reporterChannel = :vChannel AND t.reporterId = :vReporter)', {
      vChannel: viewer.reporterChannel, vReporter: viewer.reporterId,
    });
    if (viewer.unitId != null) b.orWhere('t.unitId = :vUnit', { vUnit: viewer.unitId });
    if (viewer.ownerId != null) b.orWhere('t.ownerId = :vOwner', { vOwner: viewer.ownerId });
  });
}

/** Whether the owner-side viewer may see this ticket (same rule as the queries). */
export function isVisibleTo(ticket: Ticket, viewer: OwnerViewer): boolean {
  return (
    (ticket.reporterChannel === viewer.reporterChannel && ticket.reporterId === viewer.reporterId) ||
    (viewer.unitId != null && ticket.unitId === viewer.unitId) ||
    (viewer.ownerId != null && ticket.ownerId === viewer.ownerId)
  );
}

/** The owner's tickets not yet closed or cancelled, newest first. */
export async function listOpenTicketsFor(ctx: DomainContext, viewer: OwnerViewer): Promise<Ticket[]> {
  return ctx.em
    .createQueryBuilder(Ticket, 't')
    .where('t.status IN (:...open)', { open: OWNER_VISIBLE_OPEN_STATUSES })
    .andWhere(visibleTo(viewer))
    .orderBy('t.createdAt', 'DESC')
    .addOrderBy('t.id', 'DESC')
    .getMany();
}

/**
 * A ticket by the number owners see (R-20261123-007). With a viewer, a ticket the viewer may not see is
 * reported as not found, so numbers cannot be used to read other people's tickets.
 */
export async function findTicketByNumber(ctx: DomainContext, number: string, viewer?: OwnerViewer): Promise<Ticket | null> {
  const ticket = await ctx.em.findOneBy(Ticket, { number: number.trim().toUpperCase() });
  if (!ticket || (viewer && !isVisibleTo(ticket, viewer))) return null;
  return ticket;
}

/** A ticket with its status history, oldest change first (for staff). */
export async function getTicketWithHistory(
  ctx: DomainContext,
  id: number,
): Promise<{ ticket: Ticket; history: TicketEvent[]; overdue: boolean } | null> {
  const ticket = await ctx.em.findOneBy(Ticket, { id });
  if (!ticket) return null;
  const history = await ctx.em.find(TicketEvent, { where: { ticketId: id }, order: { id: 'ASC' } });
  return { ticket, history, overdue: isOverdue(ticket, ctx.clock.now()) };
}

export interface TicketFilter {
  type?: TicketType;
  status?: TicketStatus | TicketStatus[];
  category?: string;
  /** Only tickets given to this member of staff (an engineer's own list). */
  assigneeId?: number;
  /** true: only tickets with a deadline still owed and passed; false: only those without. */
  overdue?: boolean;
  limit?: number;
  offset?: number;
}

/**
 * The SQL twin of isOverdue: some deadline passed while the ticket is still in a status that owes it.
 * `IS NOT NULL` keeps each term true/false rather than NULL, so its negation works too.
 */
function overdueCondition(b: WhereExpressionBuilder, now: Date): void {
  for (const kind of DEADLINE_KINDS) {
    b.orWhere(`(t.${kind} IS NOT NULL AND t.${kind} < :now AND t.status IN (:...owing_${kind}))`, {
      now, [`owing_${kind}`]: DEADLINE_PENDING_STATUSES[kind],
    });
  }
}

/** Tickets for the staff console: most urgent first, then newest. */
export async function listTickets(
  ctx: DomainContext,
  filter: TicketFilter = {},
): Promise<{ items: { ticket: Ticket; overdue: boolean }[]; total: number }> {
  const now = ctx.clock.now();
  const qb = ctx.em.createQueryBuilder(Ticket, 't');
  if (filter.type) qb.andWhere('t.type = :type', { type: filter.type });
  if (filter.category) qb.andWhere('t.category = :category', { category: filter.category });
  if (filter.assigneeId != null) qb.andWhere('t.assigneeId = :assigneeId', { assigneeId: filter.assigneeId });
  if (filter.status) {
    const statuses = Array.isArray(filter.status) ? filter.status : [filter.status];
    qb.andWhere('t.status IN (:...statuses)', { statuses });
  }
  if (filter.overdue === true) qb.andWhere(new Brackets((b) => overdueCondition(b, now)));
  if (filter.overdue === false) qb.andWhere(new NotBrackets((b) => overdueCondition(b, now)));
  const [tickets, total] = await qb
    .orderBy('t.priority', 'ASC')
    .addOrderBy('t.createdAt', 'DESC')
    .addOrderBy('t.id', 'DESC')
    .take(Math.min(filter.limit ?? 50, 200))
    .skip(filter.offset ?? 0)
    .getManyAndCount();
  return { items: tickets.map((ticket) => ({ ticket, overdue: isOverdue(ticket, now) })), total };
}
