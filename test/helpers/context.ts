import type { DataSource } from 'typeorm';
import { inTransaction, EventBus } from '../../src/db/transaction';
import type { Actor, DomainContext, DomainEvent } from '../../src/domain/context';
import { FixedClock } from '../../src/shared/clock';
import { createLogger } from '../../src/shared/logger';
import { createTestDb, type TestDb } from './db';

export const silentLogger = createLogger({ silent: true });

/** Runs domain code in a transaction at a fixed time; returns what it returned and the events it emitted. */
export function txRunner(dataSource: DataSource, clock = new FixedClock(new Date('2026-11-23T10:00:00+08:00'))) {
  const events = new EventBus(silentLogger);
  const published: DomainEvent[] = [];
  events.subscribe((e) => {
    published.push(e);
  });
  const run = <T>(fn: (ctx: DomainContext) => Promise<T>, actor: Actor = { type: 'bot', id: null }) =>
    inTransaction({ dataSource, clock, logger: silentLogger, events }, actor, fn);
  return { run, clock, published, events };
}

export type TxRunner = ReturnType<typeof txRunner>;

/**
 * Gives the enclosing describe block a fresh test database and a transaction runner, dropped after
 * its tests: `let db: TestDb; let tx: TxRunner; useTestDb((made) => ({ db, tx } = made));`
 */
export function useTestDb(onReady: (made: { db: TestDb; tx: TxRunner }) => void): void {
  let db: TestDb | undefined;
  beforeAll(async () => {
    db = await createTestDb();
    onReady({ db, tx: txRunner(db.dataSource) });
  });
  afterAll(async () => {
    await db?.drop();
  });
}
