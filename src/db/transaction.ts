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

/**
 * Runs `fn` in a database transaction. Use this instead of `dataSource.transaction`: on SQLite (one
 * shared connection) transactions are queued one after another; on MySQL they run concurrently.
 */
export function transaction<T>(dataSource: DataSource, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(fn);
  let lock = sqliteLocks.get(dataSource);
  if (!lock) sqliteLocks.set(dataSource, (lock = new Mutex()));
  return lock.run(() => dataSource.transaction(fn));
}

/** Runs `fn` in one transaction with a fresh DomainContext; events queued by it are published after commit. */
export async function inTransaction<T>(deps: TxDeps, actor: Actor, fn: (ctx: DomainContext) => Promise<T>): Promise<T> {
  const queued: DomainEvent[] = [];
  const db = deps.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  const result = await transaction(deps.dataSource, async (em) =>
    fn({ em, db, clock: deps.clock, actor, logger: deps.logger, emit: (e) => queued.push(e) }),
  );
  if (deps.events && queued.length) await deps.events.publish(queued);
  return result;
}
