import { ENTITIES, Unit } from '../../entities';
import { inTransaction } from '../../src/db/transaction';
import { arrearsFor } from '../../src/domain/billing/arrears';
import { formatYuan } from '../../src/domain/billing/money';
import { identityOf } from '../../src/domain/owners/binding';
import { verifyLogin } from '../../src/domain/staff/accounts';
import { systemClock } from '../../src/shared/clock';
import { silentLogger } from '../helpers/context';
import { createTestDb, type TestDb } from '../helpers/db';
import { runCliProcess, type CliRun } from './run-cli';

let db: TestDb;
let first: CliRun;

const run = <T>(fn: Parameters<typeof inTransaction<T>>[2]) =>
  inTransaction({ dataSource: db.dataSource, clock: systemClock, logger: silentLogger }, { type: 'bot', id: null }, fn);

async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const entity of ENTITIES) out[entity.name] = await db.dataSource.getRepository(entity).count();
  return out;
}

beforeAll(async () => {
  db = await createTestDb();
  first = await runCliProcess('seed', ['--demo'], db.url);
});
afterAll(() => db.drop());

describe('npm run seed -- --demo', () => {
  it('fills the estate and lists the bound senders and staff credentials', async () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/demo-owner-1\s+3-2-501/);
    expect(first.stdout).toMatch(/demo-owner-2\s+5-1-302/);
    const counts = await rowCounts();
    expect(counts.Unit).toBeGreaterThanOrEqual(10);
    expect(counts.MeetingRoom).toBe(5);
    expect(counts.StaffAccount).toBe(4);
    expect(await run((ctx) => identityOf(ctx, 'web', 'demo-owner-1'))).toMatchObject({ unitCode: '3-2-501', ownerName: '王建国' });
  });

  it('prints staff passwords that log in', async () => {
    const password = /^\s*supervisor\s+supervisor\s+password (\S+)/m.exec(first.stdout)?.[1];
    expect(await run((ctx) => verifyLogin(ctx, 'supervisor', password ?? ''))).toMatchObject({ role: 'supervisor' });
  });

  it("leaves 3-2-501 owing last month's 物业费 386.40 and 停车费 150.00, whatever today is", async () => {
    const unit = await db.dataSource.getRepository(Unit).findOneByOrFail({ code: '3-2-501' });
    const arrears = await run((ctx) => arrearsFor(ctx, unit.id, {}));
    expect(arrears.items.map((i) => [i.feeTypeName, formatYuan(i.outstanding)])).toEqual([
      ['物业费', '386.40'],
      ['停车费', '150.00'],
    ]);
    expect(arrears.items[0].period).toBe(arrears.items[1].period);
    expect(formatYuan(arrears.total)).toBe('536.40');
  });

  it('changes nothing the second time, says so and prints no credentials', async () => {
    const before = await rowCounts();
    const second = await runCliProcess('seed', ['--demo'], db.url);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('nothing changed');
    expect(second.stdout).not.toContain('shown once');
    expect(second.stdout).toMatch(/demo-owner-1\s+3-2-501/);
    expect(await rowCounts()).toEqual(before);
  });
});
