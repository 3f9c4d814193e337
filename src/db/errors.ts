/**
 * Reading driver errors: which mean "that key already exists" and which mean "the database gave up
 * on this transaction, run it again". Covers better-sqlite3, mysql2 (MySQL, MariaDB) and TiDB.
 */
export interface DriverErrorShape {
  code?: string;
  errno?: number;
  message?: string;
}

export function driverErrorOf(err: unknown): DriverErrorShape {
  if (!err || typeof err !== 'object') return {};
  const e = err as DriverErrorShape & { driverError?: DriverErrorShape };
  return { code: e.driverError?.code ?? e.code, errno: e.driverError?.errno ?? e.errno, message: e.driverError?.message ?? e.message };
}

/** A unique or primary key already taken: SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY, or ER_DUP_ENTRY (1062). */
export function isUniqueViolation(err: unknown): boolean {
  const { code, errno } = driverErrorOf(err);
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'ER_DUP_ENTRY' || errno === 1062;
}

/**
 * Errors after which the whole transaction was rolled back by the server and may simply be run
 * again: deadlock (1213), lock wait timeout (1205), TiDB write conflict (9007) and retryable
 * transaction error (8022), SQLite busy.
 */
export function isRetryable(err: unknown): boolean {
  const { code, errno } = driverErrorOf(err);
  return (
    errno === 1213 || errno === 1205 || errno === 9007 || errno === 8022 ||
    code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY'
  );
}
