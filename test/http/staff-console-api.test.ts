import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { StaffLoginFailure } from '../../entities';
import { LOGIN_LIMITS } from '../../src/http/login-throttle';
import { startDesk, useDesk, type TestDesk } from '../helpers/desk';
import { call, signIn, type SignedIn } from './staff-helpers';

const XSS = '<img src=x onerror=alert(1)>';
const CONSOLE_DIR = path.resolve(__dirname, '../../src/console');

function consoleFiles(dir = CONSOLE_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? consoleFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

describe('the console and its API', () => {
  let t: TestDesk;
  let agent: SignedIn;
  let supervisor: SignedIn;
  beforeAll(async () => {
    // Behind a reverse proxy, the client address comes from X-Forwarded-For.
    t = await startDesk({ env: { TRUST_PROXY: '1' } });
    agent = await signIn(t, 'api-agent', 'agent', '客服 小周');
    supervisor = await signIn(t, 'api-supervisor', 'supervisor');
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the console with a strict CSP, no sniffing and no framing', async () => {
    expect((await t.http.get('/console')).status).toBe(302);
    const page = await t.http.get('/console/');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html');
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const script = await t.http.get('/console/js/app.js');
    expect([script.status, script.type]).toEqual([200, 'text/javascript']);
    expect((await t.http.get('/console/../package.json')).status).toBe(404);
    expect((await t.http.get('/console/js/nope.js')).status).toBe(404);
    const api = await t.http.get('/api/staff/me');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never builds markup from data in the console code, and has no inline script', () => {
    for (const file of consoleFiles()) {
      const code = fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      expect([file, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/.test(code)]).toEqual([file, false]);
      if (file.endsWith('.html')) {
        expect(code).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
        expect(code).not.toMatch(/\son[a-z]+=/i);
        expect(code).not.toMatch(/style=/);
      }
    }
  });

  it('hands owner-written text to the console as JSON data, exactly as written', async () => {
    await t.say('xss-owner', XSS);
    await t.say('xss-owner', '转人工');
    const list = await call(t, agent.token, 'get', '/api/staff/escalations?status=open');
    expect(list.type).toBe('application/json');
    const item = list.body.items.find((i: { ownerFrom: string }) => i.ownerFrom === 'xss-owner');
    const view = await call(t, agent.token, 'get', `/api/staff/escalations/${item.id}`);
    expect(view.type).toBe('application/json');
    expect(view.body.transcript.map((m: { text: string }) => m.text)).toContain(XSS);
  });

  it('shows the whole case: transcript with private notes marked, owner, unit, open tickets and arrears', async () => {
    // demo-owner-1 is bound to 3-2-501, which has unpaid bills in the demo estate.
    await t.say('demo-owner-1', '卫生间水龙头漏水');
    await t.say('demo-owner-1', '明天上午');
    await t.say('demo-owner-1', '确认');
    await t.say('demo-owner-1', '转人工');
    const list = await call(t, agent.token, 'get', '/api/staff/escalations?status=open');
    const item = list.body.items.find((i: { ownerFrom: string }) => i.ownerFrom === 'demo-owner-1');
    expect((await call(t, agent.token, 'post', `/api/staff/escalations/${item.id}/claim`, {})).status).toBe(200);
    expect((await call(t, agent.token, 'post', `/api/staff/escalations/${item.id}/notes`, { text: '已电话联系' })).status).toBe(200);
    expect((await call(t, agent.token, 'post', `/api/staff/escalations/${item.id}/reply`, { text: '师傅明早到' })).status).toBe(200);
    expect(await t.inbox('demo-owner-1')).toEqual(['师傅明早到']);

    const view = (await call(t, agent.token, 'get', `/api/staff/escalations/${item.id}`)).body;
    expect(view).toMatchObject({ status: 'claimed', claimedBy: agent.id, claimedByName: '客服 小周', unit: { code: '3-2-501' } });
    expect(view.owner.name).toBe('王建国');
    expect(view.owner.phone).toBe('138****5678');
    expect(view.arrears.total).toBeGreaterThan(0);
    expect(view.openTickets.some((tk: { description: string }) => tk.description.includes('水龙头'))).toBe(true);
    const authors = view.transcript.map((m: { author: string; private: boolean }) => (m.private ? 'note' : m.author));
    expect(authors).toEqual(expect.arrayContaining(['owner', 'bot', 'staff', 'note']));
    const note = view.transcript.find((m: { private: boolean }) => m.private);
    expect(note).toMatchObject({ text: '已电话联系', staffName: '客服 小周' });
  });

  it('keeps canned replies as data that supervisors edit and agents read', async () => {
    const created = await call(t, supervisor.token, 'post', '/api/staff/canned-replies', { title: '问候', text: '您好，请问有什么可以帮您？' });
    expect(created.status).toBe(201);
    expect((await call(t, agent.token, 'post', '/api/staff/canned-replies', { title: 'x', text: 'y' })).status).toBe(403);
    const edited = await call(t, supervisor.token, 'put', `/api/staff/canned-replies/${created.body.id}`, { title: '问候', text: '您好！' });
    expect(edited.body.text).toBe('您好！');
    expect((await call(t, agent.token, 'get', '/api/staff/canned-replies')).body.items).toEqual([expect.objectContaining({ title: '问候', text: '您好！' })]);
    expect((await call(t, supervisor.token, 'delete', `/api/staff/canned-replies/${created.body.id}`)).status).toBe(200);
    expect((await call(t, agent.token, 'get', '/api/staff/canned-replies')).body.items).toEqual([]);
  });

  it('drafts and schedules announcements without sending them', async () => {
    const draft = await call(t, supervisor.token, 'post', '/api/staff/announcements', {
      title: '停水通知', body: '11月25日9:00-12:00 3栋停水', audience: { type: 'buildings', buildings: ['3'] },
      scheduledAt: '2026-11-24T18:00:00+08:00',
    });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'scheduled', sentAt: null, audience: { type: 'buildings', buildings: ['3'] } });
    const past = await call(t, supervisor.token, 'post', '/api/staff/announcements', {
      title: 'x', body: 'y', audience: { type: 'all' }, scheduledAt: '2026-11-01T09:00:00+08:00',
    });
    expect(past.body.error.code).toBe('SCHEDULED_IN_PAST');
    const cancelled = await call(t, supervisor.token, 'post', `/api/staff/announcements/${draft.body.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    const edit = await call(t, supervisor.token, 'put', `/api/staff/announcements/${draft.body.id}`, { title: 'x', body: 'y', audience: { type: 'all' } });
    expect(edit.body.error.code).toBe('NOT_EDITABLE');
  });

  it('closes login after 5 failures per username for 15 minutes with 429 and a reason', async () => {
    const victim = await signIn(t, 'throttle-victim', 'agent');
    for (let i = 0; i < LOGIN_LIMITS.maxFailuresPerUsername; i++) {
      expect((await t.http.post('/api/staff/login').send({ username: victim.username, password: 'wrong' })).status).toBe(401);
    }
    const blocked = await t.http.post('/api/staff/login').send({ username: victim.username, password: victim.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(blocked.body.error.message).toContain('this account');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(LOGIN_LIMITS.windowMinutes + 1);
    expect((await t.http.post('/api/staff/login').send({ username: victim.username, password: victim.password })).status).toBe(200);
    const audit = await call(t, supervisor.token, 'get', '/api/staff/audit?action=staff.login_failed&targetId=throttle-victim');
    expect(audit.body.items).toHaveLength(LOGIN_LIMITS.maxFailuresPerUsername);
  });

  it('closes login per client address too, leaving other addresses alone', async () => {
    await t.db.dataSource.getRepository(StaffLoginFailure).clear();
    const from = (ip: string, username: string, password = 'wrong') =>
      t.http.post('/api/staff/login').set('X-Forwarded-For', ip).send({ username, password });
    for (let i = 0; i < LOGIN_LIMITS.maxFailuresPerAddress; i++) expect((await from('203.0.113.9', `guess-${i}`)).status).toBe(401);
    const blocked = await from('203.0.113.9', agent.username, agent.password);
    expect([blocked.status, blocked.body.error.message]).toEqual([429, expect.stringContaining('this address')]);
    expect((await from('203.0.113.10', agent.username, agent.password)).status).toBe(200);
  });

  it('streams live events to signed-in staff only; engineers hear nothing of conversations', async () => {
    const server = t.desk.app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as AddressInfo).port;
    const engineer = await signIn(t, 'sse-engineer', 'engineer');
    const open = (token: string | null) =>
      new Promise<{ status: number; type?: string; chunks: string[]; req: http.ClientRequest }>((resolve) => {
        const chunks: string[] = [];
        const req = http.get({ port, host: '127.0.0.1', path: '/api/staff/events', headers: token ? { Authorization: `Bearer ${token}` } : {} }, (res) => {
          res.setEncoding('utf8');
          res.on('data', (c: string) => chunks.push(c));
          resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], chunks, req });
        });
      });
    try {
      expect((await open(null)).status).toBe(401);
      const desk = await open(agent.token);
      const eng = await open(engineer.token);
      expect([desk.status, desk.type]).toEqual([200, 'text/event-stream; charset=utf-8']);
      await t.say('sse-owner', '转人工');
      const deadline = Date.now() + 5000;
      while (!desk.chunks.join('').includes('escalation.created') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(desk.chunks.join('')).toContain('event: escalation.created');
      expect(eng.chunks.join('')).toContain('event: ready');
      expect(eng.chunks.join('')).not.toContain('escalation');
      desk.req.destroy();
      eng.req.destroy();
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('login throttling without a trusted proxy', () => {
  let t: TestDesk;
  useDesk((desk) => (t = desk), { seed: false });

  it('does not let a client dodge the per-address limit by inventing X-Forwarded-For', async () => {
    const attempt = (i: number) =>
      t.http.post('/api/staff/login').set('X-Forwarded-For', `198.51.100.${i}`).send({ username: `nobody-${i}`, password: 'wrong' });
    for (let i = 0; i < LOGIN_LIMITS.maxFailuresPerAddress; i++) expect((await attempt(i)).status).toBe(401);
    const blocked = await attempt(250);
    expect(blocked.status).toBe(429);
  });
});
