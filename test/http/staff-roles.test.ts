import { Escalation, Ticket, type StaffRole } from '../../entities';
import { startDesk, type TestDesk } from '../helpers/desk';
import { call, signIn, type Method, type SignedIn } from './staff-helpers';

const ALL: StaffRole[] = ['agent', 'supervisor', 'engineer', 'admin'];
const DESK: StaffRole[] = ['agent', 'supervisor', 'admin'];
const SUPERVISE: StaffRole[] = ['supervisor', 'admin'];
const ADMIN: StaffRole[] = ['admin'];
const MISSING = 999999;

/**
 * Every staff route with the roles that may use it. Bodies and ids are chosen so an allowed call fails
 * validation or finds nothing (400/404) and changes nothing; what matters is 401/403 versus the rest.
 */
const ROUTE_LIST: [Method, string, StaffRole[], object?][] = [
  ['get', '/api/staff/me', ALL],
  ['get', '/api/staff/escalations', DESK],
  ['get', `/api/staff/escalations/${MISSING}`, DESK],
  ['post', `/api/staff/escalations/${MISSING}/claim`, DESK, {}],
  ['post', `/api/staff/escalations/${MISSING}/assign`, SUPERVISE, {}],
  ['post', `/api/staff/escalations/${MISSING}/reply`, DESK, {}],
  ['post', `/api/staff/escalations/${MISSING}/notes`, DESK, {}],
  ['post', `/api/staff/escalations/${MISSING}/resolve`, DESK],
  ['get', '/api/staff/tickets/meta', ALL],
  ['get', '/api/staff/tickets', ALL],
  ['get', `/api/staff/tickets/${MISSING}`, ALL],
  ['post', `/api/staff/tickets/${MISSING}/transition`, ALL, {}],
  ['post', `/api/staff/tickets/${MISSING}/assign`, DESK, {}],
  ['get', '/api/staff/accounts', DESK],
  ['post', '/api/staff/accounts', ADMIN, {}],
  ['patch', `/api/staff/accounts/${MISSING}`, ADMIN, {}],
  ['post', `/api/staff/accounts/${MISSING}/reset-password`, ADMIN],
  ['get', '/api/staff/canned-replies', DESK],
  ['post', '/api/staff/canned-replies', SUPERVISE, {}],
  ['put', `/api/staff/canned-replies/${MISSING}`, SUPERVISE, {}],
  ['delete', `/api/staff/canned-replies/${MISSING}`, SUPERVISE],
  ['get', '/api/staff/announcements', SUPERVISE],
  ['post', '/api/staff/announcements', SUPERVISE, {}],
  ['put', `/api/staff/announcements/${MISSING}`, SUPERVISE, {}],
  ['post', `/api/staff/announcements/${MISSING}/cancel`, SUPERVISE],
  ['post', '/api/staff/imports/owners', ADMIN],
  ['get', '/api/staff/audit', SUPERVISE],
  ['get', '/api/staff/reports/summary', SUPERVISE],
  ['get', '/api/staff/settings', ADMIN],
  ['post', '/api/staff/logout', ALL],
];
// Every row gets all four values: jest.each treats a missing trailing argument as a `done` callback.
const ROUTES = ROUTE_LIST.map(([method, path, roles, body]) => [method, path, roles, body ?? null] as const);

describe('role checks on every staff route', () => {
  let t: TestDesk;
  const staff = {} as Record<StaffRole, SignedIn>;
  beforeAll(async () => {
    t = await startDesk();
    for (const role of ALL) staff[role] = await signIn(t, `roles-${role}`, role);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(ROUTES)('%s %s: 401 without a token', async (method, path, _roles, body) => {
    const res = await call(t, null, method, path, body ?? undefined);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
  });

  it.each(ROUTES)('%s %s: 403 for roles not allowed, through for the others', async (method, path, roles, body) => {
    for (const role of ALL) {
      // Logout would end the session the other cases use: it runs with a fresh one.
      const token = path.endsWith('/logout') ? (await signIn(t, `logout-${role}-${Date.now()}`, role)).token : staff[role].token;
      const res = await call(t, token, method, path, body ?? undefined);
      if (roles.includes(role)) expect([role, res.status]).not.toEqual([role, 403]);
      else expect([role, res.status, res.body.error?.code]).toEqual([role, 403, 'FORBIDDEN']);
      expect(res.status).not.toBe(401);
    }
  });

  it('ends a session on logout', async () => {
    const s = await signIn(t, 'logout-check', 'agent');
    expect((await call(t, s.token, 'post', '/api/staff/logout')).body).toEqual({ loggedOut: true });
    expect((await call(t, s.token, 'get', '/api/staff/me')).status).toBe(401);
  });

  it('lets an engineer see and move only the tickets assigned to them, and no conversations', async () => {
    await t.say('eng-owner', '厨房下水道堵了 5-1-302');
    await t.say('eng-owner', '今天下午');
    await t.say('eng-owner', '确认');
    const ticket = await t.db.dataSource.getRepository(Ticket).findOneByOrFail({ reporterId: 'eng-owner' });
    const other = await signIn(t, 'roles-engineer-2', 'engineer');
    const eng = staff.engineer;

    expect((await call(t, eng.token, 'get', `/api/staff/tickets/${ticket.id}`)).status).toBe(403);
    expect((await call(t, eng.token, 'get', '/api/staff/tickets')).body.items).toEqual([]);
    // Tickets go to engineers only, and an agent may dispatch.
    const toAgent = await call(t, staff.agent.token, 'post', `/api/staff/tickets/${ticket.id}/assign`, { staffId: staff.supervisor.id });
    expect(toAgent.body.error.code).toBe('NOT_AN_ENGINEER');
    const assigned = await call(t, staff.agent.token, 'post', `/api/staff/tickets/${ticket.id}/assign`, { staffId: eng.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'dispatched', assigneeId: eng.id, allowed: ['in_progress', 'cancelled'] });

    const mine = await call(t, eng.token, 'get', '/api/staff/tickets');
    expect(mine.body.items.map((i: { id: number }) => i.id)).toEqual([ticket.id]);
    expect((await call(t, other.token, 'get', '/api/staff/tickets')).body.items).toEqual([]);
    expect((await call(t, other.token, 'get', `/api/staff/tickets/${ticket.id}`)).status).toBe(403);
    expect((await call(t, other.token, 'post', `/api/staff/tickets/${ticket.id}/transition`, { to: 'in_progress' })).status).toBe(403);
    const moved = await call(t, eng.token, 'post', `/api/staff/tickets/${ticket.id}/transition`, { to: 'in_progress', note: '已到场' });
    expect(moved.status).toBe(200);
    const skip = await call(t, eng.token, 'post', `/api/staff/tickets/${ticket.id}/transition`, { to: 'closed', note: '跳过' });
    expect([skip.status, skip.body.error.code]).toEqual([409, 'INVALID_TRANSITION']);

    await t.say('eng-owner', '转人工');
    const escalation = await t.db.dataSource.getRepository(Escalation).findOneByOrFail({ reason: 'handoff' });
    expect((await call(t, eng.token, 'get', `/api/staff/escalations/${escalation.id}`)).status).toBe(403);
    expect((await call(t, eng.token, 'post', `/api/staff/escalations/${escalation.id}/reply`, { text: 'hi' })).status).toBe(403);
  });

  it('keeps a claimed case with its agent; a supervisor sees it and reassigns it', async () => {
    await t.say('case-owner', '转人工');
    const list = await call(t, staff.agent.token, 'get', '/api/staff/escalations?status=open');
    const item = list.body.items.find((i: { ownerFrom: string }) => i.ownerFrom === 'case-owner');
    const colleague = await signIn(t, 'roles-agent-2', 'agent');
    expect((await call(t, colleague.token, 'post', `/api/staff/escalations/${item.id}/claim`, {})).status).toBe(200);

    // One owner per case: the first agent can neither take it, nor look into it, nor resolve it.
    const taken = await call(t, staff.agent.token, 'post', `/api/staff/escalations/${item.id}/claim`, {});
    expect([taken.status, taken.body.error.code]).toEqual([409, 'ALREADY_CLAIMED']);
    expect((await call(t, staff.agent.token, 'get', `/api/staff/escalations/${item.id}`)).status).toBe(403);
    expect((await call(t, staff.agent.token, 'post', `/api/staff/escalations/${item.id}/resolve`)).status).toBe(403);
    const active = await call(t, staff.agent.token, 'get', '/api/staff/escalations?status=active');
    expect(active.body.items.some((i: { id: number }) => i.id === item.id)).toBe(false);

    const seen = await call(t, staff.supervisor.token, 'get', `/api/staff/escalations/${item.id}`);
    expect(seen.status).toBe(200);
    const moved = await call(t, staff.supervisor.token, 'post', `/api/staff/escalations/${item.id}/assign`, { staffId: staff.agent.id });
    expect(moved.body).toMatchObject({ status: 'claimed', claimedBy: staff.agent.id });
    expect((await call(t, staff.agent.token, 'get', `/api/staff/escalations/${item.id}`)).status).toBe(200);
    const toEngineer = await call(t, staff.supervisor.token, 'post', `/api/staff/escalations/${item.id}/assign`, { staffId: staff.engineer.id });
    expect(toEngineer.body.error.code).toBe('NOT_A_DESK_STAFF');
  });

  it('writes every staff action to the audit log, with who did it', async () => {
    const res = await call(t, staff.supervisor.token, 'get', '/api/staff/audit?limit=500');
    const actions = res.body.items.filter((a: { actorType: string }) => a.actorType === 'staff');
    const byAction = (action: string) => actions.filter((a: { action: string }) => a.action === action);
    expect(byAction('ticket.assigned')[0].actorId).toBe(String(staff.agent.id));
    expect(byAction('ticket.status_changed').some((a: { actorId: string }) => a.actorId === String(staff.engineer.id))).toBe(true);
    expect(byAction('escalation.reassigned')[0].actorId).toBe(String(staff.supervisor.id));
    expect(byAction('staff.session_closed').length).toBeGreaterThan(0);
  });
});
