import path from 'node:path';
import { Owner } from '../../entities';
import { createTestDb, type TestDb } from '../helpers/db';
import { runCliProcess } from './run-cli';

const fixture = (name: string) => path.join(__dirname, '../fixtures/import', name);

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.drop());

describe('npm run import', () => {
  it('prints exactly the summary line, and a second run imports nothing', async () => {
    const first = await runCliProcess('import', ['owners', fixture('owners-bom.csv')], db.url);
    expect(first).toMatchObject({ code: 0, stdout: 'imported 4, updated 0, rejected 0\n' });
    expect(await db.dataSource.getRepository(Owner).count()).toBe(4);
    const second = await runCliProcess('import', ['owners', fixture('owners-bom.csv')], db.url);
    expect(second).toMatchObject({ code: 0, stdout: 'imported 0, updated 0, rejected 0\n' });
  });

  it('lists bad rows by line on stderr and still exits 0', async () => {
    const run = await runCliProcess('import', ['bills', fixture('bills-bad-rows.csv')], db.url);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('imported 2, updated 0, rejected 7\n');
    expect(run.stderr).toMatch(/^line 3: .*燃气费/m);
    expect(run.stderr).toMatch(/^line 9: .*第2行/m);
  });

  it('fails with a clear message when nothing can be read', async () => {
    const missing = await runCliProcess('import', ['owners', fixture('no-such-file.csv')], db.url);
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('file not found');
    const headers = await runCliProcess('import', ['bills', fixture('bills-missing-headers.csv')], db.url);
    expect(headers.code).not.toBe(0);
    expect(headers.stderr).toContain('账期');
    const usage = await runCliProcess('import', ['tenants', fixture('owners.csv')], db.url);
    expect(usage.code).not.toBe(0);
    expect(usage.stderr).toContain('usage:');
  });
});
