import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** Starts the real service the way `npm start` does, on an empty SQLite file and a free port. */
function startService(dbFile: string) {
  const child = spawn(TSX, [path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, DB_URL: `sqlite:${dbFile}`, PORT: '0', STAFF_TOKEN: '', NODE_ENV: 'development', LOG_LEVEL: 'info' },
  });
  let output = '';
  const port = new Promise<number>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d;
      const m = output.match(/listening on http:\/\/localhost:(\d+)/);
      if (m) resolve(Number(m[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, exited, output: () => output };
}

describe('npm start', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'propdesk-start-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates its database, answers health and chat, prints a first-start staff token once, and stops cleanly on SIGTERM', async () => {
    const dbFile = path.join(dir, 'nested', 'desk.sqlite');
    const first = startService(dbFile);
    const port = await first.port;
    expect(fs.existsSync(dbFile)).toBe(true);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const chat = await fetch(`http://127.0.0.1:${port}/api/chat/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: 'start-test', text: '你好' }),
    });
    expect(((await chat.json()) as { replies: { text: string }[] }).replies[0].text).toContain('您好');
    const token = first.output().match(/staff administrator token[^\n]*\n\s+(\S+)/)?.[1];
    expect(token).toBeDefined();
    const staff = await fetch(`http://127.0.0.1:${port}/api/staff/escalations`, { headers: { authorization: `Bearer ${token}` } });
    expect(staff.status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped');

    const second = startService(dbFile);
    await second.port;
    expect(second.output()).not.toContain('staff administrator token');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 60_000);
});
