import { AuditLog, BindingAttempt } from '../../../entities';
import { bindSender, identityOf, unbind, UNIT_UNDER_ATTACK, type BindingLimits } from '../../../src/domain/owners/binding';
import { upsertOwner } from '../../../src/domain/owners/owners';
import { parseUnitCode } from '../../../src/domain/owners/unit-code';
import { findOrCreateUnit } from '../../../src/domain/owners/units';
import { FixedClock } from '../../../src/shared/clock';
import { txRunner } from '../../helpers/context';
import { createTestDb, type TestDb } from '../../helpers/db';

const LIMITS: BindingLimits = { maxFailuresPerSender: 3, maxFailuresPerUnit: 5, windowMinutes: 60 };

let db: TestDb;

beforeAll(async () => {
  db = await createTestDb();
  const { run } = txRunner(db.dataSource);
  await run(async (ctx) => {
    for (const [code, name, phone] of [
      ['3-2-501', '王建国', '13800005678'],
      ['3-2-501', '林慧', '13900002468'],
      ['5-1-302', '李秀英', '13800001234'],
      ['1-1-101', '张伟', '13800000101'],
      ['A-1203', '周明', '0755-86001203'],
    ]) {
      const unit = await findOrCreateUnit(ctx, parseUnitCode(code)!);
      await upsertOwner(ctx, unit, { name, phone });
    }
  });
});
afterAll(() => db.drop());

/** Each test runs on its own day so failure windows never overlap. */
function onDay(day: number) {
  return txRunner(db.dataSource, new FixedClock(new Date(`2026-11-${String(day).padStart(2, '0')}T10:00:00+08:00`)));
}

const attempt = (senderId: string, unitCode: string, phoneLast4: string) => ({ channel: 'web', senderId, unitCode, phoneLast4 });

describe('binding a chat sender to a unit', () => {
  it('binds with the unit and the last four digits of an owner on file, and remembers it', async () => {
    const { run } = onDay(1);
    const result = await run((ctx) => bindSender(ctx, attempt('s-ok', '3栋2单元501', '5678'), LIMITS));
    expect(result).toEqual({ ok: true, ownerId: expect.any(Number), ownerName: '王建国', unitId: expect.any(Number), unitCode: '3-2-501' });
    const identity = await run((ctx) => identityOf(ctx, 'web', 's-ok'));
    expect(identity).toMatchObject({ ownerName: '王建国', unitCode: '3-2-501' });
    const audits = await db.dataSource.getRepository(AuditLog).findBy({ action: 'owner.bound' });
    expect(audits.length).toBeGreaterThanOrEqual(1);
  });

  it('recognises the second owner of a unit and landline numbers', async () => {
    const { run } = onDay(2);
    expect(await run((ctx) => bindSender(ctx, attempt('s-2', '3-2-501', '2468'), LIMITS))).toMatchObject({ ok: true, ownerName: '林慧' });
    expect(await run((ctx) => bindSender(ctx, attempt('s-3', 'A-1203', '1203'), LIMITS))).toMatchObject({ ok: true, unitCode: 'A-1203' });
  });

  it('answers a wrong phone, an unknown unit and gibberish identically', async () => {
    const { run } = onDay(3);
    const wrongPhone = await run((ctx) => bindSender(ctx, attempt('s-a', '3-2-501', '0000'), LIMITS));
    const noSuchUnit = await run((ctx) => bindSender(ctx, attempt('s-b', '9-9-999', '5678'), LIMITS));
    const gibberish = await run((ctx) => bindSender(ctx, attempt('s-c', '我家', '56'), LIMITS));
    expect(wrongPhone).toEqual({ ok: false, reason: 'NOT_MATCHED' });
    expect(noSuchUnit).toEqual(wrongPhone);
    expect(gibberish).toEqual(wrongPhone);
    expect(await run((ctx) => identityOf(ctx, 'web', 's-a'))).toBeNull();
  });

  it('locks a sender out after too many failures, without checking, until the window passes', async () => {
    const { run, clock } = onDay(4);
    const firstFailureAt = clock.now();
    for (let i = 0; i < LIMITS.maxFailuresPerSender; i++) {
      expect(await run((ctx) => bindSender(ctx, attempt('s-guess', '1-1-101', String(1000 + i)), LIMITS))).toMatchObject({ reason: 'NOT_MATCHED' });
      clock.advance(1);
    }
    // Even the right answer is refused while locked, and the refusal does not extend the lock.
    const locked = await run((ctx) => bindSender(ctx, attempt('s-guess', '1-1-101', '0101'), LIMITS));
    expect(locked).toEqual({ ok: false, reason: 'LOCKED', until: new Date(firstFailureAt.getTime() + 60 * 60_000) });
    // Another sender is not affected.
    expect(await run((ctx) => bindSender(ctx, attempt('s-other', '1-1-101', '0101'), LIMITS))).toMatchObject({ ok: true });
    clock.set(new Date(firstFailureAt.getTime() + 60 * 60_000));
    expect(await run((ctx) => bindSender(ctx, attempt('s-guess', '1-1-101', '0101'), LIMITS))).toMatchObject({ ok: true, ownerName: '张伟' });
  });

  it('locks a unit under attack for every sender and tells staff exactly once per window', async () => {
    const { run, clock, published } = onDay(5);
    for (let i = 0; i < LIMITS.maxFailuresPerUnit; i++) {
      await run((ctx) => bindSender(ctx, attempt(`attacker-${i}`, '5-1-302', String(2000 + i)), LIMITS));
      clock.advance(1);
    }
    const alerts = () => published.filter((e) => e.type === UNIT_UNDER_ATTACK);
    expect(alerts()).toHaveLength(1);
    expect(alerts()[0].payload).toMatchObject({ unitCode: '5-1-302', failures: LIMITS.maxFailuresPerUnit });

    // The real owner, from a fresh sender, must wait too; more attempts raise no new alert.
    expect(await run((ctx) => bindSender(ctx, attempt('real-owner', '5-1-302', '1234'), LIMITS))).toMatchObject({ ok: false, reason: 'LOCKED' });
    for (let i = 0; i < 3; i++) await run((ctx) => bindSender(ctx, attempt(`attacker-x${i}`, '5-1-302', '9999'), LIMITS));
    expect(alerts()).toHaveLength(1);
    expect(await db.dataSource.getRepository(AuditLog).countBy({ action: 'binding.unit_locked' })).toBe(1);

    // Once the window has passed the owner gets in; a new wave of failures is reported again.
    clock.advance(60);
    expect(await run((ctx) => bindSender(ctx, attempt('real-owner', '5-1-302', '1234'), LIMITS))).toMatchObject({ ok: true });
    clock.advance(60);
    for (let i = 0; i < LIMITS.maxFailuresPerUnit; i++) await run((ctx) => bindSender(ctx, attempt(`wave2-${i}`, '5-1-302', '0000'), LIMITS));
    expect(alerts()).toHaveLength(2);
  });

  it('locks an unknown unit the same way, so lockouts reveal nothing about which units exist', async () => {
    const { run } = onDay(6);
    for (let i = 0; i < LIMITS.maxFailuresPerUnit; i++) await run((ctx) => bindSender(ctx, attempt(`probe-${i}`, '8-8-808', '1111'), LIMITS));
    expect(await run((ctx) => bindSender(ctx, attempt('probe-last', '8-8-808', '1111'), LIMITS))).toMatchObject({ reason: 'LOCKED' });
    // Locked attempts are not even recorded.
    expect(await db.dataSource.getRepository(BindingAttempt).countBy({ unitCode: '8-8-808' })).toBe(LIMITS.maxFailuresPerUnit);
  });

  it('forgets a binding on unbind', async () => {
    const { run } = onDay(7);
    await run((ctx) => bindSender(ctx, attempt('s-leaving', '3-2-501', '5678'), LIMITS));
    expect(await run((ctx) => unbind(ctx, 'web', 's-leaving'))).toBe(true);
    expect(await run((ctx) => identityOf(ctx, 'web', 's-leaving'))).toBeNull();
    expect(await run((ctx) => unbind(ctx, 'web', 's-leaving'))).toBe(false);
  });
});
