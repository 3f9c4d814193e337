import { Ticket } from '../../../entities';
import { computeDeadlines, createTicket, nextDeadline, transitionTicket } from '../../../src/domain/tickets';
import {
  COMPLAINT_SLA, EMERGENCY_SLA, ENGINEERING_DAY_RULE, REPAIR_SLA, SERVICE_DEFAULT_SLA, SERVICE_SLA,
} from '../../../src/domain/rules/sla';
import { addDays, addMinutes, fromLocal } from '../../../src/shared/time';
import type { TestDb } from '../../helpers/db';
import { useTestDb, type TxRunner } from '../../helpers/context';

const MONDAY = '2026-11-23';
const TUESDAY = addDays(MONDAY, 1);
const at = (time: string, date = MONDAY) => fromLocal(date, time);

describe('SLA deadlines', () => {
  it('gives an ordinary repair 15 minutes to reach engineering', () => {
    const d = computeDeadlines('repair', 'plumbing', at('10:00'));
    expect(d.dispatchDueAt).toEqual(addMinutes(at('10:00'), REPAIR_SLA.dispatchWithinMinutes));
    expect(d.notifyDueAt).toBeNull();
  });

  it('applies the 17:00 rule: before it, remind by 09:00 next day; from it, fix by 17:00 next day', () => {
    const early = computeDeadlines('repair', 'plumbing', at('16:59'));
    expect(early.remindAt).toEqual(at(ENGINEERING_DAY_RULE.beforeCutoff.remindNextDayAt, TUESDAY));
    expect(early.resolveDueAt).toEqual(at(ENGINEERING_DAY_RULE.beforeCutoff.resolveNextDayBy, TUESDAY));

    for (const time of ['17:00', '17:01', '23:59']) {
      const late = computeDeadlines('repair', 'plumbing', at(time));
      expect(late.remindAt).toEqual(at(ENGINEERING_DAY_RULE.afterCutoff.remindNextDayAt, TUESDAY));
      expect(late.resolveDueAt).toEqual(at(ENGINEERING_DAY_RULE.afterCutoff.resolveNextDayBy, TUESDAY));
    }
    // Just after local midnight is a new day, before 17:00: its "next day" is Wednesday.
    const night = computeDeadlines('repair', 'plumbing', at('00:30', TUESDAY));
    expect(night.resolveDueAt).toEqual(at(ENGINEERING_DAY_RULE.beforeCutoff.resolveNextDayBy, addDays(TUESDAY, 1)));
  });

  it.each(EMERGENCY_SLA.kinds)('notifies engineering and security of a %s emergency within 1 minute', (kind) => {
    const d = computeDeadlines('emergency', kind, at('10:00'));
    expect(d.notifyDueAt).toEqual(addMinutes(at('10:00'), EMERGENCY_SLA.notifyWithinMinutes));
  });

  it.each(Object.entries(SERVICE_SLA))('holds the %s service to its handbook time', (service, sla) => {
    const d = computeDeadlines('service', service, at('10:00'));
    expect(d[sla.deadline]).toEqual(addMinutes(at('10:00'), sla.withinMinutes));
  });

  it('hands services the handbook gives no time for on within the default', () => {
    const cleaning = computeDeadlines('service', 'cleaning', at('10:00'));
    expect(cleaning[SERVICE_DEFAULT_SLA.deadline]).toEqual(addMinutes(at('10:00'), SERVICE_DEFAULT_SLA.withinMinutes));
  });

  it('tells a complainant by when they will hear back: next day 18:00, or within hours when serious', () => {
    const ordinary = computeDeadlines('complaint', 'noise', at('10:00'));
    expect(ordinary.resolveDueAt).toEqual(at(COMPLAINT_SLA.replyNextDayBy, TUESDAY));
    expect(ordinary.notifyDueAt).toBeNull();
    const serious = computeDeadlines('complaint', 'staff', at('10:00'), { serious: true });
    expect(serious.notifyDueAt).toEqual(addMinutes(at('10:00'), COMPLAINT_SLA.serious.reportToSuperiorWithinMinutes));
    expect(serious.resolveDueAt).toEqual(addMinutes(at('10:00'), COMPLAINT_SLA.serious.replyWithinMinutes));
  });

  it('quotes the next deadline still owed and says when one was missed', () => {
    const d = computeDeadlines('repair', 'plumbing', at('10:00'));
    const ticket = { status: 'submitted' as const, ...d };
    expect(nextDeadline(ticket, at('10:05'))).toEqual({ kind: 'dispatchDueAt', at: d.dispatchDueAt, overdue: false });
    // Dispatch missed: the owner is told the fix-by time, and staff see it is overdue.
    expect(nextDeadline(ticket, at('10:20'))).toEqual({ kind: 'resolveDueAt', at: d.resolveDueAt, overdue: true });
    // Once dispatched, the dispatch deadline is met.
    expect(nextDeadline({ ...ticket, status: 'dispatched' }, at('10:20'))).toEqual({ kind: 'resolveDueAt', at: d.resolveDueAt, overdue: false });
    expect(nextDeadline({ ...ticket, status: 'dispatched' }, at('09:30', TUESDAY))).toEqual({ kind: 'resolveDueAt', at: d.resolveDueAt, overdue: true });
    expect(nextDeadline({ ...ticket, status: 'done' }, at('10:20'))).toBeNull();
  });
});

describe('deadlines stored on tickets', () => {
  let db: TestDb;
  let tx: TxRunner;
  useTestDb((made) => ({ db, tx } = made));

  it.each([['16:59', 'beforeCutoff'], ['17:01', 'afterCutoff']] as const)(
    'a repair raised at %s keeps its fix-by time through the database',
    async (time, part) => {
      tx.clock.set(at(time));
      const { ticket } = await tx.run((ctx) =>
        createTicket(ctx, { type: 'repair', category: 'plumbing', description: '水管渗水', reporterChannel: 'web', reporterId: 'd1' }),
      );
      const stored = await db.dataSource.getRepository(Ticket).findOneByOrFail({ id: ticket.id });
      expect(stored.resolveDueAt).toEqual(at(ENGINEERING_DAY_RULE[part].resolveNextDayBy, TUESDAY));
      expect(stored.dispatchDueAt).toEqual(addMinutes(at(time), REPAIR_SLA.dispatchWithinMinutes));
    },
  );

  it('an emergency is due to be notified exactly one minute after it is raised', async () => {
    tx.clock.set(new Date('2026-11-23T10:00:00.250+08:00'));
    const { ticket } = await tx.run((ctx) =>
      createTicket(ctx, { type: 'emergency', category: 'flood', description: '水管爆了', reporterChannel: 'web', reporterId: 'd2' }),
    );
    const stored = await db.dataSource.getRepository(Ticket).findOneByOrFail({ id: ticket.id });
    expect(stored.notifyDueAt!.getTime() - stored.createdAt.getTime()).toBe(EMERGENCY_SLA.notifyWithinMinutes * 60_000);
    expect(stored.priority).toBe(1);
  });

  it('a reopened job gets a fresh fix-by time counted from the reopening', async () => {
    tx.clock.set(at('10:00'));
    const { ticket } = await tx.run((ctx) =>
      createTicket(ctx, { type: 'repair', category: 'electrical', description: '插座没电', reporterChannel: 'web', reporterId: 'd3' }),
    );
    for (const s of ['dispatched', 'in_progress', 'done'] as const) await tx.run((ctx) => transitionTicket(ctx, ticket.id, s));
    tx.clock.set(at('18:00', addDays(MONDAY, 3)));
    const res = await tx.run((ctx) => transitionTicket(ctx, ticket.id, 'reopened'));
    expect(res.ok && res.ticket.resolveDueAt).toEqual(at(ENGINEERING_DAY_RULE.afterCutoff.resolveNextDayBy, addDays(MONDAY, 4)));
  });
});
