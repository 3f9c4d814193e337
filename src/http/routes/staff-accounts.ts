import type Router from '@koa/router';
import { z } from 'zod';
import { StaffAccount, StaffToken } from '../../../entities';
import { audit } from '../../domain/audit';
import { createStaff, generatePassword, hashPassword, STAFF_ROLES, type StaffRole } from '../../domain/staff';
import { badRequest, conflict, notFound } from '../errors';
import { ROLES, requireRole, staffOf } from '../staff-auth';
import { parseInput } from '../validate';
import { idParam, iso, type StaffRouteKit } from './staff-context';

const roleEnum = z.enum(STAFF_ROLES as [StaffRole, ...StaffRole[]]);
const listQuery = z.object({ role: roleEnum.optional() });
const createBody = z.object({
  username: z.string().trim().min(1, 'required').max(64),
  role: roleEnum,
  displayName: z.string().trim().max(64).optional(),
});
const updateBody = z.object({
  role: roleEnum.optional(),
  active: z.boolean().optional(),
  displayName: z.string().trim().max(64).optional(),
});

const accountView = (s: StaffAccount) => ({
  id: s.id, username: s.username, displayName: s.displayName, role: s.role, active: s.active, createdAt: iso(s.createdAt),
});

/**
 * Staff accounts. The desk may list colleagues (to pick an engineer or a case owner); only admins create
 * accounts, change roles, disable them or reset passwords. A new or reset password is shown once.
 */
export function accountRoutes(router: Router, kit: StaffRouteKit): void {
  const admin = requireRole(ROLES.admin);

  router.get('/accounts', requireRole(ROLES.desk), async (ctx) => {
    const q = parseInput(listQuery, ctx.query);
    const full = staffOf(ctx).role === 'admin';
    const rows = await kit.tx(ctx, (d) =>
      d.em.find(StaffAccount, { where: { ...(q.role ? { role: q.role } : {}), ...(full ? {} : { active: true }) }, order: { id: 'ASC' } }),
    );
    ctx.body = { items: rows.map(accountView) };
  });

  router.post('/accounts', admin, async (ctx) => {
    const body = parseInput(createBody, ctx.request.body);
    const result = await kit.tx(ctx, (d) => createStaff(d, body.username, body.role, { displayName: body.displayName }));
    if (!result.ok) {
      if (result.reason === 'USERNAME_TAKEN') throw conflict('USERNAME_TAKEN', `username ${body.username} is taken`);
      throw badRequest(result.reason, 'username: letters, digits, ".", "_" or "-", 2–64 characters');
    }
    ctx.status = 201;
    ctx.body = { ...accountView(result.staff), password: result.password };
  });

  router.patch('/accounts/:id', admin, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const body = parseInput(updateBody, ctx.request.body);
    const me = staffOf(ctx);
    if (id === me.id && (body.active === false || (body.role && body.role !== 'admin'))) {
      throw conflict('CANNOT_DEMOTE_SELF', 'an administrator cannot disable their own account or give up the admin role');
    }
    const account = await kit.tx(ctx, async (d) => {
      const staff = await d.em.findOneBy(StaffAccount, { id });
      if (!staff) return null;
      const before = { role: staff.role, active: staff.active, displayName: staff.displayName };
      Object.assign(staff, Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)));
      await d.em.save(staff);
      // A disabled account or a changed role ends its open sessions.
      if (!staff.active || staff.role !== before.role) await d.em.delete(StaffToken, { staffId: id });
      await audit(d, 'staff.updated', { type: 'staff_account', id }, { before, after: body });
      return staff;
    });
    if (!account) throw notFound(`staff account ${id} not found`);
    ctx.body = accountView(account);
  });

  router.post('/accounts/:id/reset-password', admin, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    const account = await kit.tx(ctx, async (d) => {
      const staff = await d.em.findOneBy(StaffAccount, { id });
      if (!staff) return null;
      staff.passwordHash = passwordHash;
      await d.em.save(staff);
      await d.em.delete(StaffToken, { staffId: id });
      await audit(d, 'staff.password_reset', { type: 'staff_account', id });
      return staff;
    });
    if (!account) throw notFound(`staff account ${id} not found`);
    ctx.body = { ...accountView(account), password };
  });
}
