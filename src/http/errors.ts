import type { Context, Next } from 'koa';
import { AppError } from '../shared/errors';
import type { Logger } from '../shared/logger';

/**
 * The one error path (Koa style): expected failures are AppErrors with a status and a code and reach
 * the client as `{ error: { code, message } }`; anything else is logged and answered with a bare 500,
 * so no stack trace ever reaches a user.
 */
export function errorHandler(logger: Logger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        ctx.status = 404;
        ctx.body = { error: { code: 'NOT_FOUND', message: `no route for ${ctx.method} ${ctx.path}` } };
      }
    } catch (err) {
      const e = err as { status?: number; statusCode?: number; expose?: boolean; message?: string; type?: string };
      if (err instanceof AppError) {
        ctx.status = err.status;
        ctx.body = { error: { code: err.code, message: err.expose ? err.message : 'internal error' } };
        if (err.status >= 500) logger.error('request failed', { err, requestId: ctx.state.requestId });
        return;
      }
      const status = e.status ?? e.statusCode ?? 500;
      if (status < 500) {
        // Errors raised by koa middleware (e.g. the body parser on invalid JSON or an oversize body).
        ctx.status = status;
        const code = e.type === 'entity.parse.failed' || (err instanceof SyntaxError) ? 'INVALID_JSON' : e.type === 'entity.too.large' ? 'TOO_LARGE' : 'BAD_REQUEST';
        const message = code === 'INVALID_JSON' ? 'request body is not valid JSON' : e.expose && e.message ? e.message : 'bad request';
        ctx.body = { error: { code, message } };
        return;
      }
      logger.error('request failed', { err, requestId: ctx.state.requestId, path: ctx.path });
      ctx.status = 500;
      ctx.body = { error: { code: 'INTERNAL', message: 'internal error' } };
    }
  };
}

export const badRequest = (code: string, message: string) => new AppError(code, message, 400);
export const unauthorized = (message = 'missing or invalid bearer token') => new AppError('UNAUTHORIZED', message, 401);
export const forbidden = (message = 'your role may not do this') => new AppError('FORBIDDEN', message, 403);
export const notFound = (message: string) => new AppError('NOT_FOUND', message, 404);
export const conflict = (code: string, message: string) => new AppError(code, message, 409);
