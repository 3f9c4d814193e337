import crypto from 'node:crypto';
import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import type { DataSource } from 'typeorm';
import type { Logger } from '../shared/logger';
import { errorHandler } from './errors';

/** Routes that take a file as the raw request body (the console's ledger import). */
const RAW_UPLOAD_PATHS = ['/api/staff/imports/'];

/**
 * Headers on every response: no MIME sniffing, no framing, no referrer. Responses that are not the
 * console's pages (JSON, event streams) may load nothing at all; the console router sets its own CSP.
 */
async function securityHeaders(ctx: Koa.Context, next: Koa.Next): Promise<void> {
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('X-Frame-Options', 'DENY');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  await next();
}

export interface AppParts {
  dataSource: DataSource;
  logger: Logger;
  routers: Router[];
  /**
   * Trust X-Forwarded-For for the client address (login throttling per address). Only behind a
   * reverse proxy that sets it; otherwise a client could name any address it likes.
   */
  trustProxy?: boolean;
}

/** The koa application, exported without `listen` so tests drive it with supertest. */
export function createApp(parts: AppParts): Koa {
  const app = new Koa();
  app.proxy = parts.trustProxy ?? false;
  const { logger } = parts;

  app.use(async (ctx, next) => {
    const requestId = (ctx.get('x-request-id') || crypto.randomUUID()).slice(0, 64);
    ctx.state.requestId = requestId;
    ctx.set('x-request-id', requestId);
    const started = Date.now();
    await next();
    logger.debug('http', { requestId, method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started });
  });
  app.use(securityHeaders);
  app.use(errorHandler(logger));
  app.use(async (ctx, next) => {
    // JSON APIs answer non-JSON bodies with a clear 415 instead of guessing; file uploads come raw.
    const upload = RAW_UPLOAD_PATHS.some((p) => ctx.path.startsWith(p));
    if (['POST', 'PUT', 'PATCH'].includes(ctx.method) && ctx.path.startsWith('/api/') && ctx.request.length && !upload) {
      if (!ctx.is('application/json')) {
        ctx.status = 415;
        ctx.body = { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send JSON with Content-Type: application/json' } };
        return;
      }
    }
    await next();
  });
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '256kb', encoding: 'utf-8' }));

  const health = new Router();
  health.get('/healthz', async (ctx) => {
    try {
      await parts.dataSource.query('SELECT 1');
      ctx.body = { status: 'ok', db: parts.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql' };
    } catch {
      ctx.status = 503;
      ctx.body = { status: 'unavailable', db: 'unreachable' };
    }
  });
  app.use(health.routes());
  for (const router of parts.routers) app.use(router.routes()).use(router.allowedMethods());
  return app;
}
