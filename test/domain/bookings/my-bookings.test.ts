import { BOOKING_RULES } from '../../../src/domain/rules/booking';
import { bookingsNeedingReminder, cancelBooking, listBookingsFor, markReminded, type BookingInfo } from '../../../src/domain/bookings';
import { addMinutes } from '../../../src/shared/time';
import { bookingWorld, countRows, TODAY, TOMORROW, type BookingWorld } from './fixtures';

const alice = { bookerChannel: 'web', bookerId: 'alice' };
const bob = { bookerChannel: 'web', bookerId: 'bob' };

describe("a booker's own bookings", () => {
  let w: BookingWorld;
  let big: BookingInfo;
  let small: BookingInfo;
  let bobs: BookingInfo;
  beforeAll(async () => {
    w = await bookingWorld();
    const booked = await Promise.all([
      w.book({ room: '大会议室' }),
      w.book({ room: '小会议室', start: '09:00', end: '10:00' }),
      w.book({ room: 'A会议室', start: '09:00', end: '10:00', bookerId: 'bob' }),
    ]);
    [big, small, bobs] = booked.map((r) => {
      if (!r.ok) throw new Error(r.reason);
      return r.booking;
    });
  });
  afterAll(async () => {
    await w.drop();
  });

  it('lists only the booker’s own upcoming bookings, soonest first', async () => {
    const mine = await w.runner.run((ctx) => listBookingsFor(ctx, alice));
    expect(mine.map((b) => `${b.number} ${b.room.name} ${b.start}`)).toEqual([`${small.number} 小会议室 09:00`, `${big.number} 大会议室 15:00`]);
    expect((await w.runner.run((ctx) => listBookingsFor(ctx, bob))).map((b) => b.number)).toEqual([bobs.number]);
    expect(await w.runner.run((ctx) => listBookingsFor(ctx, { bookerChannel: 'wechat-oa', bookerId: 'alice' }))).toEqual([]);
  });

  it("another booker's number is NOT_FOUND and their booking stays exactly as it was", async () => {
    const before = await countRows(w);
    const r = await w.runner.run((ctx) => cancelBooking(ctx, { ...bob, bookingNumber: big.number }), { type: 'owner', id: 'bob' });
    expect(r).toEqual({ ok: false, reason: 'NOT_FOUND' });
    expect(await countRows(w)).toEqual(before);
    expect(await w.book({ room: '大会议室', bookerId: 'bob' })).toMatchObject({ ok: false, reason: 'SLOT_TAKEN' });
    // Nor by date: bob's "cancel tomorrow's" finds only his own.
    const byDate = await w.runner.run((ctx) => cancelBooking(ctx, { ...bob, date: TOMORROW }));
    expect(byDate).toMatchObject({ ok: true, booking: { number: bobs.number } });
    expect((await w.runner.run((ctx) => listBookingsFor(ctx, alice))).map((b) => b.number)).toEqual([small.number, big.number]);
  });

  it('two bookings on the date asked: AMBIGUOUS with both as candidates, nothing cancelled', async () => {
    const r = await w.runner.run((ctx) => cancelBooking(ctx, { ...alice, date: TOMORROW }));
    if (r.ok || r.reason !== 'AMBIGUOUS') throw new Error('expected AMBIGUOUS');
    expect(r.candidates.map((b) => b.number)).toEqual([small.number, big.number]);
    expect((await countRows(w)).confirmed).toBe(2);
  });

  it('cancelling by number frees the slots at once: someone else can book that time', async () => {
    const published = w.runner.published.length;
    const r = await w.runner.run((ctx) => cancelBooking(ctx, { ...alice, bookingNumber: big.number.toLowerCase() }));
    expect(r).toMatchObject({ ok: true, booking: { number: big.number, status: 'cancelled' } });
    expect(w.runner.published.slice(published)).toEqual([expect.objectContaining({ type: 'booking.cancelled', payload: expect.objectContaining({ number: big.number }) })]);
    const rows = await w.db.dataSource.query('SELECT COUNT(*) AS n FROM booking_slot WHERE bookingId = ?', [big.id]);
    expect(Number(rows[0].n)).toBe(0);
    expect(await w.book({ room: '大会议室', bookerId: 'bob' })).toMatchObject({ ok: true });
    // Cancelling it again finds nothing to cancel.
    expect(await w.runner.run((ctx) => cancelBooking(ctx, { ...alice, bookingNumber: big.number }))).toEqual({ ok: false, reason: 'NOT_FOUND' });
  });

  it('with neither number nor date, the only booking left is the one cancelled', async () => {
    expect(await w.runner.run((ctx) => cancelBooking(ctx, alice))).toMatchObject({ ok: true, booking: { number: small.number } });
    expect(await w.runner.run((ctx) => listBookingsFor(ctx, alice))).toEqual([]);
    expect(await w.runner.run((ctx) => cancelBooking(ctx, alice))).toEqual({ ok: false, reason: 'NOT_FOUND' });
  });

  it('a bound owner sees and cancels their booking from another channel; a different owner cannot', async () => {
    const r = await w.book({ room: 'A会议室', start: '14:00', end: '15:00', bookerId: 'carol', ownerId: 7 });
    if (!r.ok) throw new Error(r.reason);
    const fromWechat = { bookerChannel: 'wechat-oa', bookerId: 'o-carol', ownerId: 7 };
    expect((await w.runner.run((ctx) => listBookingsFor(ctx, fromWechat))).map((b) => b.number)).toEqual([r.booking.number]);
    expect(await w.runner.run((ctx) => cancelBooking(ctx, { bookerChannel: 'wechat-oa', bookerId: 'o-dave', ownerId: 8, bookingNumber: r.booking.number }))).toEqual({ ok: false, reason: 'NOT_FOUND' });
    expect(await w.runner.run((ctx) => cancelBooking(ctx, { ...fromWechat, bookingNumber: r.booking.number }))).toMatchObject({ ok: true });
  });

  it('reminders: bookings starting within the lead time, each once', async () => {
    const lead = BOOKING_RULES.reminderLeadMinutes;
    const now = w.runner.clock.now();
    const soon = await w.book({ room: '小会议室', date: TODAY, start: '10:00', end: '11:00' });
    const later = await w.book({ room: 'A会议室', date: TODAY, start: '11:00', end: '12:00' });
    if (!soon.ok || !later.ok) throw new Error('expected two bookings');
    // At 10:00 the 10:00 meeting has begun already; half a slot earlier it is due.
    const before = addMinutes(now, -BOOKING_RULES.slotMinutes / 2);
    const due = await w.runner.run((ctx) => bookingsNeedingReminder(ctx, before, lead));
    expect(due.map((b) => b.number)).toEqual([soon.booking.number]);
    expect(await w.runner.run((ctx) => markReminded(ctx, soon.booking.id))).toBe(true);
    expect(await w.runner.run((ctx) => markReminded(ctx, soon.booking.id))).toBe(false);
    expect(await w.runner.run((ctx) => bookingsNeedingReminder(ctx, before, lead))).toEqual([]);
    const at1030 = addMinutes(now, lead);
    expect((await w.runner.run((ctx) => bookingsNeedingReminder(ctx, at1030, lead))).map((b) => b.number)).toEqual([later.booking.number]);
  });
});
