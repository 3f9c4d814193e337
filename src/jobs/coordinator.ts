import os from 'node:os';
import type { DataSource } from 'typeorm';
import { LessThan } from 'typeorm';
import { JobRun } from '../../entities';
import { transaction } from '../db/transaction';
import { isUniqueViolation } from '../db/errors';

/** Claimed ticks older than this are deleted now and then; they only need to outlive the tick itself. */
const KEEP_CLAIMS_MS = 7 * 24 * 3600_000;


/**
 * node-cron's RunCoordinator backed by the database: the instance whose insert of the tick's key
 * ("job:slot") succeeds runs it; every other instance sees a duplicate key and skips. Works on SQLite,
 * MySQL and TiDB alike because it relies only on a primary key.
 */
export class DbRunCoordinator {
  readonly instance = `${os.hostname()}:${process.pid}`;
  private claims = 0;

  constructor(private readonly dataSource: DataSource, private readonly now: () => Date = () => new Date()) {}

  async shouldRun(key: string): Promise<boolean> {
    try {
      await transaction(this.dataSource, (em) => em.insert(JobRun, { key: key.slice(0, 120), instance: this.instance, claimedAt: this.now() }));
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
    if (++this.claims % 500 === 0) {
      const cutoff = new Date(this.now().getTime() - KEEP_CLAIMS_MS);
      await transaction(this.dataSource, (em) => em.delete(JobRun, { claimedAt: LessThan(cutoff) }));
    }
    return true;
  }
}
