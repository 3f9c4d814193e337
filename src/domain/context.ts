import type { EntityManager } from 'typeorm';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import type { DbKind } from '../db/data-source';

/** Who is acting: an owner-side sender, the bot, a member of staff, or the system (jobs). */
export type Actor =
  | { type: 'owner'; id: string }
  | { type: 'bot'; id: null }
  | { type: 'staff'; id: string; role: string }
  | { type: 'system'; id: string | null };

/** Something that happened, delivered to subscribers only after the transaction commits. */
export interface DomainEvent {
  type: string;
  payload: Record<string, unknown>;
}

/**
 * What every domain service method receives first (Vendure's RequestContext): the transaction's
 * entity manager, the clock, who acts, a logger, and a place to queue after-commit events.
 */
export interface DomainContext {
  em: EntityManager;
  db: DbKind;
  clock: Clock;
  actor: Actor;
  logger: Logger;
  emit(event: DomainEvent): void;
}
