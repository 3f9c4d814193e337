import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor, DomainContext, DomainEvent } from '../domain/context';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';

export type EventListener = (event: DomainEvent) => void | Promise<void>;

/** Publishes domain events to subscribers after commit; a failing subscriber is logged, never rethrown. */
export class EventBus {
  private readonly listeners: EventListener[] = [];
  constructor(private readonly logger: Logger) {}
  subscribe(listener: EventListener): void {
    this.listeners.push(listener);
  }
  async publish(events: DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const listener of this.listeners) {
        try {
          await listener(event);
        } catch (err) {
          this.logger.error('event subscriber failed', { event: event.type, err });
        }
      }
    }
  }
}

export interface TxDeps {
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  events?: EventBus;
}

/** A FIFO async mutex: SQLite has one connection, so its transactions must take turns. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  async run<T>(fn: () => Promise<T>): Promise<T> {
    let release!: () => void;
    const prev = this.tail;
    this.tail = new Promise<void>((r) => (release = r));
    await prev;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
const sqliteLocks = new WeakMap<DataSource, Mutex>();
/** The SQLite transaction the current async call chain is inside, if any. */
const openSqlite = new AsyncLocalStorage<{ dataSource: DataSource; em: EntityManager }>();

/**
 * Runs `fn` in a database transaction. Use this instead of `dataSource.transaction`. On MySQL
 * transactions run concurrently on pooled connections. SQLite has one connection, so its transactions
 * are queued one after another, and one opened inside another (a booking attempt inside an engine
 * turn) becomes a savepoint of the outer one instead of waiting for it forever.
 */
export function transaction<T>(dataSource: DataSource, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(fn);
  const outer = openSqlite.getStore();
  if (outer && outer.dataSource === dataSource) return outer.em.transaction(fn);
  let lock = sqliteLocks.get(dataSource);
  if (!lock) sqliteLocks.set(dataSource, (lock = new Mutex()));
  return lock.run(() => dataSource.transaction((em) => openSqlite.run({ dataSource, em }, () => fn(em))));
}

/** Events queued by the outermost `inTransaction` of the current async call chain. */
const openQueue = new AsyncLocalStorage<DomainEvent[]>();

/**
 * Runs `fn` in one transaction with a fresh DomainContext; events queued by it are published after
 * commit. Inside another `inTransaction` its events join the outer queue, so nothing is announced
 * before the outermost transaction has committed.
 */
export async function inTransaction<T>(deps: TxDeps, actor: Actor, fn: (ctx: DomainContext) => Promise<T>): Promise<T> {
  const outerQueue = openQueue.getStore();
  const queued: DomainEvent[] = [];
  const db = deps.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  const result = await openQueue.run(queued, () =>
    transaction(deps.dataSource, async (em) =>
      fn({ em, db, clock: deps.clock, actor, logger: deps.logger, emit: (e) => queued.push(e) }),
    ),
  );
  if (outerQueue) outerQueue.push(...queued);
  else if (deps.events && queued.length) await deps.events.publish(queued);
  return result;
}
