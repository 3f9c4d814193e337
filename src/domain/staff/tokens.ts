import crypto from 'node:crypto';
import { MoreThan } from 'typeorm';
import { StaffAccount, StaffToken } from '../../../entities';
import { audit } from '../audit';
import type { DomainContext } from '../context';

/** Tokens are stored only as their SHA-256, so a database dump holds no usable session. */
export function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Opens a session for `hours`; the bearer token is returned once and never stored in clear. */
export async function issueToken(ctx: DomainContext, staffId: number, hours: number): Promise<{ token: string; expiresAt: Date }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  const row = await ctx.em.save(ctx.em.create(StaffToken, { tokenHash: tokenHash(token), staffId, expiresAt, createdAt: now }));
  await audit(ctx, 'staff.session_opened', { type: 'staff_account', id: staffId }, { tokenId: row.id, expiresAt: expiresAt.toISOString() });
  return { token, expiresAt };
}

/** The active account a bearer token belongs to; null when unknown, expired or the account is disabled. */
export async function staffForToken(ctx: DomainContext, token: string): Promise<StaffAccount | null> {
  if (!token) return null;
  const row = await ctx.em.findOneBy(StaffToken, { tokenHash: tokenHash(token), expiresAt: MoreThan(ctx.clock.now()) });
  if (!row) return null;
  const staff = await ctx.em.findOneBy(StaffAccount, { id: row.staffId });
  return staff?.active ? staff : null;
}

/** Ends a session (logout); false when the token was not known. */
export async function revokeToken(ctx: DomainContext, token: string): Promise<boolean> {
  const result = await ctx.em.delete(StaffToken, { tokenHash: tokenHash(token) });
  return (result.affected ?? 0) > 0;
}
