import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Bill, Owner } from '../../entities';
import { startDesk, type TestDesk } from '../helpers/desk';
import { signIn, type SignedIn } from './staff-helpers';

const FIXTURES = path.join(__dirname, '../fixtures/import');

describe('importing ledgers from the console', () => {
  let t: TestDesk;
  let admin: SignedIn;
  let agent: SignedIn;
  beforeAll(async () => {
    t = await startDesk({ seed: false });
    admin = await signIn(t, 'import-admin', 'admin');
    agent = await signIn(t, 'import-agent', 'agent');
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (kind: string, filename: string, content: Buffer, token = admin.token) =>
    t.http
      .post(`/api/staff/imports/${kind}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/octet-stream')
      .set('X-Filename', encodeURIComponent(filename))
      .send(content);
  const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
  const counts = (body: { imported: number; updated: number; rejected: number }) => [body.imported, body.updated, body.rejected];

  it('imports a CSV saved with a BOM, then the same file again changes nothing', async () => {
    const first = await upload('owners', '业主名册.csv', fixture('owners-bom.csv'));
    expect(first.status).toBe(200);
    expect(first.body.filename).toBe('业主名册.csv');
    expect(counts(first.body)).toEqual([4, 0, 0]);
    const owners = await t.db.dataSource.getRepository(Owner).count();
    const again = await upload('owners', '业主名册.csv', fixture('owners-bom.csv'));
    expect(counts(again.body)).toEqual([0, 0, 0]);
    expect(await t.db.dataSource.getRepository(Owner).count()).toBe(owners);
  });

  it('imports a good CSV without BOM', async () => {
    const res = await upload('owners', 'owners.csv', fixture('owners.csv'));
    expect(counts(res.body)).toEqual([2, 0, 0]);
  });

  it('reports bad rows with their line numbers and reasons and imports the rest', async () => {
    const res = await upload('owners', 'owners-bad-rows.csv', fixture('owners-bad-rows.csv'));
    expect(res.status).toBe(200);
    expect(counts(res.body)).toEqual([0, 1, 5]);
    expect(res.body.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(res.body.errors[0].reason).toContain('姓名');
    expect(res.body.errors[4].reason).toContain('第2行');
  });

  it('imports bills from CSV and from XLSX the same way, idempotently', async () => {
    const csv = await upload('bills', 'bills.csv', fixture('bills.csv'));
    expect(csv.status).toBe(200);
    expect(csv.body.imported).toBeGreaterThan(0);
    const bills = await t.db.dataSource.getRepository(Bill).count();
    expect(counts((await upload('bills', 'bills.csv', fixture('bills.csv'))).body)).toEqual([0, 0, 0]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('账单');
    sheet.addRow(['楼栋', '单元', '房号', '费用类型', '账期', '应收', '实收', '到期日']);
    sheet.addRow(['3', '2', '501', '停车费', '2026-12', 300, 0, '2026-12-31']);
    sheet.addRow(['3', '2', '501', '燃气费', '2026-12', 10, 0, '2026-12-31']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const first = await upload('bills', 'bills.xlsx', xlsx);
    expect(counts(first.body)).toEqual([1, 0, 1]);
    expect(first.body.errors).toEqual([{ line: 3, reason: expect.stringContaining('费用类型') }]);
    expect(counts((await upload('bills', 'bills.xlsx', xlsx)).body)).toEqual([0, 0, 1]);
    expect(await t.db.dataSource.getRepository(Bill).count()).toBe(bills + 1);
  });

  it('refuses a file it cannot read as a whole with 422 and the reason', async () => {
    const res = await upload('bills', 'bills-missing-headers.csv', fixture('bills-missing-headers.csv'));
    expect([res.status, res.body.error.code]).toEqual([422, 'MISSING_HEADERS']);
    expect(res.body.error.message).toContain('missing column');
    const noName = await t.http.post('/api/staff/imports/owners').set('Authorization', `Bearer ${admin.token}`)
      .set('Content-Type', 'text/csv').send('楼栋,单元\n');
    expect(noName.body.error.code).toBe('FILENAME_REQUIRED');
    expect((await upload('tenants', 'x.csv', fixture('owners.csv'))).status).toBe(400);
  });

  it('is for admins only, and is audited under the admin', async () => {
    const res = await upload('owners', 'owners.csv', fixture('owners.csv'), agent.token);
    expect(res.status).toBe(403);
    const audit = await t.http.get('/api/staff/audit?action=ledger.imported').set('Authorization', `Bearer ${admin.token}`);
    expect(audit.body.items.length).toBeGreaterThan(0);
    expect(audit.body.items.every((a: { actorId: string }) => a.actorId === String(admin.id))).toBe(true);
  });
});
