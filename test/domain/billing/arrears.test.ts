import { arrearsFor, recentPayments } from '../../../src/domain/billing/arrears';
import { upsertBill } from '../../../src/domain/billing/bills';
import { formatYuan, parseYuan } from '../../../src/domain/billing/money';
import { parseUnitCode } from '../../../src/domain/owners/unit-code';
import { findOrCreateUnit } from '../../../src/domain/owners/units';
import { feeTypeName, formatPeriod, normalizePeriod } from '../../../src/domain/rules/fees';
import { txRunner } from '../../helpers/context';
import { createTestDb, type TestDb } from '../../helpers/db';

let db: TestDb;
let mine: number;
let neighbour: number;

beforeAll(async () => {
  db = await createTestDb();
  const { run } = txRunner(db.dataSource);
  await run(async (ctx) => {
    mine = (await findOrCreateUnit(ctx, parseUnitCode('3-2-501')!)).id;
    neighbour = (await findOrCreateUnit(ctx, parseUnitCode('3-2-502')!)).id;
    const bill = (unitId: number, feeType: 'property' | 'water' | 'electricity' | 'parking', period: string, due: number, paid: number, dueDate: string) =>
      upsertBill(ctx, unitId, { feeType, period, amountDue: due, amountPaid: paid, dueDate });
    await bill(mine, 'parking', '2026-10', 15000, 0, '2026-11-30');
    await bill(mine, 'property', '2026-10', 38640, 0, '2026-10-31');
    await bill(mine, 'property', '2026-09', 38640, 38640, '2026-09-30');
    await bill(mine, 'water', '2026-10', 4560, 2000, '2026-11-15');
    await bill(mine, 'electricity', '2026Q3', 90000, 90000, '2026-10-15');
    await bill(neighbour, 'property', '2026-10', 99999, 0, '2026-10-31');
    await bill(neighbour, 'water', '2026-08', 1234, 0, '2026-09-15');
  });
});
afterAll(() => db.drop());

describe('what a unit owes', () => {
  it('lists each unpaid bill oldest first with its outstanding amount and days overdue, and the total', async () => {
    const { run } = txRunner(db.dataSource);
    const arrears = await run((ctx) => arrearsFor(ctx, mine, { today: '2026-11-23' }));
    expect(arrears.items.map((i) => [i.periodLabel, i.feeTypeName, formatYuan(i.outstanding), i.daysOverdue])).toEqual([
      ['2026年10月', '物业费', '386.40', 23],
      ['2026年10月', '水费', '25.60', 8],
      ['2026年10月', '停车费', '150.00', 0],
    ]);
    expect(formatYuan(arrears.total)).toBe('562.00');
  });

  it('narrows to one fee type when asked', async () => {
    const { run } = txRunner(db.dataSource);
    const property = await run((ctx) => arrearsFor(ctx, mine, { feeType: 'property' }));
    expect(property.items.map((i) => i.feeTypeName)).toEqual(['物业费']);
    expect(property.total).toBe(38640);
    const all = await run((ctx) => arrearsFor(ctx, mine, { feeType: 'all' }));
    expect(all.items).toHaveLength(3);
  });

  it("never includes another unit's bills", async () => {
    const { run } = txRunner(db.dataSource);
    const arrears = await run((ctx) => arrearsFor(ctx, mine, {}));
    expect(arrears.items.some((i) => i.outstanding === 99999 || i.outstanding === 1234)).toBe(false);
    const theirs = await run((ctx) => arrearsFor(ctx, neighbour, {}));
    expect(theirs.total).toBe(99999 + 1234);
  });

  it('shows a fully paid unit owing nothing', async () => {
    const { run } = txRunner(db.dataSource);
    const other = await run(async (ctx) => (await findOrCreateUnit(ctx, parseUnitCode('1-1-101')!)).id);
    expect(await run((ctx) => arrearsFor(ctx, other, {}))).toEqual({ items: [], total: 0 });
  });

  it('lists recent payments newest first, for that unit only', async () => {
    const { run, clock } = txRunner(db.dataSource);
    clock.advance(60);
    await run((ctx) => upsertBill(ctx, mine, { feeType: 'water', period: '2026-10', amountDue: 4560, amountPaid: 4560, dueDate: '2026-11-15' }));
    const payments = await run((ctx) => recentPayments(ctx, mine, 2));
    // The newest is the rest of October's water bill (实收 went from 20.00 to 45.60).
    expect(payments).toHaveLength(2);
    expect([payments[0].periodLabel, payments[0].feeTypeName, formatYuan(payments[0].amount)]).toEqual(['2026年10月', '水费', '25.60']);
    expect(payments[1].paidAt.getTime()).toBeLessThan(payments[0].paidAt.getTime());
    expect(await run((ctx) => recentPayments(ctx, neighbour, 10))).toEqual([]);
  });
});

describe('how money, fees and periods read', () => {
  it('formats fen as yuan with two decimals', () => {
    expect(formatYuan(38640)).toBe('386.40');
    expect(formatYuan(15000)).toBe('150.00');
    expect(formatYuan(5)).toBe('0.05');
  });

  it('reads ledger amounts exactly, refusing more than two decimals', () => {
    expect(parseYuan('386.4')).toBe(38640);
    expect(parseYuan('1,234.50')).toBe(123450);
    expect(parseYuan('¥150')).toBe(15000);
    expect(parseYuan('12.345')).toBeUndefined();
    expect(parseYuan('-5')).toBeUndefined();
  });

  it('names fee types and periods in Chinese', () => {
    expect(['property', 'water', 'electricity', 'parking'].map((t) => feeTypeName(t as 'property'))).toEqual(['物业费', '水费', '电费', '停车费']);
    expect(formatPeriod('2026-10')).toBe('2026年10月');
    expect(formatPeriod('2026Q4')).toBe('2026年第4季度');
    expect(formatPeriod('2026')).toBe('2026年度');
    expect(['2026/11', '2026年11月', '2026-q4', '2026年第4季度', '2026年', '2026-11-01'].map(normalizePeriod)).toEqual([
      '2026-11', '2026-11', '2026Q4', '2026Q4', '2026', '2026-11',
    ]);
    expect(normalizePeriod('2026-13')).toBeUndefined();
  });
});
