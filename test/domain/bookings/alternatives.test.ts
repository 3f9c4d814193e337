import { BOOKING_RULES } from '../../../src/domain/rules/booking';
import { availability, findAlternatives, previewBooking, type Alternative } from '../../../src/domain/bookings';
import { bookingWorld, countRows, TODAY, TOMORROW, type BookingWorld } from './fixtures';

/** How the dialogue will read an option: "小会议室(10人) 15:00–17:00". */
const say = (alts: Alternative[]) => alts.map((a) => `${a.room.name}(${a.room.capacity}人) ${a.start}–${a.end}`);

describe('alternatives and availability', () => {
  let w: BookingWorld;
  beforeAll(async () => {
    w = await bookingWorld();
    // Someone else already holds the big room tomorrow afternoon (scenario 3).
    expect(await w.book({ room: '大会议室', bookerId: 'someone-else' })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await w.drop();
  });

  it('scenario 3: the big room taken 15:00–17:00 for 8 people offers 大会议室 13:00–15:00, then 小会议室(10人) 15:00–17:00', async () => {
    const r = await w.book({ room: '大会议室', attendees: 8 });
    if (r.ok || r.reason !== 'SLOT_TAKEN') throw new Error('expected SLOT_TAKEN');
    expect(say(r.alternatives)).toEqual(['大会议室(20人) 13:00–15:00', '小会议室(10人) 15:00–17:00', '大会议室(20人) 17:00–19:00']);
    expect(r.alternatives.length).toBeLessThanOrEqual(BOOKING_RULES.maxAlternatives);
    expect(r.alternatives.every((a) => a.date === TOMORROW)).toBe(true);
  });

  it('skips what is taken and rooms too small: with 17:00–18:00 also gone the later option moves to 18:00', async () => {
    expect(await w.book({ room: '大会议室', start: '17:00', end: '18:00', bookerId: 'someone-else' })).toMatchObject({ ok: true });
    const alts = await w.runner.run((ctx) => findAlternatives(ctx, { roomId: w.rooms['大会议室'].id, date: TOMORROW, start: '15:00', end: '17:00', attendees: 8 }));
    expect(say(alts)).toEqual(['大会议室(20人) 13:00–15:00', '小会议室(10人) 15:00–17:00', '大会议室(20人) 18:00–20:00']);
    // Without a head count the 6-seat room is an option too, the smaller room first.
    const any = await w.runner.run((ctx) => findAlternatives(ctx, { roomId: w.rooms['大会议室'].id, date: TOMORROW, start: '15:00', end: '16:00' }));
    expect(say(any)).toEqual(['大会议室(20人) 14:00–15:00', 'A会议室(6人) 15:00–16:00', '小会议室(10人) 15:00–16:00']);
  });

  it('never offers a time that has already passed today', async () => {
    expect(await w.book({ room: '小会议室', date: TODAY, start: '11:00', end: '13:00', bookerId: 'someone-else' })).toMatchObject({ ok: true });
    const alts = await w.runner.run((ctx) => findAlternatives(ctx, { roomId: w.rooms['小会议室'].id, date: TODAY, start: '11:00', end: '13:00', attendees: 10 }));
    expect(say(alts)).toEqual(['大会议室(20人) 11:00–13:00', '小会议室(10人) 13:00–15:00']);
  });

  it('"明天大会议室有空吗": the free ranges of each room that day', async () => {
    const big = await w.runner.run((ctx) => availability(ctx, { date: TOMORROW, roomId: w.rooms['大会议室'].id }));
    const { opensAt, closesAt } = BOOKING_RULES.defaultOpeningHours;
    expect(big).toHaveLength(1);
    expect(big[0].free).toEqual([{ start: opensAt, end: '15:00' }, { start: '18:00', end: closesAt }]);

    const all = await w.runner.run((ctx) => availability(ctx, { date: TOMORROW }));
    expect(all.map((a) => a.room.name)).toEqual(['大会议室', '小会议室', 'A会议室']);
    expect(all.find((a) => a.room.name === 'A会议室')!.free).toEqual([{ start: '09:00', end: '18:00' }]);
  });

  it('today only counts from now on; a past day has nothing free', async () => {
    const today = await w.runner.run((ctx) => availability(ctx, { date: TODAY, roomId: w.rooms['小会议室'].id }));
    expect(today[0].free).toEqual([{ start: '10:00', end: '11:00' }, { start: '13:00', end: BOOKING_RULES.defaultOpeningHours.closesAt }]);
    const yesterday = await w.runner.run((ctx) => availability(ctx, { date: '2026-11-22' }));
    expect(yesterday.every((a) => a.free.length === 0)).toBe(true);
  });

  it('a preview names the conflict before the owner confirms, and writes nothing', async () => {
    const before = await countRows(w);
    const request = { roomId: w.rooms['大会议室'].id, date: TOMORROW, start: '15:00', end: '17:00', attendees: 8, bookerChannel: 'web', bookerId: 'alice' };
    const taken = await w.runner.run((ctx) => previewBooking(ctx, request));
    if (taken.ok || taken.reason !== 'SLOT_TAKEN') throw new Error('expected SLOT_TAKEN');
    expect(say(taken.alternatives)[0]).toBe('大会议室(20人) 13:00–15:00');
    const free = await w.runner.run((ctx) => previewBooking(ctx, { ...request, roomId: w.rooms['小会议室'].id, start: '15:10', end: '16:50' }));
    expect(free).toMatchObject({ ok: true, room: { name: '小会议室' }, date: TOMORROW, start: '15:00', end: '17:00' });
    expect(await countRows(w)).toEqual(before);
  });
});
