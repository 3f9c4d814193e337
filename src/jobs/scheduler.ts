import cron, { type ScheduledTask } from 'node-cron';
import type { TxDeps } from '../db/transaction';
import type { Replies } from '../engine/replies';
import { sendBookingReminders } from './booking-reminders.job';
import { DbRunCoordinator } from './coordinator';

export interface JobDefinition {
  name: string;
  /** node-cron expression, Asia/Shanghai. */
  schedule: string;
  run(deps: TxDeps, replies: Replies): Promise<number>;
}

/** Every scheduled job; each only does a small amount of work per tick, in its own transaction. */
export const JOBS: JobDefinition[] = [
  { name: 'booking-reminders', schedule: '* * * * *', run: sendBookingReminders },
];

/**
 * Starts the jobs. With several instances on one database each tick runs once, on the instance that
 * claims it first (DbRunCoordinator); the others skip it.
 */
export function startScheduler(deps: TxDeps, replies: Replies): { stop(): Promise<void> } {
  const coordinator = new DbRunCoordinator(deps.dataSource);
  const tasks: ScheduledTask[] = JOBS.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        try {
          const done = await job.run(deps, replies);
          if (done) deps.logger.info('job ran', { job: job.name, done });
        } catch (err) {
          deps.logger.error('job failed', { job: job.name, err });
        }
      },
      { name: job.name, timezone: 'Asia/Shanghai', noOverlap: true, distributed: true, runCoordinator: coordinator },
    ),
  );
  return {
    async stop() {
      await Promise.all(tasks.map((t) => t.destroy()));
    },
  };
}
