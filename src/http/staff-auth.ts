import crypto from 'node:crypto';
import type { Context, Next } from 'koa';
import type { StaffRole } from '../../entities';
import { inTransaction, type TxDeps } from '../db/transaction';
import type { Actor } from '../domain/context';
import { staffForToken } from '../domain/staff';
import { forbidden, unauthorized } from './errors';

export interface StaffPrincipal {
  id: number;
  username: string;
  role: StaffRole;
}

function sameSecret(a: string, b: string): boolean {
  const ha = crypto.createHash('sha256').update(a).digest();
  const hb = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(ha, hb);
}

/**
 * Bearer-token authentication for /api/staff/*: a login token of a staff account, or the configured
 * STAFF_TOKEN, which acts as an administrator.
 */
export function staffAuth(deps: TxDeps, configured: { token?: string; staffId?: number }) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const header = ctx.get('authorization');
    const m = header.match(/^Bearer\s+(\S+)$/i);
    if (!m) throw unauthorized();
    const token = m[1];
    let principal: StaffPrincipal | null = null;
    if (configured.token && configured.staffId && sameSecret(token, configured.token)) {
      principal = { id: configured.staffId, username: 'admin', role: 'admin' };
    } else {
      const account = await inTransaction(deps, { type: 'system', id: 'auth' }, (tx) => staffForToken(tx, token));
      if (account?.active) principal = { id: account.id, username: account.username, role: account.role };
    }
    if (!principal) throw unauthorized('invalid or expired token');
    ctx.state.staff = principal;
    await next();
  };
}

/**
 * Who may do what (CONTRACTS §5 roles). Desk work — the escalation queue and conversations — is for
 * agents and supervisors; admins keep it too, since STAFF_TOKEN acts as an admin. Engineers see only the
 * tickets assigned to them and no conversations.
 */
export const ROLES = {
  desk: ['agent', 'supervisor', 'admin'],
  tickets: ['agent', 'supervisor', 'admin', 'engineer'],
  /** Reassign cases, edit canned replies, draft announcements, reports and the audit log. */
  supervise: ['supervisor', 'admin'],
  /** Staff accounts, settings, imports. */
  admin: ['admin'],
  all: ['agent', 'supervisor', 'engineer', 'admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

/** Only these roles may use the route. */
export function requireRole(roles: readonly StaffRole[]) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const staff = ctx.state.staff as StaffPrincipal | undefined;
    if (!staff) throw unauthorized();
    if (!roles.includes(staff.role)) throw forbidden(`this needs one of the roles: ${roles.join(', ')}`);
    await next();
  };
}

export function staffOf(ctx: Context): StaffPrincipal {
  return ctx.state.staff as StaffPrincipal;
}

export function staffActor(ctx: Context): Actor {
  const staff = ctx.state.staff as StaffPrincipal;
  return { type: 'staff', id: String(staff.id), role: staff.role };
}
