import Router from '@koa/router';
import { z } from 'zod';
import { StaffAccount } from '../../../entities';
import { inTransaction } from '../../db/transaction';
import { audit } from '../../domain/audit';
import { issueToken, revokeToken, verifyLogin } from '../../domain/staff';
import { AppError } from '../../shared/errors';
import { unauthorized } from '../errors';
import { clearUsernameFailures, LOGIN_LIMITS, loginBlocked, recordLoginFailure } from '../login-throttle';
import { ROLES, requireRole, staffAuth, staffOf } from '../staff-auth';
import { StaffEventHub } from '../staff-events';
import { parseInput } from '../validate';
import { accountRoutes } from './staff-accounts';
import { adminRoutes } from './staff-admin';
import { contentRoutes } from './staff-content';
import { routeKit, type StaffRouteDeps } from './staff-context';
import { escalationRoutes } from './staff-escalations';
import { ticketRoutes } from './staff-tickets';

export type { StaffRouteDeps } from './staff-context';

const loginBody = z.object({ username: z.string().min(1, 'required').max(64), password: z.string().min(1, 'required').max(200) });

/**
 * The staff HTTP API (CONTRACTS §5) behind the console: sessions, the escalation queue and conversations,
 * tickets, accounts, canned replies, announcements, imports, reports and a live event stream. Every route
 * but login needs a bearer token and checks the caller's role; every action is written to the audit log.
 */
export function staffRouter(deps: StaffRouteDeps): Router {
  const router = new Router({ prefix: '/api/staff' });
  const kit = routeKit(deps, new StaffEventHub(deps));

  router.post('/login', async (ctx) => {
    const body = parseInput(loginBody, ctx.request.body);
    const ip = ctx.ip || 'unknown';
    const outcome = await inTransaction(deps, { type: 'system', id: 'login' }, async (d) => {
      const blocked = await loginBlocked(d, body.username, ip);
      if (blocked) {
        await audit(d, 'staff.login_blocked', { type: 'staff_login', id: body.username.slice(0, 64) }, { ip, by: blocked.by });
        return { kind: 'blocked', blocked } as const;
      }
      const account = await verifyLogin(d, body.username, body.password);
      if (!account) {
        await recordLoginFailure(d, body.username, ip);
        await audit(d, 'staff.login_failed', { type: 'staff_login', id: body.username.slice(0, 64) }, { ip });
        return { kind: 'refused' } as const;
      }
      await clearUsernameFailures(d, body.username);
      return { kind: 'ok', account, ...(await issueToken(d, account.id, deps.sessionHours)) } as const;
    });
    if (outcome.kind === 'blocked') {
      const { by, retryAfterSeconds } = outcome.blocked;
      ctx.set('Retry-After', String(retryAfterSeconds));
      const who = by === 'username' ? 'this account' : 'this address';
      throw new AppError(
        'TOO_MANY_LOGIN_ATTEMPTS',
        `too many failed logins for ${who} (${by === 'username' ? LOGIN_LIMITS.maxFailuresPerUsername : LOGIN_LIMITS.maxFailuresPerAddress} within ${LOGIN_LIMITS.windowMinutes} minutes); try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
        429,
      );
    }
    if (outcome.kind === 'refused') throw unauthorized('wrong username or password');
    const { account, token, expiresAt } = outcome;
    ctx.body = {
      token, expiresAt: expiresAt.toISOString(), role: account.role,
      staff: { id: account.id, username: account.username, displayName: account.displayName, role: account.role },
    };
  });

  router.use(staffAuth(deps, { token: deps.staffToken, staffId: deps.tokenStaffId }));
  router.use(async (ctx, next) => {
    ctx.set('Cache-Control', 'no-store');
    await next();
  });

  router.get('/me', requireRole(ROLES.all), async (ctx) => {
    const me = staffOf(ctx);
    const account = await kit.tx(ctx, (d) => d.em.findOneBy(StaffAccount, { id: me.id }));
    ctx.body = { id: me.id, username: me.username, displayName: account?.displayName ?? '', role: me.role };
  });

  router.post('/logout', requireRole(ROLES.all), async (ctx) => {
    const token = ctx.get('authorization').replace(/^Bearer\s+/i, '');
    const revoked = await kit.tx(ctx, async (d) => {
      const done = await revokeToken(d, token);
      if (done) await audit(d, 'staff.session_closed', { type: 'staff_account', id: staffOf(ctx).id });
      return done;
    });
    ctx.body = { loggedOut: revoked };
  });

  router.get('/events', requireRole(ROLES.all), async (ctx) => {
    kit.hub.open(ctx, staffOf(ctx));
  });

  escalationRoutes(router, kit);
  ticketRoutes(router, kit);
  accountRoutes(router, kit);
  contentRoutes(router, kit);
  adminRoutes(router, kit);
  return router;
}
