import { DbRunCoordinator } from '../../src/jobs/coordinator';
import { sendBookingReminders } from '../../src/jobs/booking-reminders.job';
import { BOOKING_RULES } from '../../src/domain/rules/booking';
import { useDesk, type TestDesk } from '../helpers/desk';

describe('scheduled jobs', () => {
  let t: TestDesk;
  useDesk((desk) => (t = desk));

  it('runs each tick on exactly one of several instances', async () => {
    const a = new DbRunCoordinator(t.db.dataSource);
    const b = new DbRunCoordinator(t.db.dataSource);
    const results = await Promise.all([a.shouldRun('booking-reminders:2026-11-23T10:00'), b.shouldRun('booking-reminders:2026-11-23T10:00')]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a.shouldRun('booking-reminders:2026-11-23T10:01')).toBe(true);
  });

  it('reminds the booker once, shortly before the meeting, on their own channel', async () => {
    expect(await t.say('rem-1', '今天下午3点到4点 小会议室')).toContain('请确认');
    expect(await t.say('rem-1', '确认')).toMatch(/已预订 B-\d{4}/);
    const run = () => sendBookingReminders(t.desk.deps, t.desk.engine.deps.replies);

    expect(await run()).toBe(0);
    expect(await t.inbox('rem-1')).toEqual([]);

    t.clock.set(new Date(new Date('2026-11-23T15:00:00+08:00').getTime() - BOOKING_RULES.reminderLeadMinutes * 60_000));
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    const inbox = await t.inbox('rem-1');
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toContain('小会议室');
    expect(inbox[0]).toContain('15:00');
  });
});
