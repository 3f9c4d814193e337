import type Router from '@koa/router';
import type { Context } from 'koa';
import { In } from 'typeorm';
import { z } from 'zod';
import { StaffAccount, Ticket, Unit, type TicketStatus, type TicketType } from '../../../entities';
import type { DomainContext } from '../../domain/context';
import { allowedTransitions, TICKET_TRANSITIONS, TYPE_SHORTCUTS } from '../../domain/rules/ticket-status';
import { assignTicket, getTicketWithHistory, listTickets, transitionTicket } from '../../domain/tickets';
import { conflict, forbidden, notFound } from '../errors';
import { ROLES, requireRole, staffOf } from '../staff-auth';
import { parseInput } from '../validate';
import { idParam, iso, refuse, type StaffRouteKit } from './staff-context';

const TICKET_TYPES = ['repair', 'emergency', 'complaint', 'service'] as const;
const STATUSES = Object.keys(TICKET_TRANSITIONS) as [TicketStatus, ...TicketStatus[]];

const ticketQuery = z.object({
  type: z.enum(TICKET_TYPES).optional(),
  status: z.enum(STATUSES).optional(),
  category: z.string().max(32).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  assigneeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
const transitionBody = z.object({ to: z.enum(STATUSES), note: z.string().trim().max(500).optional() });
const assignBody = z.object({ staffId: z.number().int().positive() });

/** A ticket as staff see it, with the moves the declared status table allows from where it is. */
export function ticketView(t: Ticket) {
  return {
    id: t.id, number: t.number, type: t.type, category: t.category, status: t.status, priority: t.priority,
    unitId: t.unitId, place: t.place, description: t.description, preferredTime: t.preferredTime,
    assigneeId: t.assigneeId, serious: t.serious, repeatOfId: t.repeatOfId, satisfaction: t.satisfaction,
    satisfactionRemark: t.satisfactionRemark, dispatchDueAt: iso(t.dispatchDueAt), notifyDueAt: iso(t.notifyDueAt),
    arriveDueAt: iso(t.arriveDueAt), resolveDueAt: iso(t.resolveDueAt), createdAt: iso(t.createdAt), updatedAt: iso(t.updatedAt),
    closedAt: iso(t.closedAt), allowed: allowedTransitions(t.type, t.status),
  };
}

/** Unit codes and assignee names for a page of tickets. */
async function labels(d: DomainContext, tickets: Ticket[]) {
  const unitIds = [...new Set(tickets.flatMap((t) => (t.unitId ? [t.unitId] : [])))];
  const staffIds = [...new Set(tickets.flatMap((t) => (t.assigneeId ? [t.assigneeId] : [])))];
  const units = unitIds.length ? await d.em.findBy(Unit, { id: In(unitIds) }) : [];
  const staff = staffIds.length ? await d.em.findBy(StaffAccount, { id: In(staffIds) }) : [];
  const unitCode = new Map(units.map((u) => [u.id, u.code]));
  const name = new Map(staff.map((s) => [s.id, s.displayName || s.username]));
  return (t: Ticket) => ({
    unitCode: t.unitId ? (unitCode.get(t.unitId) ?? null) : null,
    assigneeName: t.assigneeId ? (name.get(t.assigneeId) ?? null) : null,
  });
}

/** Engineers see and move only the tickets assigned to them. */
function ensureTicketAccess(ctx: Context, ticket: Ticket): void {
  const me = staffOf(ctx);
  if (me.role === 'engineer' && ticket.assigneeId !== me.id) throw forbidden('engineers see only the tickets assigned to them');
}

/** The tickets board: every role; engineers are limited to their own tickets. */
export function ticketRoutes(router: Router, kit: StaffRouteKit): void {
  const anyStaff = requireRole(ROLES.tickets);

  // The declared status table, so the console offers only moves the server will accept.
  router.get('/tickets/meta', anyStaff, async (ctx) => {
    ctx.body = { types: TICKET_TYPES, statuses: STATUSES, transitions: TICKET_TRANSITIONS, typeShortcuts: TYPE_SHORTCUTS };
  });

  router.get('/tickets', anyStaff, async (ctx) => {
    const q = parseInput(ticketQuery, ctx.query);
    const me = staffOf(ctx);
    const { result, label } = await kit.tx(ctx, async (d) => {
      const result = await listTickets(d, {
        type: q.type as TicketType | undefined, status: q.status, category: q.category,
        overdue: q.overdue === undefined ? undefined : q.overdue === 'true', limit: q.limit, offset: q.offset,
        assigneeId: me.role === 'engineer' ? me.id : q.assigneeId,
      });
      return { result, label: await labels(d, result.items.map((i) => i.ticket)) };
    });
    ctx.body = {
      items: result.items.map(({ ticket, overdue }) => ({ ...ticketView(ticket), ...label(ticket), overdue })),
      total: result.total,
    };
  });

  router.get('/tickets/:id', anyStaff, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const { found, label } = await kit.tx(ctx, async (d) => {
      const found = await getTicketWithHistory(d, id);
      return { found, label: found ? await labels(d, [found.ticket]) : null };
    });
    if (!found || !label) throw notFound(`ticket ${id} not found`);
    ensureTicketAccess(ctx, found.ticket);
    ctx.body = {
      ...ticketView(found.ticket),
      ...label(found.ticket),
      overdue: found.overdue,
      history: found.history.map((h) => ({
        from: h.fromStatus, to: h.toStatus, actorType: h.actorType, actorId: h.actorId, note: h.note, at: h.at.toISOString(),
      })),
    };
  });

  router.post('/tickets/:id/transition', anyStaff, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const body = parseInput(transitionBody, ctx.request.body);
    const result = await kit.tx(ctx, async (d) => {
      const ticket = await d.em.findOneBy(Ticket, { id });
      if (!ticket) return { ok: false as const, reason: 'NOT_FOUND' as const };
      ensureTicketAccess(ctx, ticket);
      return transitionTicket(d, id, body.to, body.note || null);
    });
    if (!result.ok) {
      if (result.reason === 'INVALID_TRANSITION') {
        throw conflict('INVALID_TRANSITION', `cannot go from ${result.from} to ${body.to}; allowed: ${result.allowed?.join(', ') || 'none'}`);
      }
      refuse(result.reason);
    }
    ctx.body = ticketView(result.ticket);
  });

  // Dispatch (派单) to an engineer: agents, supervisors and admins.
  router.post('/tickets/:id/assign', requireRole(ROLES.desk), async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const { staffId } = parseInput(assignBody, ctx.request.body);
    const result = await kit.tx(ctx, async (d) => {
      const engineer = await d.em.findOneBy(StaffAccount, { id: staffId, active: true });
      if (!engineer || engineer.role !== 'engineer') return { ok: false as const, reason: 'NOT_AN_ENGINEER' as const };
      return assignTicket(d, id, staffId);
    });
    if (!result.ok) refuse(result.reason, result.reason === 'NOT_AN_ENGINEER' ? 'tickets are assigned to an active engineer' : undefined);
    ctx.body = ticketView(result.ticket);
  });
}
