import type { DataSource } from 'typeorm';
import { inTransaction, EventBus } from '../../src/db/transaction';
import type { Actor, DomainContext, DomainEvent } from '../../src/domain/context';
import { FixedClock } from '../../src/shared/clock';
import { createLogger } from '../../src/shared/logger';

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
