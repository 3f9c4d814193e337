import type Koa from 'koa';
import type { DataSource } from 'typeorm';
import { StaffAccount } from '../entities';
import type { DomainContext } from './domain/context';
import { webChatRouter } from './channels/web';
import type { AppConfig } from './config';
import { openDatabase } from './db/data-source';
import { EventBus, inTransaction, type TxDeps } from './db/transaction';
import { Engine } from './engine/engine';
import { loadKnowledgeBase } from './engine/knowledge/knowledge-base';
import { createUnderstander } from './engine/understander';
import { loadReplies } from './engine/replies';
import { createApp } from './http/app';
import { consoleRouter } from './http/console';
import { staffRouter } from './http/routes/staff';
import { registerSubscribers } from './subscribers';
import { generatePassword, hashPassword, issueToken } from './domain/staff';
import { systemClock, type Clock } from './shared/clock';
import { createLogger, type Logger } from './shared/logger';

export interface PropDesk {
  config: AppConfig;
  dataSource: DataSource;
  engine: Engine;
  app: Koa;
  logger: Logger;
  deps: TxDeps;
  /** A staff admin token created at first start (no STAFF_TOKEN and no staff yet), shown once. */
  firstStartToken?: string;
  close(): Promise<void>;
}

/** Lifetime of the administrator token created at first start. */
const FIRST_START_TOKEN_DAYS = 365;

/**
 * Composition root: config → database → understanding → engine → channels → HTTP. Used by
 * `npm start` (src/main.ts) and by the tests, which get the same app without a listening socket.
 */
export interface PropDeskOptions {
  clock?: Clock;
  logger?: Logger;
  /** An open data source to use (and leave open on close); otherwise one is opened from config. */
  dataSource?: DataSource;
  /** The server's first start creates an administrator token when there is no staff yet (`npm start`). */
  firstStart?: boolean;
}

export async function createPropDesk(config: AppConfig, opts: PropDeskOptions = {}): Promise<PropDesk> {
  const logger = opts.logger ?? createLogger({ level: config.logLevel });
  const clock = opts.clock ?? systemClock;
  const dataSource = opts.dataSource ?? (await openDatabase(config.db.url, { logging: config.db.logging, poolSize: config.db.poolSize }));
  const events = new EventBus(logger);
  const deps: TxDeps = { dataSource, clock, logger, events };
  const engine = new Engine({
    dataSource, clock, logger, events, config,
    nlu: createUnderstander(config, logger),
    knowledge: loadKnowledgeBase(),
    replies: loadReplies(config.locale),
  });
  registerSubscribers(deps, engine.deps);
  const firstStartToken = opts.firstStart && !config.staff.token ? await createFirstAdminToken(deps) : undefined;
  const tokenStaffId = config.staff.token ? (await ensureAdminAccount(deps)).id : undefined;
  const app = createApp({
    trustProxy: config.trustProxy,
    dataSource,
    logger,
    routers: [
      webChatRouter(engine, { maxTextLength: config.chat.maxTextLength, now: () => clock.now() }),
      staffRouter({ ...deps, staffToken: config.staff.token, tokenStaffId, sessionHours: config.staff.sessionHours }),
      consoleRouter(),
    ],
  });
  return {
    config, dataSource, engine, app, logger, deps, firstStartToken,
    async close() {
      if (!opts.dataSource && dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/**
 * With no STAFF_TOKEN and no staff account at all, the first start creates an administrator and a
 * bearer token for it, returned once for printing; later starts create nothing.
 */
async function createFirstAdminToken(deps: TxDeps): Promise<string | undefined> {
  return inTransaction(deps, { type: 'system', id: 'first-start' }, async (ctx) => {
    if ((await ctx.em.count(StaffAccount)) > 0) return undefined;
    const admin = await adminAccount(ctx);
    const { token } = await issueToken(ctx, admin.id, FIRST_START_TOKEN_DAYS * 24);
    return token;
  });
}

/** The account STAFF_TOKEN acts as, so that its actions are attributed like any staff member's. */
function ensureAdminAccount(deps: TxDeps): Promise<StaffAccount> {
  return inTransaction(deps, { type: 'system', id: 'start' }, adminAccount);
}

async function adminAccount(ctx: DomainContext): Promise<StaffAccount> {
  const existing = await ctx.em.findOneBy(StaffAccount, { username: 'admin' });
  if (existing) return existing;
  // Its password is random and never shown: the account is reached through the token (or a reset).
  return ctx.em.save(ctx.em.create(StaffAccount, {
    username: 'admin', displayName: '管理员', role: 'admin',
    passwordHash: await hashPassword(generatePassword()), active: true, createdAt: ctx.clock.now(),
  }));
}
