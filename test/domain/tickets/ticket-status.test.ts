import { AuditLog, TicketEvent, type TicketStatus, type TicketType } from '../../../entities';
import { createTicket, transitionTicket } from '../../../src/domain/tickets';
import { allowedTransitions, INITIAL_TICKET_STATUS, TICKET_TRANSITIONS, TYPE_SHORTCUTS } from '../../../src/domain/rules/ticket-status';
import type { TestDb } from '../../helpers/db';
import { useTestDb, type TxRunner } from '../../helpers/context';

/** The shortest way from submitted to `target` through the table, for a ticket of `type`. */
function pathTo(type: TicketType, target: TicketStatus): TicketStatus[] {
  const queue: TicketStatus[][] = [[INITIAL_TICKET_STATUS]];
  const seen = new Set<TicketStatus>([INITIAL_TICKET_STATUS]);
  while (queue.length) {
    const path = queue.shift()!;
    const last = path[path.length - 1];
    if (last === target) return path.slice(1);
    for (const next of allowedTransitions(type, last)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...path, next]);
      }
    }
  }
  throw new Error(`${target} unreachable`);
}

const moves = (type: TicketType) =>
  (Object.keys(TICKET_TRANSITIONS) as TicketStatus[]).flatMap((from) => allowedTransitions(type, from).map((to) => [from, to] as const));

describe('ticket status table', () => {
  let db: TestDb;
  let tx: TxRunner;
  useTestDb((made) => ({ db, tx } = made));

  const newTicket = (type: TicketType = 'repair', category = 'plumbing') =>
    tx.run(async (ctx) =>
      (await createTicket(ctx, { type, category, description: '卫生间水龙头滴水', reporterChannel: 'web', reporterId: 'u1' })).ticket,
    );

  it.each([
    ...moves('repair').map(([from, to]) => ['repair', from, to] as const),
    ...Object.entries(TYPE_SHORTCUTS.emergency!).flatMap(([from, tos]) => tos!.map((to) => ['emergency', from, to] as const)),
  ])('%s ticket moves %s → %s and records who moved it', async (type, from, to) => {
    const ticket = await newTicket(type as TicketType, type === 'emergency' ? 'flood' : 'plumbing');
    for (const step of pathTo(type as TicketType, from as TicketStatus)) {
      expect((await tx.run((ctx) => transitionTicket(ctx, ticket.id, step))).ok).toBe(true);
    }
    const staff = { type: 'staff' as const, id: '7', role: 'agent' };
    const result = await tx.run((ctx) => transitionTicket(ctx, ticket.id, to as TicketStatus, '师傅已到场'), staff);
    expect(result).toMatchObject({ ok: true, ticket: { status: to }, event: { fromStatus: from, toStatus: to, actorType: 'staff', actorId: '7', note: '师傅已到场' } });
    const last = await db.dataSource.getRepository(TicketEvent).findOne({ where: { ticketId: ticket.id }, order: { id: 'DESC' } });
    expect(last).toMatchObject({ fromStatus: from, toStatus: to });
  });

  it('refuses a move not in the table, says which are allowed, and leaves no trace', async () => {
    const ticket = await newTicket();
    const eventsBefore = await db.dataSource.getRepository(TicketEvent).countBy({ ticketId: ticket.id });
    const result = await tx.run((ctx) => transitionTicket(ctx, ticket.id, 'done'));
    expect(result).toEqual({ ok: false, reason: 'INVALID_TRANSITION', from: 'submitted', allowed: [...TICKET_TRANSITIONS.submitted] });
    expect(await db.dataSource.getRepository(TicketEvent).countBy({ ticketId: ticket.id })).toBe(eventsBefore);
    const audits = await db.dataSource.getRepository(AuditLog).findBy({ targetType: 'ticket', targetId: String(ticket.id), action: 'ticket.status_changed' });
    expect(audits).toHaveLength(0);
  });

  it('lets only emergencies skip dispatch, and nothing leaves cancelled', async () => {
    const repair = await newTicket();
    expect(await tx.run((ctx) => transitionTicket(ctx, repair.id, 'in_progress'))).toMatchObject({ ok: false, reason: 'INVALID_TRANSITION' });
    const emergency = await newTicket('emergency', 'flood');
    expect(await tx.run((ctx) => transitionTicket(ctx, emergency.id, 'in_progress'))).toMatchObject({ ok: true });
    await tx.run((ctx) => transitionTicket(ctx, repair.id, 'cancelled'));
    expect(await tx.run((ctx) => transitionTicket(ctx, repair.id, 'reopened'))).toMatchObject({ ok: false, allowed: [] });
  });

  it('stamps closedAt on closing, clears it on reopening, and announces done after commit', async () => {
    const ticket = await newTicket();
    for (const step of ['dispatched', 'in_progress', 'done', 'followed_up', 'closed'] as const) {
      await tx.run((ctx) => transitionTicket(ctx, ticket.id, step));
    }
    const done = tx.published.filter((e) => e.type === 'ticket.done' && e.payload.ticketId === ticket.id);
    expect(done).toHaveLength(1);
    expect(tx.published.filter((e) => e.type === 'ticket.status_changed' && e.payload.ticketId === ticket.id)).toHaveLength(5);
    const closed = await tx.run((ctx) => transitionTicket(ctx, ticket.id, 'reopened', '业主说还在漏'));
    expect(closed.ok && closed.ticket.closedAt).toBeNull();
    const audit = await db.dataSource.getRepository(AuditLog).findBy({ targetType: 'ticket', targetId: String(ticket.id), action: 'ticket.status_changed' });
    expect(audit.map((a) => a.detail?.to)).toEqual(['dispatched', 'in_progress', 'done', 'followed_up', 'closed', 'reopened']);
  });

  it('sets closedAt when a ticket is closed', async () => {
    const ticket = await newTicket();
    const res = await tx.run((ctx) => transitionTicket(ctx, ticket.id, 'cancelled', '业主取消'));
    expect(res.ok && res.ticket.closedAt?.getTime()).toBe(tx.clock.now().getTime());
  });
});
