import { inTransaction } from '../../src/db/transaction';
import { verifyLogin } from '../../src/domain/staff/accounts';
import { systemClock } from '../../src/shared/clock';
import { silentLogger } from '../helpers/context';
import { createTestDb, type TestDb } from '../helpers/db';
import { runCliProcess } from './run-cli';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.drop());

const login = (username: string, password: string) =>
  inTransaction({ dataSource: db.dataSource, clock: systemClock, logger: silentLogger }, { type: 'bot', id: null }, (ctx) =>
    verifyLogin(ctx, username, password),
  );

describe('npm run staff -- add', () => {
  it('prints a one-time password that logs in', async () => {
    const run = await runCliProcess('staff', ['add', 'xiaowang', 'agent'], db.url);
    expect(run.code).toBe(0);
    const password = /one-time password: (\S+)/.exec(run.stdout)?.[1];
    expect(password).toBeDefined();
    expect(await login('xiaowang', password!)).toMatchObject({ username: 'xiaowang', role: 'agent' });
    expect(run.stderr).not.toContain(password!);
  });

  it('refuses an existing user and an unknown role with a clear message', async () => {
    const again = await runCliProcess('staff', ['add', 'xiaowang', 'admin'], db.url);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('already exists');
    expect(again.stdout).toBe('');
    const badRole = await runCliProcess('staff', ['add', 'laozhang', 'boss'], db.url);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toContain('agent, supervisor, engineer, admin');
  });
});
