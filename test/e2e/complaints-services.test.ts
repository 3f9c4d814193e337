import { Escalation, Ticket } from '../../entities';
import { SERVICE_SLA } from '../../src/domain/rules/sla';
import { useDesk, type TestDesk } from '../helpers/desk';

describe('complaints and doorstep services over web chat', () => {
  let t: TestDesk;
  useDesk((desk) => (t = desk));
  const tickets = () => t.db.dataSource.getRepository(Ticket);

  it('acknowledges a complaint with the date by which the owner hears back, and flags a repeat two weeks later (scenario 5)', async () => {
    const first = await t.say('cmp-1', '楼上1602天天晚上十二点还在剁东西 吵得睡不着 我要投诉');
    expect(first).toMatch(/C-20261123-\d{3}/);
    expect(first).toContain('11月24日 18:00');
    const original = await tickets().findOneByOrFail({ reporterId: 'cmp-1' });
    expect(original).toMatchObject({ type: 'complaint', category: 'noise', serious: false });

    t.clock.advance(14 * 24 * 60);
    const again = await t.say('cmp-1', '1602又在半夜剁肉了 上次投诉根本没用');
    expect(again).toContain('第二次投诉');
    expect(again).toContain(original.number);
    const repeat = await tickets().findOneByOrFail({ reporterId: 'cmp-1', repeatOfId: original.id });
    expect(repeat.serious).toBe(true);
    const escalation = await t.db.dataSource.getRepository(Escalation).findOneByOrFail({ ticketId: repeat.id });
    expect(escalation.reason).toBe('repeat_complaint');
    t.clock.set(new Date('2026-11-23T10:00:00+08:00'));
  });

  it('asks what happened when the owner only says 我要投诉', async () => {
    expect(await t.say('cmp-2', '我要投诉')).toContain('发生了什么');
    const recorded = await t.say('cmp-2', '保安上班时间在岗亭睡觉 叫了半天没反应');
    expect(recorded).toMatch(/C-\d{8}-\d{3}/);
    const ticket = await tickets().findOneByOrFail({ reporterId: 'cmp-2' });
    expect(ticket.type).toBe('complaint');
  });

  it('opens a door: a service ticket, staff at the door within the SLA, identity checked there', async () => {
    const ask = await t.say('svc-1', '钥匙锁家里了 进不去门 能帮忙开一下吗 3-2-501');
    expect(ask).toContain('请确认');
    const done = await t.say('svc-1', '确认');
    expect(done).toMatch(/S-20261123-\d{3}/);
    expect(done).toContain(`${SERVICE_SLA.door_open.withinMinutes}分钟`);
    expect(done).toContain('身份');
    const ticket = await tickets().findOneByOrFail({ reporterId: 'svc-1' });
    expect(ticket).toMatchObject({ type: 'service', category: 'door_open' });
    expect(ticket.arriveDueAt!.getTime() - ticket.createdAt.getTime()).toBe(SERVICE_SLA.door_open.withinMinutes * 60_000);
  });

  it('books paid cleaning with a time', async () => {
    const first = await t.say('svc-2', '想约个入室保洁 5-1-302');
    expect(first).toContain('时间');
    const confirm = await t.say('svc-2', '周六上午');
    expect(confirm).toContain('请确认');
    expect(confirm).toContain('周六上午');
    expect(await t.say('svc-2', '确认')).toMatch(/S-\d{8}-\d{3}/);
    expect(await tickets().count({ where: { reporterId: 'svc-2', category: 'cleaning' } })).toBe(1);
  });
});
