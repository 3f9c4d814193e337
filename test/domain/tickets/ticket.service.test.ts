import { AuditLog, Ticket, TicketEvent } from '../../../entities';
import {
  assignTicket, createTicket, findTicketByNumber, getTicketWithHistory, listOpenTicketsFor, listTickets, transitionTicket,
  type CreateTicketInput,
} from '../../../src/domain/tickets';
import { monthsBefore } from '../../../src/domain/tickets/complaint-repeat';
import { REPEAT_COMPLAINT_WINDOW_MONTHS, SERIOUS_COMPLAINT_CATEGORIES, SERIOUS_COMPLAINT_WORDS } from '../../../src/domain/rules/complaints';
import { COMPLAINT_SLA, REPAIR_SLA, TICKET_PRIORITY } from '../../../src/domain/rules/sla';
import { addDays, addMinutes, fromLocal, localDate } from '../../../src/shared/time';
import type { TestDb } from '../../helpers/db';
import { useTestDb, type TxRunner } from '../../helpers/context';
import { makeStaff } from '../escalations/fixtures';

const MONDAY_10 = new Date('2026-11-23T10:00:00+08:00');

describe('ticket service', () => {
  let db: TestDb;
  let tx: TxRunner;
  useTestDb((made) => ({ db, tx } = made));
  beforeEach(() => tx.clock.set(MONDAY_10));

  const create = (input: Partial<CreateTicketInput> & Pick<CreateTicketInput, 'reporterId'>) =>
    tx.run((ctx) =>
      createTicket(ctx, { type: 'repair', category: 'plumbing', description: '厨房水龙头滴水', reporterChannel: 'web', ...input }),
    );

  describe('numbers owners see', () => {
    it('are type letter, local date and a per-day counter, and never repeat', async () => {
      tx.clock.set(fromLocal('2026-11-22', '12:00'));
      const r1 = (await create({ reporterId: 'n1' })).ticket;
      const r2 = (await create({ reporterId: 'n1' })).ticket;
      const e = (await create({ reporterId: 'n1', type: 'emergency', category: 'fire' })).ticket;
      const c = (await create({ reporterId: 'n1', type: 'complaint', category: 'noise' })).ticket;
      const s = (await create({ reporterId: 'n1', type: 'service', category: 'door_open' })).ticket;
      expect([r1, r2, e, c, s].map((t) => t.number)).toEqual([
        'R-20261122-001', 'R-20261122-002', 'E-20261122-001', 'C-20261122-001', 'S-20261122-001',
      ]);
      // 23:30 local is still the 22nd (15:30 UTC); 00:10 local on the 23rd starts a new day's count.
      tx.clock.set(fromLocal('2026-11-22', '23:30'));
      expect((await create({ reporterId: 'n1' })).ticket.number).toBe('R-20261122-003');
      tx.clock.set(fromLocal('2026-11-23', '00:10'));
      expect((await create({ reporterId: 'n1' })).ticket.number).toBe('R-20261123-001');
    });

    it('stay unique when many owners report at once', async () => {
      tx.clock.set(fromLocal('2026-11-21', '09:00'));
      const made = await Promise.all(Array.from({ length: 15 }, (_, i) => create({ reporterId: `burst${i}` })));
      const numbers = made.map((m) => m.ticket.number);
      expect(new Set(numbers).size).toBe(15);
      expect(numbers.every((n) => /^R-20261121-\d{3}$/.test(n))).toBe(true);
    });
  });

  it('records the report with its deadlines, first history row, audit row and a created event', async () => {
    const { ticket, repeatOf } = await create({ reporterId: 'w1', unitId: 11, preferredTime: '明天上午', conversationId: null });
    expect(repeatOf).toBeNull();
    expect(ticket).toMatchObject({ status: 'submitted', priority: TICKET_PRIORITY.normal, serious: false, unitId: 11 });
    expect(ticket.dispatchDueAt).toEqual(addMinutes(MONDAY_10, REPAIR_SLA.dispatchWithinMinutes));
    const history = await db.dataSource.getRepository(TicketEvent).findBy({ ticketId: ticket.id });
    expect(history).toMatchObject([{ fromStatus: null, toStatus: 'submitted', actorType: 'bot' }]);
    expect(await db.dataSource.getRepository(AuditLog).countBy({ action: 'ticket.created', targetId: String(ticket.id) })).toBe(1);
    expect(tx.published).toContainEqual({ type: 'ticket.created', payload: expect.objectContaining({ number: ticket.number }) });
  });

  describe('complaints', () => {
    it('are serious for the declared categories and words, ordinary otherwise', async () => {
      const staff = await create({ reporterId: 'c1', type: 'complaint', category: SERIOUS_COMPLAINT_CATEGORIES[0], description: '保安态度恶劣' });
      const loud = await create({ reporterId: 'c2', type: 'complaint', category: 'sanitation', description: `垃圾三天没人清 再不处理我打${SERIOUS_COMPLAINT_WORDS.find((w) => w === '12345')}` });
      const noise = await create({ reporterId: 'c3', type: 'complaint', category: 'noise', description: '楼上装修太吵' });
      expect([staff, loud, noise].map((r) => r.ticket.serious)).toEqual([true, true, false]);
      expect(staff.ticket.priority).toBe(TICKET_PRIORITY.seriousComplaint);
      expect(noise.ticket.resolveDueAt).toEqual(fromLocal(addDays(localDate(MONDAY_10), 1), COMPLAINT_SLA.replyNextDayBy));
      expect(staff.ticket.resolveDueAt).toEqual(addMinutes(MONDAY_10, COMPLAINT_SLA.serious.replyWithinMinutes));
    });

    it('repeating one from the same owner within the window is linked and serious; outside it, not', async () => {
      const windowStart = monthsBefore(MONDAY_10, REPEAT_COMPLAINT_WINDOW_MONTHS);
      tx.clock.set(shiftDays(windowStart, 1));
      const first = (await create({ reporterId: 'r1', type: 'complaint', category: 'noise', description: '1602半夜剁肉' })).ticket;
      tx.clock.set(shiftDays(windowStart, -1));
      await create({ reporterId: 'r2', type: 'complaint', category: 'noise', description: '楼上吵' });

      tx.clock.set(MONDAY_10);
      const again = await create({ reporterId: 'r1', type: 'complaint', category: 'noise', description: '1602又在半夜剁肉了' });
      expect(again.repeatOf?.number).toBe(first.number);
      expect(again.ticket).toMatchObject({ repeatOfId: first.id, serious: true, priority: TICKET_PRIORITY.seriousComplaint });

      const late = await create({ reporterId: 'r2', type: 'complaint', category: 'noise', description: '楼上又吵' });
      expect(late.repeatOf).toBeNull();
      expect(late.ticket.serious).toBe(false);

      const otherMatter = await create({ reporterId: 'r1', type: 'complaint', category: 'parking', description: '车位被占' });
      expect(otherMatter.repeatOf).toBeNull();
    });

    it('a complaint about the same matter from another member of the same unit is a repeat', async () => {
      const first = (await create({ reporterId: 'h1', unitId: 501, type: 'complaint', category: 'pet', description: '邻居狗一直叫' })).ticket;
      const spouse = await create({ reporterId: 'h2', unitId: 501, type: 'complaint', category: 'pet', description: '狗叫问题还没解决' });
      expect(spouse.repeatOf?.id).toBe(first.id);
    });
  });

  describe('what an owner sees', () => {
    it('lists only tickets they reported or of their bound unit, never another sender’s', async () => {
      const mine = (await create({ reporterId: 'alice', unitId: 301 })).ticket;
      const family = (await create({ reporterId: 'alice-husband', unitId: 301, category: 'electrical' })).ticket;
      const neighbour = (await create({ reporterId: 'bob', unitId: 302 })).ticket;
      const wechatSameId = (await create({ reporterId: 'alice', reporterChannel: 'wechat_oa', unitId: 303 })).ticket;
      const closed = (await create({ reporterId: 'alice', unitId: 301 })).ticket;
      await tx.run((ctx) => transitionTicket(ctx, closed.id, 'cancelled'));

      const bound = await tx.run((ctx) => listOpenTicketsFor(ctx, { reporterChannel: 'web', reporterId: 'alice', unitId: 301 }));
      expect(bound.map((t) => t.id).sort()).toEqual([mine.id, family.id].sort());
      const unbound = await tx.run((ctx) => listOpenTicketsFor(ctx, { reporterChannel: 'web', reporterId: 'alice' }));
      expect(unbound.map((t) => t.id)).toEqual([mine.id]);
      const ids = bound.concat(unbound).map((t) => t.id);
      expect(ids).not.toContain(neighbour.id);
      expect(ids).not.toContain(wechatSameId.id);
    });

    it('cannot read another sender’s ticket by its number', async () => {
      const bobs = (await create({ reporterId: 'bob2', unitId: 402 })).ticket;
      expect(await tx.run((ctx) => findTicketByNumber(ctx, bobs.number, { reporterChannel: 'web', reporterId: 'eve', unitId: 401 }))).toBeNull();
      expect((await tx.run((ctx) => findTicketByNumber(ctx, bobs.number.toLowerCase(), { reporterChannel: 'web', reporterId: 'bob2' })))?.id).toBe(bobs.id);
    });
  });

  describe('for staff', () => {
    it('filters by type and status and finds the overdue ones', async () => {
      tx.clock.set(fromLocal('2026-11-20', '10:00'));
      const late = (await create({ reporterId: 'o1', category: 'appliance' })).ticket;
      const onTime = (await create({ reporterId: 'o2', category: 'appliance' })).ticket;
      await tx.run((ctx) => transitionTicket(ctx, onTime.id, 'dispatched'));
      tx.clock.set(addMinutes(fromLocal('2026-11-20', '10:00'), REPAIR_SLA.dispatchWithinMinutes + 1));

      const overdue = await tx.run((ctx) => listTickets(ctx, { category: 'appliance', overdue: true }));
      expect(overdue.items.map((i) => i.ticket.id)).toEqual([late.id]);
      expect(overdue.items[0].overdue).toBe(true);
      const fine = await tx.run((ctx) => listTickets(ctx, { category: 'appliance', overdue: false }));
      expect(fine.items.map((i) => i.ticket.id)).toEqual([onTime.id]);
      const dispatched = await tx.run((ctx) => listTickets(ctx, { type: 'repair', status: 'dispatched', category: 'appliance' }));
      expect(dispatched).toMatchObject({ total: 1, items: [{ ticket: { id: onTime.id } }] });
    });

    it('assigning a waiting ticket dispatches it and shows in its history', async () => {
      const engineer = await tx.run((ctx) => makeStaff(ctx, 'eng-li', 'engineer'));
      const { ticket } = await create({ reporterId: 'a1' });
      const res = await tx.run((ctx) => assignTicket(ctx, ticket.id, engineer.id), { type: 'staff', id: '1', role: 'agent' });
      expect(res).toMatchObject({ ok: true, ticket: { assigneeId: engineer.id, status: 'dispatched' } });
      const view = await tx.run((ctx) => getTicketWithHistory(ctx, ticket.id));
      expect(view?.history.map((h) => [h.fromStatus, h.toStatus, h.actorType])).toEqual([
        [null, 'submitted', 'bot'], ['submitted', 'dispatched', 'staff'],
      ]);
      expect(await tx.run((ctx) => assignTicket(ctx, ticket.id, 99999))).toEqual({ ok: false, reason: 'STAFF_NOT_FOUND' });
      expect(await db.dataSource.getRepository(Ticket).countBy({ assigneeId: engineer.id })).toBe(1);
    });
  });
});

function shiftDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * 86_400_000);
}
