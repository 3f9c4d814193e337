import { BOOKING_RULES } from '../../../src/domain/rules/booking';
import { bookRoom } from '../../../src/domain/bookings';
import { addDays } from '../../../src/shared/time';
import { bookingWorld, countRows, TOMORROW, type BookingWorld } from './fixtures';

const SLOT = BOOKING_RULES.slotMinutes;

/** Booking rows of one room and day as stored, with how many slot rows each holds. */
async function storedBookings(w: BookingWorld, roomId: number) {
  const rows: { number: string; startAt: Date | string; endAt: Date | string; slots: number | string }[] = await w.db.dataSource.query(
    `SELECT b.number, b.startAt, b.endAt, (SELECT COUNT(*) FROM booking_slot s WHERE s.bookingId = b.id) AS slots
       FROM booking b WHERE b.roomId = ? AND b.status = 'confirmed' ORDER BY b.startAt`,
    [roomId],
  );
  return rows.map((r) => ({ ...r, startAt: toDate(r.startAt), endAt: toDate(r.endAt), slots: Number(r.slots) }));
}
const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));

describe('two owners confirming the same room at the same moment', () => {
  let w: BookingWorld;
  beforeAll(async () => {
    w = await bookingWorld();
  });
  afterAll(async () => {
    await w.drop();
  });

  it('twenty simultaneous requests for one slot: exactly one booking, nineteen SLOT_TAKEN with alternatives', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => w.book({ room: '大会议室', attendees: 8, bookerId: `owner-${i}` })),
    );
    const won = results.filter((r) => r.ok);
    const taken = results.filter((r) => !r.ok && r.reason === 'SLOT_TAKEN');
    expect(won).toHaveLength(1);
    expect(taken).toHaveLength(19);
    for (const r of taken) expect(!r.ok && r.reason === 'SLOT_TAKEN' && r.alternatives.length).toBeGreaterThan(0);

    expect(await countRows(w)).toEqual({ confirmed: 1, cancelled: 0, slots: 120 / SLOT });
    const stored = await storedBookings(w, w.rooms['大会议室'].id);
    expect(stored).toHaveLength(1);
    expect(stored[0].number).toBe(won[0].ok && won[0].booking.number);
    // Losers never drew a number: the winner got the first one.
    expect(stored[0].number).toBe('B-0001');
    expect(w.runner.published.filter((e) => e.type === 'booking.created')).toHaveLength(1);
  });

  it('a partially overlapping pair at the same moment: exactly one wins, and only its slots are held', async () => {
    const room = w.rooms['小会议室'];
    for (let round = 0; round < 8; round++) {
      const date = addDays(TOMORROW, round + 1);
      const [a, b] = await Promise.all([
        w.book({ room: '小会议室', date, start: '09:00', end: '11:00', bookerId: 'alice' }),
        w.book({ room: '小会议室', date, start: '10:00', end: '12:00', bookerId: 'bob' }),
      ]);
      expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
      const loser = a.ok ? b : a;
      expect(loser).toMatchObject({ ok: false, reason: 'SLOT_TAKEN' });
      const winner = a.ok ? a : b.ok ? b : undefined;
      const stored = (await storedBookings(w, room.id)).filter((s) => s.number === winner?.booking.number);
      expect(stored).toHaveLength(1);
      expect(stored[0].slots).toBe(120 / SLOT);
    }
    const all = await storedBookings(w, room.id);
    expect(all).toHaveLength(8);
  });

  it('a storm of overlapping requests across the day never leaves two bookings overlapping', async () => {
    const date = addDays(TOMORROW, 20);
    const starts = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '13:00'];
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => {
        const start = starts[i % starts.length];
        const end = `${String(Number(start.slice(0, 2)) + 1 + (i % 2)).padStart(2, '0')}:${start.slice(3)}`;
        return w.book({ room: '大会议室', date, start, end, bookerId: `storm-${i}` });
      }),
    );
    const stored = await storedBookings(w, w.rooms['大会议室'].id).then((s) => s.filter((b) => b.startAt >= new Date(`${date}T00:00:00+08:00`)));
    expect(stored.length).toBe(results.filter((r) => r.ok).length);
    expect(stored.length).toBeGreaterThan(0);
    for (let i = 1; i < stored.length; i++) expect(stored[i].startAt.getTime()).toBeGreaterThanOrEqual(stored[i - 1].endAt.getTime());
    for (const b of stored) expect(b.slots).toBe((b.endAt.getTime() - b.startAt.getTime()) / (SLOT * 60_000));
  });

  it('a booking attempt made during an engine turn (inside its open transaction) still wins or loses cleanly', async () => {
    const date = addDays(TOMORROW, 25);
    const request = { roomId: w.rooms['A会议室'].id, date, start: '09:00', end: '10:00', bookerChannel: 'web', bookerId: 'turn' };
    const [first, second] = await w.runner.run(async () => [
      await bookRoom(w.deps, { type: 'owner', id: 'turn' }, request),
      await bookRoom(w.deps, { type: 'owner', id: 'turn' }, { ...request, start: '09:30', end: '10:30' }),
    ]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, reason: 'SLOT_TAKEN' });
    const stored = (await storedBookings(w, w.rooms['A会议室'].id)).filter((b) => b.startAt >= new Date(`${date}T00:00:00+08:00`));
    expect(stored.map((b) => b.slots)).toEqual([60 / SLOT]);
  });
});
