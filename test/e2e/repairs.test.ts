import { AuditLog, Escalation, Ticket } from '../../entities';
import { REPAIR_SLA } from '../../src/domain/rules/sla';
import { useDesk, type TestDesk } from '../helpers/desk';

describe('repairs and emergencies over web chat', () => {
  let t: TestDesk;
  useDesk((desk) => (t = desk));
  const tickets = () => t.db.dataSource.getRepository(Ticket);

  it('gathers a repair over three turns and creates the ticket only after 确认 (scenario 1)', async () => {
    const first = await t.say('walk-1', '卫生间水龙头一直滴水 关不紧');
    expect(first).toContain('哪一户');
    expect(await t.say('walk-1', '3-2-501')).toContain('什么时间');
    const confirm = await t.say('walk-1', '明天上午吧');
    expect(confirm).toContain('请确认');
    expect(confirm).toContain('3-2-501');
    expect(confirm).toContain('明天上午');
    expect(await tickets().count()).toBe(0);
    const done = await t.say('walk-1', '确认');
    expect(done).toMatch(/R-20261123-\d{3}/);
    expect(done).toContain(`${REPAIR_SLA.dispatchWithinMinutes}分钟`);
    const [ticket] = await tickets().find({ where: { reporterId: 'walk-1' } });
    expect(ticket).toMatchObject({ type: 'repair', category: 'plumbing', status: 'submitted', preferredTime: '明天上午' });
    expect(ticket.unitId).not.toBeNull();
    expect(ticket.dispatchDueAt!.getTime() - ticket.createdAt.getTime()).toBe(REPAIR_SLA.dispatchWithinMinutes * 60_000);
  });

  it('skips the unit question for a bound owner, takes 改成下午 at the confirm step, and 算了 abandons', async () => {
    await t.say('walk-2', '绑定 3-2-501 5678');
    const ask = await t.say('walk-2', '客厅的灯不亮了');
    expect(ask).toContain('什么时间');
    expect(ask).not.toContain('哪一户');
    expect(await t.say('walk-2', '明天上午')).toContain('明天上午');
    const changed = await t.say('walk-2', '改成下午');
    expect(changed).toContain('明天下午');
    expect(changed).toContain('请确认');
    expect(await t.say('walk-2', '算了')).toContain('取消');
    expect(await tickets().count({ where: { reporterId: 'walk-2' } })).toBe(0);
    // After abandoning, the conversation is free for something else.
    expect(await t.say('walk-2', '你好')).toContain('您好');
  });

  it('acts first on an emergency: ticket and top-priority escalation, safety steps, then asks where (scenario 2)', async () => {
    const reply = await t.say('walk-3', '快来人 楼上水管爆了 水从天花板往下灌');
    expect(reply).toContain('总水阀');
    expect(reply).toContain('插座');
    expect(reply).toMatch(/E-20261123-\d{3}/);
    const ticket = await tickets().findOneByOrFail({ reporterId: 'walk-3' });
    expect(ticket).toMatchObject({ type: 'emergency', category: 'flood', priority: 1 });
    const escalation = await t.db.dataSource.getRepository(Escalation).findOneByOrFail({ ticketId: ticket.id });
    expect(escalation).toMatchObject({ reason: 'emergency', priority: 1, status: 'open' });
    expect(reply).toMatch(/房号|位置/);
    const located = await t.say('walk-3', '5-1-302');
    expect(located).toContain('5-1-302');
    const after = await tickets().findOneByOrFail({ id: ticket.id });
    expect(after.unitId).not.toBeNull();
    expect(await t.db.dataSource.getRepository(AuditLog).count({ where: { action: 'ticket.location_set', targetId: String(ticket.id) } })).toBe(1);
  });

  it('gives fire its own safety steps: stairs, not lifts', async () => {
    const reply = await t.say('walk-4', '着火了！！楼道里全是烟');
    expect(reply).toContain('楼梯');
    expect(reply).toContain('电梯');
    expect(await tickets().count({ where: { reporterId: 'walk-4', type: 'emergency', category: 'fire' } })).toBe(1);
  });

  it('someone collapsed: an emergency security attends, and the owner is told to call 120 and not move them', async () => {
    const reply = await t.say('walk-9', '健身房有人突然倒地 在抽搐 快来人');
    expect(reply).toContain('120');
    expect(reply).toContain('不要随意搬动');
    expect(reply).not.toContain('110');
    expect(await tickets().count({ where: { reporterId: 'walk-9', type: 'emergency', category: 'security' } })).toBe(1);
  });

  it('asks instead of raising an alarm when a message only might be an emergency, then acts on the choice', async () => {
    const ask = await t.say('walk-5', '电梯');
    expect(ask).toContain('紧急情况');
    expect(ask).toContain('报修');
    expect(await tickets().count({ where: { reporterId: 'walk-5' } })).toBe(0);
    const pick = ask.indexOf('报修') > ask.indexOf('紧急情况') ? '2' : '1';
    const next = await t.say('walk-5', pick);
    expect(next).toContain('电梯');
    expect(next).toContain('哪一户');
    expect(await tickets().count({ where: { reporterId: 'walk-5', type: 'emergency' } })).toBe(0);
  });

  it('tells a reporter the status and next deadline of their open tickets, and nobody else', async () => {
    const mine = await t.say('walk-1', '我报修的那个进度怎么样了');
    expect(mine).toMatch(/R-20261123-\d{3}/);
    expect(mine).toContain('等待派单');
    const stranger = await t.say('walk-stranger', '我报修的那个进度怎么样了');
    expect(stranger).not.toMatch(/R-20261123/);
  });
});
