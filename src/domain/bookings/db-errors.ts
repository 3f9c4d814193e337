/**
 * Reading driver errors: which mean "that slot row already exists" and which mean "the database
 * gave up on this transaction, run it again". Covers better-sqlite3, mysql2 (MySQL, MariaDB) and TiDB.
 */
import type { DataSource } from 'typeorm';
import { BookingSlot } from '../../../entities';

interface DriverErrorShape {
  code?: string;
  errno?: number;
  message?: string;
}

function shapeOf(err: unknown): DriverErrorShape {
  if (!err || typeof err !== 'object') return {};
  const e = err as DriverErrorShape & { driverError?: DriverErrorShape };
  return { code: e.driverError?.code ?? e.code, errno: e.driverError?.errno ?? e.errno, message: e.driverError?.message ?? e.message };
}

/** SQLITE_CONSTRAINT_UNIQUE, or MySQL/MariaDB/TiDB ER_DUP_ENTRY (1062). */
export function isUniqueViolation(err: unknown): boolean {
  const { code, errno } = shapeOf(err);
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'ER_DUP_ENTRY' || errno === 1062;
}

/**
 * A unique violation on booking_slot (roomId, slotStart): the room is already held. SQLite names
 * the columns ("booking_slot.roomId"), MySQL the index ("for key 'IDX_…'"); either is checked, so a
 * duplicate elsewhere (a bug) is never mistaken for a taken slot.
 */
export function isSlotTaken(dataSource: DataSource, err: unknown): boolean {
  if (!isUniqueViolation(err)) return false;
  const message = shapeOf(err).message ?? '';
  const meta = dataSource.getMetadata(BookingSlot);
  const names = [meta.tableName, ...meta.indices.filter((i) => i.isUnique).map((i) => i.name)];
  return names.some((n) => message.includes(n));
}

/**
 * Errors after which the whole transaction was rolled back by the server and may simply be run
 * again: deadlock (1213), lock wait timeout (1205), TiDB write conflict (9007) and retryable
 * transaction error (8022), SQLite busy.
 */
export function isRetryable(err: unknown): boolean {
  const { code, errno } = shapeOf(err);
  return (
    errno === 1213 || errno === 1205 || errno === 9007 || errno === 8022 ||
    code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY'
  );
}
