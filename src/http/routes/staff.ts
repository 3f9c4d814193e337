import Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import type { Ticket, TicketStatus, TicketType } from '../../../entities';
import { inTransaction, type TxDeps } from '../../db/transaction';
import type { DomainContext } from '../../domain/context';
import { listEscalations, replyToEscalation, resolveEscalation, claimEscalation } from '../../domain/escalations';
import { issueToken, verifyLogin } from '../../domain/staff';
import { getTicketWithHistory, listTickets, transitionTicket } from '../../domain/tickets';
import { TICKET_TRANSITIONS } from '../../domain/rules/ticket-status';
import { conflict, notFound, unauthorized } from '../errors';
import { requireRole, staffActor, staffAuth, type StaffPrincipal } from '../staff-auth';
import { parseInput } from '../validate';

const TICKET_TYPES = ['repair', 'emergency', 'complaint', 'service'] as const;
const STATUSES = Object.keys(TICKET_TRANSITIONS) as [TicketStatus, ...TicketStatus[]];

const idParam = z.object({ id: z.coerce.number().int().positive('must be a positive number') });
const textBody = z.object({ text: z.string().trim().min(1, 'required').max(2000, 'at most 2000 characters') });
const loginBody = z.object({ username: z.string().min(1, 'required').max(64), password: z.string().min(1, 'required').max(200) });
const ticketQuery = z.object({
  type: z.enum(TICKET_TYPES).optional(),
  status: z.enum(STATUSES).optional(),
  category: z.string().max(32).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
const escalationQuery = z.object({ status: z.enum(['open', 'claimed', 'resolved']).optional() });
const claimBody = z.object({ reassign: z.boolean().optional() });
const transitionBody = z.object({ to: z.enum(STATUSES), note: z.string().trim().max(500).optional() });

/** Maps a domain refusal to HTTP: the reason code is the error code. */
function refuse(reason: string, message?: string): never {
  if (reason === 'NOT_FOUND') throw notFound(message ?? 'not found');
  throw conflict(reason, message ?? reason.toLowerCase().replace(/_/g, ' '));
}

/**
 * The staff HTTP API (CONTRACTS §5): escalation queue, replies on the owner's channel, resolve,
 * tickets. Every route needs a bearer token; every action is audited by the domain services.
 */
export function staffRouter(deps: TxDeps & { staffToken?: string; tokenStaffId?: number; sessionHours: number }): Router {
  const router = new Router({ prefix: '/api/staff' });
  const tx = <T>(ctx: Context, fn: (d: DomainContext) => Promise<T>) => inTransaction(deps, staffActor(ctx), fn);
  const staffId = (ctx: Context) => (ctx.state.staff as StaffPrincipal).id;

  router.post('/login', async (ctx) => {
    const body = parseInput(loginBody, ctx.request.body);
    const result = await inTransaction(deps, { type: 'system', id: 'login' }, async (d) => {
      const account = await verifyLogin(d, body.username, body.password);
      return account ? { account, ...(await issueToken(d, account.id, deps.sessionHours)) } : null;
    });
    if (!result) throw unauthorized('wrong username or password');
    ctx.body = { token: result.token, expiresAt: result.expiresAt.toISOString(), role: result.account.role };
  });

  router.use(staffAuth(deps, { token: deps.staffToken, staffId: deps.tokenStaffId }));
  const desk = requireRole('agent', 'supervisor', 'admin');
  const tickets = requireRole('agent', 'supervisor', 'admin', 'engineer');

  router.get('/escalations', desk, async (ctx) => {
    const q = parseInput(escalationQuery, ctx.query);
    const items = await tx(ctx, (d) => listEscalations(d, { status: q.status ?? 'open' }));
    ctx.body = {
      items: items.map((e) => ({
        id: e.id, ownerFrom: e.ownerFrom, channel: e.channel, reason: e.reason, priority: e.priority, status: e.status,
        summary: e.summary, ticketNumber: e.ticketNumber, claimedBy: e.claimedBy,
        createdAt: e.createdAt.toISOString(), slaDueAt: e.slaDueAt.toISOString(), lastMessage: e.lastMessage,
      })),
    };
  });

  router.post('/escalations/:id/claim', desk, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const { reassign } = parseInput(claimBody, ctx.request.body);
    const result = await tx(ctx, (d) => claimEscalation(d, id, staffId(ctx), { reassign }));
    if (!result.ok) refuse(result.reason);
    ctx.body = { id, status: result.escalation.status, claimedBy: result.escalation.claimedBy };
  });

  router.post('/escalations/:id/reply', desk, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const { text } = parseInput(textBody, ctx.request.body);
    const result = await tx(ctx, (d) => replyToEscalation(d, id, staffId(ctx), text));
    if (!result.ok) refuse(result.reason);
    ctx.body = { id, messageId: String(result.message.id), delivered: result.outbox ? 'queued' : 'available' };
  });

  router.post('/escalations/:id/resolve', desk, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const result = await tx(ctx, (d) => resolveEscalation(d, id, staffId(ctx)));
    if (!result.ok) refuse(result.reason);
    ctx.body = { id, status: 'resolved', conversationMode: result.conversationMode };
  });

  router.get('/tickets', tickets, async (ctx) => {
    const q = parseInput(ticketQuery, ctx.query);
    const result = await tx(ctx, (d) =>
      listTickets(d, {
        type: q.type as TicketType | undefined, status: q.status, category: q.category,
        overdue: q.overdue === undefined ? undefined : q.overdue === 'true', limit: q.limit,
      }),
    );
    ctx.body = { items: result.items.map(({ ticket, overdue }) => ({ ...ticketView(ticket), overdue })), total: result.total };
  });

  router.get('/tickets/:id', tickets, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const found = await tx(ctx, (d) => getTicketWithHistory(d, id));
    if (!found) throw notFound(`ticket ${id} not found`);
    ctx.body = {
      ...ticketView(found.ticket),
      overdue: found.overdue,
      history: found.history.map((h) => ({
        from: h.fromStatus, to: h.toStatus, actorType: h.actorType, actorId: h.actorId, note: h.note, at: h.at.toISOString(),
      })),
    };
  });

  router.post('/tickets/:id/transition', tickets, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const body = parseInput(transitionBody, ctx.request.body);
    const result = await tx(ctx, (d) => transitionTicket(d, id, body.to, body.note ?? null));
    if (!result.ok) {
      if (result.reason === 'INVALID_TRANSITION') throw conflict('INVALID_TRANSITION', `cannot go from ${result.from} to ${body.to}; allowed: ${result.allowed?.join(', ') || 'none'}`);
      refuse(result.reason);
    }
    ctx.body = ticketView(result.ticket);
  });

  return router;
}

function ticketView(t: Ticket) {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: t.id, number: t.number, type: t.type, category: t.category, status: t.status, priority: t.priority,
    unitId: t.unitId, place: t.place, description: t.description, preferredTime: t.preferredTime,
    assigneeId: t.assigneeId, serious: t.serious, repeatOfId: t.repeatOfId, satisfaction: t.satisfaction,
    satisfactionRemark: t.satisfactionRemark, dispatchDueAt: iso(t.dispatchDueAt), notifyDueAt: iso(t.notifyDueAt),
    arriveDueAt: iso(t.arriveDueAt), resolveDueAt: iso(t.resolveDueAt), createdAt: iso(t.createdAt), updatedAt: iso(t.updatedAt),
    closedAt: iso(t.closedAt),
  };
}
