import { Message, Ticket } from '../../entities';
import { useDesk, type TestDesk } from '../helpers/desk';

describe('bad input to the web chat API', () => {
  let t: TestDesk;
  useDesk((desk) => (t = desk), { seed: false });
  const post = (body: string | object, type = 'application/json') =>
    t.http.post('/api/chat/messages').set('Content-Type', type).send(typeof body === 'string' ? body : JSON.stringify(body));

  it.each([
    ['empty text', { from: 'x', text: '' }, 'EMPTY_TEXT'],
    ['white space', { from: 'x', text: '   \n\t ' }, 'EMPTY_TEXT'],
    ['20,000 characters', { from: 'x', text: '漏'.repeat(20000) }, 'TEXT_TOO_LONG'],
    ['missing from', { text: '你好' }, 'INVALID_REQUEST'],
    ['missing text', { from: 'x' }, 'INVALID_REQUEST'],
    ['text not a string', { from: 'x', text: 42 }, 'INVALID_REQUEST'],
    ['an array body', [1, 2], 'INVALID_REQUEST'],
  ])('answers %s with a 400 and a reason', async (_name, body, code) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message.length).toBeGreaterThan(3);
  });

  it('answers invalid JSON and non-JSON bodies with a clear 4xx, never a stack trace', async () => {
    const bad = await post('{"from": "x", "text": ');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_JSON');
    expect(JSON.stringify(bad.body)).not.toMatch(/\bat .*\.ts:\d+/);
    const form = await post('from=x&text=hi', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
  });

  it('answers a repeated msgId with the same replies and creates nothing new', async () => {
    const first = await t.http.post('/api/chat/messages').send({ from: 'dup-1', text: '着火了 3-2-501 厨房冒烟', msgId: 'm-1' });
    const ticketsAfterFirst = await t.db.dataSource.getRepository(Ticket).count();
    const messagesAfterFirst = await t.db.dataSource.getRepository(Message).count();
    const second = await t.http.post('/api/chat/messages').send({ from: 'dup-1', text: '着火了 3-2-501 厨房冒烟', msgId: 'm-1' });
    expect(second.status).toBe(200);
    expect(second.body.replies).toEqual(first.body.replies);
    expect(second.body.duplicate).toBe(true);
    expect(await t.db.dataSource.getRepository(Ticket).count()).toBe(ticketsAfterFirst);
    expect(await t.db.dataSource.getRepository(Message).count()).toBe(messagesAfterFirst);
  });

  it('answers a sender it has never seen like anyone else, and unknown routes with JSON 404', async () => {
    const res = await t.http.post('/api/chat/messages').send({ from: 'never-seen-before', text: '你好' });
    expect(res.status).toBe(200);
    expect(res.body.replies[0].text).toContain('您好');
    const missing = await t.http.get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });

  it('reports health once the database answers', async () => {
    const res = await t.http.get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('reads pushed messages with a cursor and rejects a malformed one', async () => {
    const empty = await t.http.get('/api/chat/messages').query({ from: 'nobody' });
    expect(empty.body).toEqual({ messages: [], cursor: '0' });
    expect((await t.http.get('/api/chat/messages').query({ from: 'x', after: 'abc' })).status).toBe(400);
    expect((await t.http.get('/api/chat/messages')).status).toBe(400);
  });
});
