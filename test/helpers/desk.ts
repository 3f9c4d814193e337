import request from 'supertest';
import { createPropDesk, type PropDesk } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import { FixedClock } from '../../src/shared/clock';
import { seedDemo } from '../../src/seed/seed-demo';
import { silentLogger } from './context';
import { createTestDb, type TestDb } from './db';

export const STAFF_TOKEN = 'test-staff-token-0123456789abcdef';
/** "Now" in the scenarios: Monday 2026-11-23 10:00 in Asia/Shanghai. */
export const SCENARIO_NOW = new Date('2026-11-23T10:00:00+08:00');

export interface TestDesk {
  db: TestDb;
  desk: PropDesk;
  clock: FixedClock;
  http: ReturnType<typeof request>;
  /** Sends one owner message over the web chat API and returns the reply texts joined by newlines. */
  say(from: string, text: string, msgId?: string): Promise<string>;
  /** Messages pushed to the owner later (staff replies, surveys) since the last call for that owner. */
  inbox(from: string): Promise<string[]>;
  staff(method: 'get' | 'post', path: string, body?: object): Promise<request.Response>;
  close(): Promise<void>;
}

/** A whole PropDesk (real database, real HTTP through supertest) at a fixed time, optionally seeded. */
export async function startDesk(opts: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestDesk> {
  const db = await createTestDb();
  const clock = new FixedClock(SCENARIO_NOW);
  const config = loadConfig({ NODE_ENV: 'test', DB_URL: db.url, STAFF_TOKEN, ...opts.env });
  const desk = await createPropDesk(config, { clock, logger: silentLogger, dataSource: db.dataSource });
  if (opts.seed !== false) await seedDemo(desk.deps);
  const http = request(desk.app.callback());
  const cursors = new Map<string, string>();
  return {
    db, desk, clock, http,
    async say(from, text, msgId) {
      const res = await http.post('/api/chat/messages').send({ from, text, ...(msgId ? { msgId } : {}) });
      if (res.status !== 200) throw new Error(`chat ${res.status}: ${JSON.stringify(res.body)}`);
      return (res.body.replies as { text: string }[]).map((r) => r.text).join('\n');
    },
    async inbox(from) {
      const res = await http.get('/api/chat/messages').query({ from, after: cursors.get(from) ?? '0' });
      cursors.set(from, res.body.cursor);
      return (res.body.messages as { text: string }[]).map((m) => m.text);
    },
    staff(method, path, body) {
      const req = http[method](path).set('Authorization', `Bearer ${STAFF_TOKEN}`);
      return body ? req.send(body) : req;
    },
    async close() {
      await desk.close();
      await db.drop();
    },
  };
}

/**
 * Gives the enclosing describe block its own PropDesk, closed after its tests:
 * `let t: TestDesk; useDesk((desk) => (t = desk));`
 */
export function useDesk(onReady: (desk: TestDesk) => void, opts: Parameters<typeof startDesk>[0] = {}): void {
  let desk: TestDesk | undefined;
  beforeAll(async () => {
    desk = await startDesk(opts);
    onReady(desk);
  });
  afterAll(async () => {
    await desk?.close();
  });
}
