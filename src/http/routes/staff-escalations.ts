import type Router from '@koa/router';
import type { Context } from 'koa';
import { In } from 'typeorm';
import { z } from 'zod';
import { Escalation, StaffAccount, type EscalationStatus } from '../../../entities';
import type { DomainContext } from '../../domain/context';
import {
  addPrivateNote, claimEscalation, getCaseView, listEscalations, replyToEscalation, resolveEscalation,
} from '../../domain/escalations';
import { maskPhone } from '../../domain/owners';
import { forbidden, notFound } from '../errors';
import { ROLES, requireRole, staffOf } from '../staff-auth';
import { parseInput } from '../validate';
import { idParam, iso, refuse, type StaffRouteKit } from './staff-context';
import { ticketView } from './staff-tickets';

const textBody = z.object({ text: z.string().trim().min(1, 'required').max(2000, 'at most 2000 characters') });
const escalationQuery = z.object({
  status: z.enum(['open', 'claimed', 'resolved', 'active']).optional(),
  mine: z.enum(['true', 'false']).optional(),
});
const claimBody = z.object({ reassign: z.boolean().optional() });
const assignBody = z.object({ staffId: z.number().int().positive() });

/**
 * An agent works the open queue and their own cases; a case a colleague holds is theirs (谁接待，谁负责)
 * and only supervisors (and admins) look into it or take it over.
 */
async function ensureCaseAccess(d: DomainContext, ctx: Context, id: number): Promise<Escalation> {
  const escalation = await d.em.findOneBy(Escalation, { id });
  if (!escalation) throw notFound(`case ${id} not found`);
  const me = staffOf(ctx);
  if (me.role === 'agent' && escalation.claimedBy != null && escalation.claimedBy !== me.id) {
    throw forbidden('this case is handled by a colleague; ask a supervisor to reassign it');
  }
  return escalation;
}

async function staffNames(d: DomainContext, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((x): x is number => x != null))];
  const rows = wanted.length ? await d.em.findBy(StaffAccount, { id: In(wanted) }) : [];
  return new Map(rows.map((s) => [s.id, s.displayName || s.username]));
}

/** The queue, case view and case actions: for agents, supervisors and admins; engineers get 403. */
export function escalationRoutes(router: Router, kit: StaffRouteKit): void {
  const desk = requireRole(ROLES.desk);

  router.get('/escalations', desk, async (ctx) => {
    const q = parseInput(escalationQuery, ctx.query);
    const me = staffOf(ctx);
    const status: EscalationStatus[] = q.status === 'active' ? ['open', 'claimed'] : [q.status ?? 'open'];
    const { items, names } = await kit.tx(ctx, async (d) => {
      let list = await listEscalations(d, { status });
      if (q.mine === 'true') list = list.filter((e) => e.claimedBy === me.id);
      if (me.role === 'agent') list = list.filter((e) => e.claimedBy == null || e.claimedBy === me.id);
      return { items: list, names: await staffNames(d, list.map((e) => e.claimedBy)) };
    });
    const now = kit.deps.clock.now();
    ctx.body = {
      items: items.map((e) => ({
        id: e.id, ownerFrom: e.ownerFrom, channel: e.channel, reason: e.reason, priority: e.priority, status: e.status,
        summary: e.summary, ticketNumber: e.ticketNumber, claimedBy: e.claimedBy,
        claimedByName: e.claimedBy ? (names.get(e.claimedBy) ?? null) : null, conversationId: e.conversationId,
        createdAt: e.createdAt.toISOString(), slaDueAt: e.slaDueAt.toISOString(),
        slaOverdue: e.status === 'open' && e.slaDueAt < now, lastMessage: e.lastMessage,
      })),
    };
  });

  router.get('/escalations/:id', desk, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const view = await kit.tx(ctx, async (d) => {
      await ensureCaseAccess(d, ctx, id);
      return getCaseView(d, id);
    });
    if (!view) throw notFound(`case ${id} not found`);
    const e = view.escalation;
    ctx.body = {
      id: e.id, status: e.status, reason: e.reason, priority: e.priority, summary: e.summary,
      claimedBy: e.claimedBy, claimedByName: view.claimedByName, createdAt: iso(e.createdAt), slaDueAt: iso(e.slaDueAt),
      claimedAt: iso(e.claimedAt), resolvedAt: iso(e.resolvedAt),
      conversation: view.conversation
        ? { id: view.conversation.id, channel: view.conversation.channel, ownerFrom: view.conversation.senderId, mode: view.conversation.mode }
        : null,
      owner: view.owner ? { id: view.owner.id, name: view.owner.name, phone: maskPhone(view.owner.phone) } : null,
      unit: view.unit,
      transcript: view.transcript.map((m) => ({ ...m, at: m.at.toISOString() })),
      ticket: view.ticket ? ticketView(view.ticket) : null,
      openTickets: view.openTickets.map(ticketView),
      arrears: view.arrears,
    };
  });

  router.post('/escalations/:id/claim', desk, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const { reassign } = parseInput(claimBody, ctx.request.body);
    const result = await kit.tx(ctx, (d) => claimEscalation(d, id, kit.staffId(ctx), { reassign }));
    if (!result.ok) refuse(result.reason);
    ctx.body = { id, status: result.escalation.status, claimedBy: result.escalation.claimedBy };
  });

  // A supervisor hands a case to a colleague (or takes it).
  router.post('/escalations/:id/assign', requireRole(ROLES.supervise), async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const { staffId } = parseInput(assignBody, ctx.request.body);
    const result = await kit.tx(ctx, async (d) => {
      const target = await d.em.findOneBy(StaffAccount, { id: staffId, active: true });
      if (!target || !(ROLES.desk as readonly string[]).includes(target.role)) return { ok: false as const, reason: 'NOT_A_DESK_STAFF' };
      return claimEscalation(d, id, staffId, { reassign: true });
    });
    if (!result.ok) refuse(result.reason);
    ctx.body = { id, status: result.escalation.status, claimedBy: result.escalation.claimedBy };
  });

  router.post('/escalations/:id/reply', desk, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const { text } = parseInput(textBody, ctx.request.body);
    const result = await kit.tx(ctx, (d) => replyToEscalation(d, id, kit.staffId(ctx), text));
    if (!result.ok) refuse(result.reason);
    ctx.body = { id, messageId: String(result.message.id), delivered: result.outbox ? 'queued' : 'available' };
  });

  router.post('/escalations/:id/notes', desk, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const { text } = parseInput(textBody, ctx.request.body);
    const result = await kit.tx(ctx, async (d) => {
      await ensureCaseAccess(d, ctx, id);
      return addPrivateNote(d, id, kit.staffId(ctx), text);
    });
    if (!result.ok) refuse(result.reason);
    ctx.body = { id, messageId: String(result.message.id), private: true };
  });

  router.post('/escalations/:id/resolve', desk, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const result = await kit.tx(ctx, async (d) => {
      await ensureCaseAccess(d, ctx, id);
      return resolveEscalation(d, id, kit.staffId(ctx));
    });
    if (!result.ok) refuse(result.reason);
    ctx.body = { id, status: 'resolved', conversationMode: result.conversationMode };
  });
}
