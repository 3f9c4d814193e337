import { createTestDb, type TestDb } from '../../helpers/db';
import { silentLogger, txRunner } from '../../helpers/context';
import type { TxDeps } from '../../../src/db/transaction';
import type { Actor } from '../../../src/domain/context';
import { bookRoom, upsertRoom, type BookingRequest, type RoomInfo } from '../../../src/domain/bookings';

/** Today in the test clock is Mon 2026-11-23 10:00; "tomorrow" is Tue 2026-11-24. */
export const TODAY = '2026-11-23';
export const TOMORROW = '2026-11-24';

export const ROOM_SPECS = [
  { name: '大会议室', capacity: 20, location: '3楼东侧' },
  { name: '小会议室', capacity: 10, location: '2楼' },
  { name: 'A会议室', capacity: 6, location: '5楼', opensAt: '09:00', closesAt: '18:00' },
];

export interface BookingWorld {
  db: TestDb;
  deps: TxDeps;
  runner: ReturnType<typeof txRunner>;
  rooms: Record<string, RoomInfo>;
  book(request: Partial<BookingRequest> & { room: string }, actor?: Actor): ReturnType<typeof bookRoom>;
  drop(): Promise<void>;
}

/** A fresh database with the three rooms above, and a `book` shortcut for owner "web:alice". */
export async function bookingWorld(): Promise<BookingWorld> {
  const db = await createTestDb();
  const runner = txRunner(db.dataSource);
  const deps: TxDeps = { dataSource: db.dataSource, clock: runner.clock, logger: silentLogger, events: runner.events };
  const rooms: Record<string, RoomInfo> = {};
  for (const spec of ROOM_SPECS) rooms[spec.name] = (await runner.run((ctx) => upsertRoom(ctx, spec))).room;
  return {
    db,
    deps,
    runner,
    rooms,
    book: ({ room, ...rest }, actor = { type: 'owner', id: rest.bookerId ?? 'alice' }) =>
      bookRoom(deps, actor, {
        roomId: rooms[room]?.id ?? 9999,
        date: TOMORROW,
        start: '15:00',
        end: '17:00',
        bookerChannel: 'web',
        bookerId: 'alice',
        ...rest,
      }),
    drop: () => db.drop(),
  };
}

/** Rows as they are in the database, not as any service reports them. */
export async function countRows(world: BookingWorld): Promise<{ confirmed: number; cancelled: number; slots: number }> {
  const q = (sql: string) => world.db.dataSource.query(sql).then((r: { n: number | string }[]) => Number(r[0].n));
  return {
    confirmed: await q("SELECT COUNT(*) AS n FROM booking WHERE status = 'confirmed'"),
    cancelled: await q("SELECT COUNT(*) AS n FROM booking WHERE status = 'cancelled'"),
    slots: await q('SELECT COUNT(*) AS n FROM booking_slot'),
  };
}
