import { AuditLog, StaffAccount, StaffToken } from '../../../entities';
import { createStaff, verifyLogin } from '../../../src/domain/staff/accounts';
import { hashPassword, verifyPassword } from '../../../src/domain/staff/password';
import { issueToken, revokeToken, staffForToken, tokenHash } from '../../../src/domain/staff/tokens';
import { txRunner } from '../../helpers/context';
import { createTestDb, type TestDb } from '../../helpers/db';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.drop());

describe('staff passwords', () => {
  it('are stored as salted scrypt hashes and checked against them', async () => {
    const a = await hashPassword('s3cret-pass');
    const b = await hashPassword('s3cret-pass');
    expect(a).toMatch(/^scrypt\$/);
    expect(a).not.toContain('s3cret-pass');
    expect(a).not.toBe(b);
    expect(await verifyPassword('s3cret-pass', a)).toBe(true);
    expect(await verifyPassword('wrong', a)).toBe(false);
    expect(await verifyPassword('s3cret-pass', 'garbage')).toBe(false);
  });
});

describe('staff accounts', () => {
  it('creates an account with a one-time password that then logs in', async () => {
    const { run } = txRunner(db.dataSource);
    const created = await run((ctx) => createStaff(ctx, 'xiaochen', 'agent'), { type: 'staff', id: '1', role: 'admin' });
    if (!created.ok) throw new Error(created.reason);
    expect(created.password).toHaveLength(16);
    const stored = await db.dataSource.getRepository(StaffAccount).findOneByOrFail({ username: 'xiaochen' });
    expect(stored.passwordHash).not.toContain(created.password);
    expect(await run((ctx) => verifyLogin(ctx, 'xiaochen', created.password))).toMatchObject({ username: 'xiaochen', role: 'agent' });
    expect(await run((ctx) => verifyLogin(ctx, 'xiaochen', 'not-it'))).toBeNull();
    expect(await run((ctx) => verifyLogin(ctx, 'nobody', created.password))).toBeNull();
    expect(await db.dataSource.getRepository(AuditLog).countBy({ action: 'staff.created', targetId: String(stored.id) })).toBe(1);
  });

  it('refuses a taken username, an unknown role and a malformed name', async () => {
    const { run } = txRunner(db.dataSource);
    await run((ctx) => createStaff(ctx, 'laoli', 'engineer'));
    expect(await run((ctx) => createStaff(ctx, 'laoli', 'agent'))).toEqual({ ok: false, reason: 'USERNAME_TAKEN' });
    expect(await run((ctx) => createStaff(ctx, 'boss', 'owner'))).toEqual({ ok: false, reason: 'BAD_ROLE' });
    expect(await run((ctx) => createStaff(ctx, 'a b', 'agent'))).toEqual({ ok: false, reason: 'BAD_USERNAME' });
  });

  it('refuses a disabled account even with the right password', async () => {
    const { run } = txRunner(db.dataSource);
    const created = await run((ctx) => createStaff(ctx, 'gone', 'agent'));
    if (!created.ok) throw new Error(created.reason);
    await db.dataSource.getRepository(StaffAccount).update({ username: 'gone' }, { active: false });
    expect(await run((ctx) => verifyLogin(ctx, 'gone', created.password))).toBeNull();
  });
});

describe('staff session tokens', () => {
  it('stores only the hash, resolves to the account until it expires, and can be revoked', async () => {
    const { run, clock } = txRunner(db.dataSource);
    const created = await run((ctx) => createStaff(ctx, 'liumin', 'supervisor'));
    if (!created.ok) throw new Error(created.reason);
    const { token, expiresAt } = await run((ctx) => issueToken(ctx, created.staff.id, 12));
    expect(expiresAt.getTime() - clock.now().getTime()).toBe(12 * 3_600_000);
    const rows = await db.dataSource.getRepository(StaffToken).findBy({ staffId: created.staff.id });
    expect(rows.map((r) => r.tokenHash)).toEqual([tokenHash(token)]);
    expect(rows[0].tokenHash).not.toBe(token);

    expect(await run((ctx) => staffForToken(ctx, token))).toMatchObject({ username: 'liumin', role: 'supervisor' });
    expect(await run((ctx) => staffForToken(ctx, `${token}x`))).toBeNull();
    clock.advance(12 * 60);
    expect(await run((ctx) => staffForToken(ctx, token))).toBeNull();

    clock.advance(-12 * 60);
    const second = await run((ctx) => issueToken(ctx, created.staff.id, 1));
    expect(await run((ctx) => revokeToken(ctx, second.token))).toBe(true);
    expect(await run((ctx) => staffForToken(ctx, second.token))).toBeNull();
  });
});
