import { StaffAccount, type StaffRole } from '../../../entities';
import { audit } from '../audit';
import type { DomainContext } from '../context';
import { DUMMY_HASH, generatePassword, hashPassword, verifyPassword } from './password';

export type { StaffRole } from '../../../entities';

export const STAFF_ROLES: readonly StaffRole[] = ['agent', 'supervisor', 'engineer', 'admin'];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/** Letters, digits, '.', '_' and '-', starting with a letter or digit: safe in URLs, logs and shells. */
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

export type CreateStaffResult =
  | { ok: true; staff: StaffAccount; password: string }
  | { ok: false; reason: 'BAD_USERNAME' | 'BAD_ROLE' | 'USERNAME_TAKEN' };

/** Creates an account with a random one-time password, returned once and stored only as a hash. */
export async function createStaff(
  ctx: DomainContext,
  username: string,
  role: string,
  opts: { displayName?: string } = {},
): Promise<CreateStaffResult> {
  if (!USERNAME.test(username)) return { ok: false, reason: 'BAD_USERNAME' };
  if (!isStaffRole(role)) return { ok: false, reason: 'BAD_ROLE' };
  if (await ctx.em.findOneBy(StaffAccount, { username })) return { ok: false, reason: 'USERNAME_TAKEN' };
  const password = generatePassword();
  const staff = await ctx.em.save(
    ctx.em.create(StaffAccount, {
      username,
      role,
      displayName: opts.displayName ?? '',
      passwordHash: await hashPassword(password),
      active: true,
      createdAt: ctx.clock.now(),
    }),
  );
  await audit(ctx, 'staff.created', { type: 'staff_account', id: staff.id }, { username, role });
  return { ok: true, staff, password };
}

/** The active account these credentials belong to, or null (unknown user, wrong password, disabled). */
export async function verifyLogin(ctx: DomainContext, username: string, password: string): Promise<StaffAccount | null> {
  const staff = await ctx.em.findOneBy(StaffAccount, { username });
  const matches = await verifyPassword(password, staff?.passwordHash ?? DUMMY_HASH);
  if (!staff || !matches || !staff.active) {
    ctx.logger.warn('staff login refused', { username });
    return null;
  }
  return staff;
}
