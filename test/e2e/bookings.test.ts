import { Booking } from '../../entities';
import { bookRoom, findRoomByName } from '../../src/domain/bookings';
import { inTransaction } from '../../src/db/transaction';
import { useDesk, type TestDesk } from '../helpers/desk';

describe('meeting rooms over web chat', () => {
  let t: TestDesk;
  useDesk((desk) => (t = desk));
  const bookings = () => t.db.dataSource.getRepository(Booking);

  it('asks for what is missing, takes 改成4点, and 取消 abandons without booking', async () => {
    expect(await t.say('bk-1', '订会议室')).toContain('哪一天');
    expect(await t.say('bk-1', '明天')).toContain('几点');
    expect(await t.say('bk-1', '下午3点到5点')).toContain('哪间');
    const confirm = await t.say('bk-1', '小会议室');
    expect(confirm).toContain('15:00–17:00');
    const moved = await t.say('bk-1', '改成4点');
    expect(moved).toContain('16:00–18:00');
    expect(moved).toContain('小会议室');
    expect(await t.say('bk-1', '取消')).toContain('取消');
    expect(await bookings().count()).toBe(0);
  });

  it('meets a conflict with the nearest alternatives and books the one chosen (scenario 3)', async () => {
    const big = await inTransaction(t.desk.deps, { type: 'bot', id: null }, (ctx) => findRoomByName(ctx, '大会议室'));
    const first = await bookRoom(t.desk.deps, { type: 'owner', id: 'someone' }, {
      roomId: big!.id, date: '2026-11-24', start: '15:00', end: '17:00', bookerChannel: 'web', bookerId: 'someone',
    });
    expect(first.ok).toBe(true);

    const reply = await t.say('bk-2', '明天下午三点到五点订大会议室 8个人');
    expect(reply).toContain('已被预订');
    expect(reply).toContain('大会议室');
    expect(reply).toContain('13:00–15:00');
    expect(reply).toContain('小会议室');
    const confirm = await t.say('bk-2', '小会议室吧');
    expect(confirm).toContain('小会议室');
    expect(confirm).toContain('11月24日（周二） 15:00–17:00');
    expect(confirm).toContain('8人');
    const booked = await t.say('bk-2', '确认');
    expect(booked).toMatch(/B-\d{4}/);
    expect(booked).toContain('30分钟');
    const row = await bookings().findOneByOrFail({ bookerId: 'bk-2' });
    expect(row.status).toBe('confirmed');
    expect(row.attendees).toBe(8);
  });

  it('lists my bookings and the free times of a room, and cancels my booking after confirming', async () => {
    const mine = await t.say('bk-2', '我订了哪些会议室');
    expect(mine).toContain('小会议室');
    const free = await t.say('bk-3', '明天大会议室有空吗');
    expect(free).toContain('大会议室');
    expect(free).not.toContain('15:00–17:00');
    const ask = await t.say('bk-2', '取消明天的会议室预订');
    expect(ask).toMatch(/确认取消 B-\d{4}/);
    expect(await t.say('bk-2', '确认')).toContain('已取消预订');
    expect((await bookings().findOneByOrFail({ bookerId: 'bk-2' })).status).toBe('cancelled');
    // Somebody else cannot see or cancel it.
    expect(await t.say('bk-3', '我订了哪些会议室')).not.toContain('B-');
  });
});

describe('twenty owners confirming the same slot at the same moment', () => {
  let t: TestDesk;
  useDesk((desk) => (t = desk));

  it('gives the room to exactly one of them; the others are offered alternatives', async () => {
    const owners = Array.from({ length: 20 }, (_, i) => `race-${i}`);
    for (const o of owners) expect(await t.say(o, '后天上午10点到11点 A会议室')).toContain('请确认');
    const replies = await Promise.all(owners.map((o) => t.say(o, '确认')));
    expect(replies.filter((r) => /已预订 B-\d{4}/.test(r))).toHaveLength(1);
    expect(replies.filter((r) => r.includes('已被预订'))).toHaveLength(19);
    const rows = await t.db.dataSource.getRepository(Booking).count({ where: { status: 'confirmed' } });
    expect(rows).toBe(1);
  });
});
