import { Escalation, Ticket } from '../../entities';
import { useDesk, type TestDesk } from '../helpers/desk';

describe('handing over to staff and back', () => {
  let t: TestDesk;
  useDesk((desk) => (t = desk));

  it('needs a bearer token for every staff route', async () => {
    expect((await t.http.get('/api/staff/escalations')).status).toBe(401);
    expect((await t.http.get('/api/staff/tickets').set('Authorization', 'Bearer wrong-token')).status).toBe(401);
    const res = await t.http.post('/api/staff/escalations/1/resolve');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
  });

  it('queues 转人工, keeps the bot quiet, delivers the staff reply to the owner, and hands back on resolve (scenario 6)', async () => {
    const queued = await t.say('hand-1', '转人工');
    expect(queued).toContain('人工客服');
    expect(queued).toMatch(/排队 \d+ 位/);

    const list = await t.staff('get', '/api/staff/escalations?status=open');
    expect(list.status).toBe(200);
    const item = list.body.items.find((i: { ownerFrom: string }) => i.ownerFrom === 'hand-1');
    expect(item).toMatchObject({ reason: 'handoff', lastMessage: '转人工' });
    expect(typeof item.priority).toBe('number');

    // While staff have it, the bot does not answer questions itself.
    const quiet = await t.say('hand-1', '物业费怎么交');
    expect(quiet).not.toContain('缴费方式');

    const reply = await t.staff('post', `/api/staff/escalations/${item.id}/reply`, { text: '您好，我是客服小陈，请问有什么可以帮您？' });
    expect(reply.status).toBe(200);
    expect(await t.inbox('hand-1')).toEqual(['您好，我是客服小陈，请问有什么可以帮您？']);
    expect(await t.inbox('hand-1')).toEqual([]);

    expect((await t.staff('post', `/api/staff/escalations/${item.id}/resolve`)).status).toBe(200);
    expect(await t.say('hand-1', '物业费怎么交')).toContain('缴费方式');
    const again = await t.staff('post', `/api/staff/escalations/${item.id}/resolve`);
    expect(again.status).toBe(409);
  });

  it('lists tickets with history, moves them only along the status table, and follows up when done (scenario 7)', async () => {
    await t.say('rate-1', '厨房下水道堵了 5-1-302');
    await t.say('rate-1', '今天下午');
    await t.say('rate-1', '确认');
    const list = await t.staff('get', '/api/staff/tickets?type=repair&status=submitted');
    const ticket = list.body.items.find((i: { description: string }) => i.description.includes('下水道'));
    expect(ticket).toBeDefined();
    const skip = await t.staff('post', `/api/staff/tickets/${ticket.id}/transition`, { to: 'closed' });
    expect(skip.status).toBe(409);
    for (const to of ['dispatched', 'in_progress', 'done']) {
      const res = await t.staff('post', `/api/staff/tickets/${ticket.id}/transition`, { to, note: `步骤 ${to}` });
      expect(res.status).toBe(200);
    }
    const detail = await t.staff('get', `/api/staff/tickets/${ticket.id}`);
    expect(detail.body.history.map((h: { to: string }) => h.to)).toEqual(['submitted', 'dispatched', 'in_progress', 'done']);

    const survey = await t.inbox('rate-1');
    expect(survey.join('\n')).toContain('1–5分');
    const sorry = await t.say('rate-1', '2分 修完地上全是水也没擦');
    expect(sorry).toContain('抱歉');
    const after = await t.db.dataSource.getRepository(Ticket).findOneByOrFail({ id: ticket.id });
    expect(after.satisfaction).toBe(2);
    expect(after.status).toBe('reopened');
    expect(after.satisfactionRemark).toContain('地上全是水');
    expect(await t.db.dataSource.getRepository(Escalation).count({ where: { ticketId: ticket.id, reason: 'low_rating' } })).toBe(1);
  });

  it('answers greetings, thanks, questions and the out-of-scope in a friendly way', async () => {
    expect(await t.say('talk-1', '你好 在吗')).toContain('您好');
    expect(await t.say('talk-1', '好的谢谢')).toContain('不客气');
    expect(await t.say('talk-1', '装修需要办什么手续')).toMatch(/装修/);
    expect(await t.say('talk-1', '帮我写一首关于秋天的诗')).toContain('报修');
  });
});
