/**
 * Shared start-up for command-line tools: typed config (DB_URL and the rest from the environment),
 * the database opened and migrated, a logger writing to stderr (stdout stays for the command's own
 * output), and clean exit codes — 0 done, 1 failed, 2 wrong usage; configuration errors name the setting.
 */
import type { DataSource } from 'typeorm';
import { loadConfig, ConfigError, type AppConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { EventBus, type TxDeps } from '../db/transaction';
import { systemClock, type Clock } from '../shared/clock';
import { createLogger, type Logger } from '../shared/logger';

export interface CliContext {
  config: AppConfig;
  logger: Logger;
  clock: Clock;
  dataSource: DataSource;
  /** For `inTransaction` and services taking TxDeps. */
  deps: TxDeps;
  /** One line of the command's result on stdout. */
  print(line?: string): void;
}

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

/** Thrown by `parse` for a wrong invocation; its message is printed followed by the usage. */
export class UsageError extends Error {}

export interface CliSpec<A> {
  usage: string;
  /** Reads the arguments (after `--`) before anything is opened; throws UsageError when they are wrong. */
  parse(args: string[]): A;
  /** Does the work; returns the exit code (default 0). */
  main(cli: CliContext, args: A): Promise<number | void>;
}

/** Runs a CLI and exits with its code; the database is closed first, whatever happened. */
export async function runCli<A>(spec: CliSpec<A>, argv: string[] = process.argv.slice(2)): Promise<never> {
  let code: number = EXIT.OK;
  let dataSource: DataSource | undefined;
  let logger: Logger | undefined;
  try {
    const args = spec.parse(argv);
    const config = loadConfig();
    logger = createLogger({ level: config.logLevel });
    dataSource = await openDatabase(config.db.url, { logging: config.db.logging });
    const deps: TxDeps = { dataSource, clock: systemClock, logger, events: new EventBus(logger) };
    const print = (line = '') => {
      process.stdout.write(`${line}\n`);
    };
    code = (await spec.main({ config, logger, clock: systemClock, dataSource, deps, print }, args)) ?? EXIT.OK;
  } catch (err) {
    if (err instanceof UsageError) {
      if (err.message) process.stderr.write(`${err.message}\n`);
      process.stderr.write(`${spec.usage}\n`);
      code = EXIT.USAGE;
    } else if (err instanceof ConfigError || !logger) {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      code = EXIT.FAILED;
    } else {
      logger.error('command failed', { err });
      code = EXIT.FAILED;
    }
  } finally {
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
  }
  // Writes to pipes and files are synchronous on Linux, so exiting here loses no output.
  process.exit(code);
}
