import { BOOKING_RULES } from '../../../src/domain/rules/booking';
import { alignToSlots, listBookingsFor } from '../../../src/domain/bookings';
import { addDays, hhmmToMinutes } from '../../../src/shared/time';
import { bookingWorld, countRows, TODAY, TOMORROW, type BookingWorld } from './fixtures';

const SLOT = BOOKING_RULES.slotMinutes;

describe('booking a meeting room', () => {
  let w: BookingWorld;
  beforeAll(async () => {
    w = await bookingWorld();
  });
  afterAll(async () => {
    await w.drop();
  });

  it('books a free room: a B-number, the room, the time, one slot row per slot, an event and an audit row', async () => {
    const result = await w.book({ room: '大会议室', attendees: 8 });
    if (!result.ok) throw new Error(`expected a booking, got ${result.reason}`);
    expect(result.booking.number).toMatch(/^B-\d{4,}$/);
    expect(result.booking).toMatchObject({ room: { name: '大会议室' }, date: TOMORROW, start: '15:00', end: '17:00', attendees: 8, status: 'confirmed' });
    const rows = await countRows(w);
    expect(rows).toEqual({ confirmed: 1, cancelled: 0, slots: (17 - 15) * (60 / SLOT) });
    expect(w.runner.published).toContainEqual(expect.objectContaining({ type: 'booking.created', payload: expect.objectContaining({ number: result.booking.number }) }));
    const audited = await w.db.dataSource.query("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'booking.create'");
    expect(Number(audited[0].n)).toBe(1);
    const mine = await w.runner.run((ctx) => listBookingsFor(ctx, { bookerChannel: 'web', bookerId: 'alice' }));
    expect(mine.map((b) => b.number)).toEqual([result.booking.number]);
  });

  it('refuses the exact same time and a partial overlap, and nothing of the refused booking is left behind', async () => {
    const before = await countRows(w);
    const exact = await w.book({ room: '大会议室', bookerId: 'bob' });
    const overlapEnd = await w.book({ room: '大会议室', start: '16:00', end: '18:00', bookerId: 'bob' });
    const overlapStart = await w.book({ room: '大会议室', start: '14:00', end: '15:30', bookerId: 'bob' });
    const inside = await w.book({ room: '大会议室', start: '15:30', end: '16:00', bookerId: 'bob' });
    for (const r of [exact, overlapEnd, overlapStart, inside]) expect(r).toMatchObject({ ok: false, reason: 'SLOT_TAKEN' });
    expect(await countRows(w)).toEqual(before);
  });

  it('lets touching ranges both stand: 15:00–17:00 then 17:00–18:00 and 14:00–15:00', async () => {
    expect(await w.book({ room: '大会议室', start: '17:00', end: '18:00', bookerId: 'carol' })).toMatchObject({ ok: true, booking: { start: '17:00', end: '18:00' } });
    expect(await w.book({ room: '大会议室', start: '14:00', end: '15:00', bookerId: 'carol' })).toMatchObject({ ok: true });
  });

  it('the same time in another room is fine', async () => {
    expect(await w.book({ room: '小会议室', attendees: 8 })).toMatchObject({ ok: true, booking: { room: { name: '小会议室' } } });
  });

  it('numbers bookings in sequence', async () => {
    const a = await w.book({ room: 'A会议室', start: '09:00', end: '09:30' });
    const b = await w.book({ room: 'A会议室', start: '09:30', end: '10:00' });
    if (!a.ok || !b.ok) throw new Error('expected two bookings');
    expect(Number(b.booking.number.slice(2))).toBe(Number(a.booking.number.slice(2)) + 1);
  });

  it('rounds a range off the slot grid outward, and says so beforehand through alignToSlots', async () => {
    expect(alignToSlots('10:10', '10:50')).toEqual({ start: '10:00', end: '11:00' });
    const r = await w.book({ room: 'A会议室', start: '10:10', end: '10:50' });
    expect(r).toMatchObject({ ok: true, booking: { start: '10:00', end: '11:00' } });
    expect(await w.book({ room: 'A会议室', start: '10:55', end: '11:30', bookerId: 'bob' })).toMatchObject({ ok: false, reason: 'SLOT_TAKEN' });
  });

  it('refuses times outside the room’s opening hours and names them', async () => {
    expect(await w.book({ room: 'A会议室', start: '17:00', end: '19:00' })).toMatchObject({ ok: false, reason: 'OUTSIDE_HOURS', opensAt: '09:00', closesAt: '18:00' });
    const { opensAt } = BOOKING_RULES.defaultOpeningHours;
    const early = hhmmToMinutes(opensAt) - 60;
    expect(await w.book({ room: '大会议室', start: `${String(early / 60).padStart(2, '0')}:00`, end: opensAt })).toMatchObject({ ok: false, reason: 'OUTSIDE_HOURS', opensAt });
  });

  it('refuses the past, and dates beyond the booking horizon', async () => {
    expect(await w.book({ room: '大会议室', date: TODAY, start: '09:00', end: '09:30' })).toEqual({ ok: false, reason: 'IN_THE_PAST' });
    expect(await w.book({ room: '大会议室', date: addDays(TODAY, -1) })).toEqual({ ok: false, reason: 'IN_THE_PAST' });
    // 10:00 now: a meeting from 10:00 today is still bookable.
    expect(await w.book({ room: '大会议室', date: TODAY, start: '10:00', end: '11:00' })).toMatchObject({ ok: true });
    const latestDate = addDays(TODAY, BOOKING_RULES.horizonDays);
    expect(await w.book({ room: '大会议室', date: latestDate })).toMatchObject({ ok: true });
    expect(await w.book({ room: '大会议室', date: addDays(latestDate, 1) })).toEqual({ ok: false, reason: 'TOO_FAR_AHEAD', latestDate });
  });

  it('refuses more people than the room holds and offers the rooms that fit', async () => {
    const r = await w.book({ room: 'A会议室', start: '11:00', end: '12:00', attendees: 8 });
    if (r.ok || r.reason !== 'OVER_CAPACITY') throw new Error('expected OVER_CAPACITY');
    expect(r.room.name).toBe('A会议室');
    expect(r.roomsThatFit.map((x) => x.name)).toEqual(['小会议室', '大会议室']);
    expect(r.alternatives.map((a) => `${a.room.name} ${a.start}-${a.end}`)).toEqual(['小会议室 11:00-12:00', '大会议室 11:00-12:00']);
  });

  it('refuses an end not after the start, an over-long meeting, nonsense, and an unknown room', async () => {
    const max = BOOKING_RULES.maxDurationMinutes;
    expect(await w.book({ room: '大会议室', start: '16:00', end: '15:00' })).toMatchObject({ ok: false, reason: 'INVALID_RANGE', problem: 'END_NOT_AFTER_START' });
    expect(await w.book({ room: '大会议室', start: '15:00', end: '15:00' })).toMatchObject({ ok: false, reason: 'INVALID_RANGE', problem: 'END_NOT_AFTER_START' });
    const tooLongEnd = `${String(8 + max / 60 + 1).padStart(2, '0')}:00`;
    expect(await w.book({ room: '大会议室', date: addDays(TOMORROW, 1), start: '08:00', end: tooLongEnd })).toMatchObject({ ok: false, reason: 'INVALID_RANGE', problem: 'TOO_LONG', maxMinutes: max });
    expect(await w.book({ room: '大会议室', date: '2026-02-30' })).toMatchObject({ ok: false, reason: 'INVALID_RANGE', problem: 'MALFORMED' });
    expect(await w.book({ room: '大会议室', start: '三点' })).toMatchObject({ ok: false, reason: 'INVALID_RANGE', problem: 'MALFORMED' });
    const unknown = await w.book({ room: '不存在的会议室' });
    expect(unknown).toMatchObject({ ok: false, reason: 'UNKNOWN_ROOM' });
    expect(!unknown.ok && unknown.reason === 'UNKNOWN_ROOM' && unknown.rooms.map((r) => r.name)).toEqual(['大会议室', '小会议室', 'A会议室']);
  });
});
