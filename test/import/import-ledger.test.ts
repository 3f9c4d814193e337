import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Bill, Owner, Payment, Unit } from '../../entities';
import { arrearsFor } from '../../src/domain/billing/arrears';
import { importLedger, type ImportResult } from '../../src/import';
import { silentLogger, txRunner } from '../helpers/context';
import { createTestDb, type TestDb } from '../helpers/db';

const FIXTURES = path.join(__dirname, '../fixtures/import');
const fixture = (name: string) => path.join(FIXTURES, name);

let db: TestDb;
let tmp: string;

function deps() {
  const { clock } = txRunner(db.dataSource);
  return { dataSource: db.dataSource, clock, logger: silentLogger };
}

function summary(r: ImportResult) {
  if (!r.ok) throw new Error(`import failed: ${r.message}`);
  return { imported: r.imported, updated: r.updated, rejected: r.rejected };
}

async function unitOwners(code: string) {
  const unit = await db.dataSource.getRepository(Unit).findOneByOrFail({ code });
  return { unit, owners: await db.dataSource.getRepository(Owner).find({ where: { unitId: unit.id }, order: { id: 'ASC' } }) };
}

beforeAll(async () => {
  db = await createTestDb();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'propdesk-import-'));
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('importing the owners ledger', () => {
  it('reads a CSV saved with a BOM and files owners under canonical unit codes', async () => {
    expect(summary(await importLedger(deps(), 'owners', fixture('owners-bom.csv')))).toEqual({ imported: 4, updated: 0, rejected: 0 });
    const { unit, owners } = await unitOwners('3-2-501');
    expect(owners.map((o) => [o.name, o.phone])).toEqual([['王建国', '13800005678']]);
    expect(unit.areaCenti).toBe(13800);
    expect((await unitOwners('5-1-302')).owners[0].phone).toBe('13800001234');
    expect((await unitOwners('A-1203')).unit.entrance).toBe('');
  });

  it('reads a CSV without BOM whose columns come in another order; known owners are left alone', async () => {
    expect(summary(await importLedger(deps(), 'owners', fixture('owners.csv')))).toEqual({ imported: 2, updated: 0, rejected: 0 });
    expect((await unitOwners('A-1501')).owners[0].phone).toBe('0755-86001501');
  });

  it('reads a CSV that Excel saved in GBK', async () => {
    expect(summary(await importLedger(deps(), 'owners', fixture('owners-gbk.csv')))).toEqual({ imported: 1, updated: 0, rejected: 0 });
    expect((await unitOwners('5-1-1502')).owners[0].name).toBe('黄强');
  });

  it('reports each bad row with its line number and imports the rest; a second run changes nothing', async () => {
    const first = await importLedger(deps(), 'owners', fixture('owners-bad-rows.csv'));
    if (!first.ok) throw new Error(first.message);
    // 3-2-501 王建国 is already on file; 1-1-101 张伟 too, but now with an area.
    expect(summary(first)).toEqual({ imported: 0, updated: 1, rejected: 5 });
    expect(first.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(first.errors[0].reason).toContain('姓名');
    expect(first.errors[1].reason).toContain('手机号');
    expect(first.errors[1].reason).not.toContain('99887');
    expect(first.errors[2].reason).toContain('楼栋');
    expect(first.errors[3].reason).toContain('面积');
    expect(first.errors[4].reason).toContain('第2行');
    expect((await unitOwners('1-1-101')).unit.areaCenti).toBe(8950);

    const again = await importLedger(deps(), 'owners', fixture('owners-bad-rows.csv'));
    expect(summary(again)).toEqual({ imported: 0, updated: 0, rejected: 5 });
  });

  it('counts a renamed owner (same unit and phone) as updated', async () => {
    const file = path.join(tmp, 'rename.csv');
    fs.writeFileSync(file, '楼栋,单元,房号,姓名,手机号\n3,2,501,王建国先生,13800005678\n');
    expect(summary(await importLedger(deps(), 'owners', file))).toEqual({ imported: 0, updated: 1, rejected: 0 });
    expect((await unitOwners('3-2-501')).owners.map((o) => o.name)).toEqual(['王建国先生']);
  });
});

describe('importing the bills ledger', () => {
  it('imports bills with the periods and amounts owners will be told, and records what was paid', async () => {
    expect(summary(await importLedger(deps(), 'bills', fixture('bills.csv')))).toEqual({ imported: 6, updated: 0, rejected: 0 });
    const { unit } = await unitOwners('3-2-501');
    const { run } = txRunner(db.dataSource);
    const arrears = await run((ctx) => arrearsFor(ctx, unit.id, {}));
    expect(arrears.items.map((i) => [i.periodLabel, i.feeTypeName, i.outstanding, i.daysOverdue])).toEqual([
      ['2026年10月', '物业费', 38640, 23],
      ['2026年10月', '停车费', 15000, 0],
    ]);
    expect(arrears.total).toBe(53640);
    const bills = db.dataSource.getRepository(Bill);
    expect(await bills.findOneBy({ period: '2026Q4', feeType: 'property' })).toMatchObject({ amountDue: 81060, amountPaid: 20000, dueDate: '2026-10-15' });
    expect(await bills.findOneBy({ period: '2026', feeType: 'electricity' })).toMatchObject({ amountDue: 120000, amountPaid: 0 });
    expect(await db.dataSource.getRepository(Payment).countBy({ unitId: unit.id })).toBe(2);
  });

  it('changes nothing when the same file is imported again', async () => {
    const payments = await db.dataSource.getRepository(Payment).count();
    expect(summary(await importLedger(deps(), 'bills', fixture('bills.csv')))).toEqual({ imported: 0, updated: 0, rejected: 0 });
    expect(await db.dataSource.getRepository(Payment).count()).toBe(payments);
  });

  it('counts a changed amount as updated and records the new payment', async () => {
    const text = fs.readFileSync(fixture('bills.csv'), 'utf8').replace('3,2,501,物业费,2026-10,386.40,0,', '3,2,501,物业费,2026-10,386.40,386.40,');
    const file = path.join(tmp, 'bills-paid.csv');
    fs.writeFileSync(file, text);
    expect(summary(await importLedger(deps(), 'bills', file))).toEqual({ imported: 0, updated: 1, rejected: 0 });
    const { unit } = await unitOwners('3-2-501');
    const { run } = txRunner(db.dataSource);
    expect((await run((ctx) => arrearsFor(ctx, unit.id, { feeType: 'property' }))).total).toBe(0);
    const latest = await db.dataSource.getRepository(Payment).find({ where: { unitId: unit.id }, order: { id: 'DESC' }, take: 1 });
    expect(latest[0].amount).toBe(38640);
  });

  it('reports bad rows by line with the reason, imports the rest, and rejects them again on re-import', async () => {
    const first = await importLedger(deps(), 'bills', fixture('bills-bad-rows.csv'));
    if (!first.ok) throw new Error(first.message);
    expect(first.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const reasons = first.errors.map((e) => e.reason);
    expect(reasons[0]).toContain('燃气费');
    expect(reasons[1]).toContain('账期');
    expect(reasons[2]).toContain('12.345');
    expect(reasons[3]).toMatch(/实收.*大于应收/);
    expect(reasons[4]).toContain('2026-02-30');
    expect(reasons[5]).toContain('应收');
    expect(reasons[6]).toContain('第2行');
    // Line 2 is 3-2-501's October 物业费, now back to unpaid in this file (a correction): updated.
    expect(summary(first)).toEqual({ imported: 1, updated: 1, rejected: 7 });
    expect(summary(await importLedger(deps(), 'bills', fixture('bills-bad-rows.csv')))).toEqual({ imported: 0, updated: 0, rejected: 7 });
  });

  it('reads an .xlsx workbook: date cells, numeric amounts, bracketed headers, blank rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('账单');
    ws.addRow(['到期日', '费用类型', '楼栋', '单元', '房号', '账期', '应收(元)', '实收(元)']);
    ws.addRow([new Date(Date.UTC(2026, 11, 15)), '水费', 3, 2, 501, '2026-11', 48.2, 0]);
    ws.addRow([]);
    ws.addRow(['2026-12-31', '电费', 'A', null, 1203, '2026-11', 1234.5, 1234.5]);
    ws.addRow(['2026-12-31', '停车费', 'A', null, 1203, '2026-11', 300, 'abc']);
    const file = path.join(tmp, 'bills.xlsx');
    await wb.xlsx.writeFile(file);

    const result = await importLedger(deps(), 'bills', file);
    if (!result.ok) throw new Error(result.message);
    expect(summary(result)).toEqual({ imported: 2, updated: 0, rejected: 1 });
    expect(result.errors).toEqual([{ line: 5, reason: expect.stringContaining('实收') }]);
    const bills = db.dataSource.getRepository(Bill);
    expect(await bills.findOneBy({ period: '2026-11', feeType: 'water' })).toMatchObject({ amountDue: 4820, dueDate: '2026-12-15' });
    expect(await bills.findOneBy({ period: '2026-11', feeType: 'electricity' })).toMatchObject({ amountDue: 123450, amountPaid: 123450 });

    // The console hands over an upload as a buffer: same result, nothing new.
    const again = await importLedger(deps(), 'bills', { buffer: fs.readFileSync(file), filename: 'upload.xlsx' });
    expect(summary(again)).toEqual({ imported: 0, updated: 0, rejected: 1 });
  });
});

describe('files that cannot be read at all', () => {
  it('names missing headers', async () => {
    const r = await importLedger(deps(), 'bills', fixture('bills-missing-headers.csv'));
    expect(r).toEqual({ ok: false, reason: 'MISSING_HEADERS', message: expect.stringContaining('账期') });
  });

  it('says when the file is missing, empty, old .xls or not a workbook', async () => {
    expect(await importLedger(deps(), 'owners', path.join(tmp, 'nope.csv'))).toMatchObject({ ok: false, reason: 'FILE_NOT_FOUND' });
    fs.writeFileSync(path.join(tmp, 'empty.csv'), '\n\n');
    expect(await importLedger(deps(), 'owners', path.join(tmp, 'empty.csv'))).toMatchObject({ ok: false, reason: 'EMPTY' });
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await importLedger(deps(), 'owners', { buffer: ole, filename: 'owners.xls' })).toMatchObject({ ok: false, reason: 'UNSUPPORTED_FORMAT' });
    expect(await importLedger(deps(), 'owners', { buffer: Buffer.from('not a zip'), filename: 'owners.xlsx' })).toMatchObject({ ok: false, reason: 'UNREADABLE' });
  });
});
