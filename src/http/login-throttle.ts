import { MoreThan } from 'typeorm';
import { StaffLoginFailure } from '../../entities';
import type { DomainContext } from '../domain/context';

/**
 * How many refused logins are tolerated before the login is closed for a while. Per username it stops
 * guessing one account's password; per client address, larger because an office shares one address,
 * it stops trying many accounts from one place.
 */
export const LOGIN_LIMITS = {
  windowMinutes: 15,
  maxFailuresPerUsername: 5,
  maxFailuresPerAddress: 20,
} as const;

export type LoginBlock = { by: 'username' | 'address'; retryAfterSeconds: number };

/** Whether logins for this username or from this address are closed right now, and for how long. */
export async function loginBlocked(ctx: DomainContext, username: string, ip: string): Promise<LoginBlock | null> {
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const checks = [
    { by: 'username' as const, where: { username }, max: LOGIN_LIMITS.maxFailuresPerUsername },
    { by: 'address' as const, where: { ip }, max: LOGIN_LIMITS.maxFailuresPerAddress },
  ];
  for (const check of checks) {
    const failures = await ctx.em.find(StaffLoginFailure, {
      where: { ...check.where, at: MoreThan(since) },
      order: { at: 'DESC' },
      take: check.max,
    });
    if (failures.length >= check.max) {
      // Open again when the oldest of the last `max` failures leaves the window.
      const reopensAt = failures[failures.length - 1].at.getTime() + LOGIN_LIMITS.windowMinutes * 60_000;
      return { by: check.by, retryAfterSeconds: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 1000)) };
    }
  }
  return null;
}

export async function recordLoginFailure(ctx: DomainContext, username: string, ip: string): Promise<void> {
  await ctx.em.save(ctx.em.create(StaffLoginFailure, { username: username.slice(0, 64), ip: ip.slice(0, 64), at: ctx.clock.now() }));
}

/** A successful login forgives the account's earlier typos (the address keeps its count). */
export async function clearUsernameFailures(ctx: DomainContext, username: string): Promise<void> {
  await ctx.em.delete(StaffLoginFailure, { username });
}
