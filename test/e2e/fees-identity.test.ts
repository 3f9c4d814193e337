import { BindingAttempt, ChannelIdentity, Escalation } from '../../entities';
import { useDesk, type TestDesk } from '../helpers/desk';

describe('fees and identity over web chat', () => {
  let t: TestDesk;
  useDesk((desk) => (t = desk));

  it('reveals nothing to an unbound sender, whatever unit they name (scenario 4)', async () => {
    for (const text of ['我家欠多少物业费', '3-2-501欠了多少钱', '帮我查下3栋2单元501的账单', '我报修的进度怎么样了']) {
      const reply = await t.say('fee-1', text);
      expect(reply).not.toMatch(/386\.40|150\.00|王建国|R-\d/);
    }
    expect(await t.say('fee-1', '我家欠多少物业费')).toContain('绑定');
  });

  it('explains the binding format when the command is incomplete', async () => {
    expect(await t.say('fee-3', '绑定')).toContain('绑定 3-2-501 1234');
    expect(await t.say('fee-3', '绑定 3-2-501')).toContain('手机后四位');
  });

  it('binds with unit and phone digits, then itemises that unit\'s arrears only', async () => {
    expect(await t.say('fee-1', '绑定 3栋2单元501 5678')).toContain('王建国');
    const reply = await t.say('fee-1', '我家欠多少物业费');
    expect(reply).toContain('3-2-501');
    expect(reply).toContain('386.40');
    const all = await t.say('fee-1', '帮我查下5-1-302欠了多少钱');
    expect(all).toContain('3-2-501');
    expect(all).not.toContain('5-1-302 未缴');
    const ident = await t.db.dataSource.getRepository(ChannelIdentity).findOneByOrFail({ externalId: 'fee-1' });
    expect(ident.boundAt).not.toBeNull();
  });

  it('answers how to pay without identity', async () => {
    expect(await t.say('fee-2', '物业费怎么交啊')).toContain('缴费方式');
  });

  it('limits failed binding attempts per sender and reports a unit under attack to staff', async () => {
    const replies: string[] = [];
    for (let i = 0; i < 6; i++) replies.push(await t.say('attacker-1', `绑定 5-1-302 ${String(1000 + i)}`));
    expect(replies[0]).toContain('没有通过');
    expect(replies[5]).toContain('锁定');
    for (let s = 2; s <= 4; s++) for (let i = 0; i < 4; i++) await t.say(`attacker-${s}`, `绑定 5-1-302 ${String(2000 + i)}`);
    const attempts = await t.db.dataSource.getRepository(BindingAttempt).count({ where: { unitCode: '5-1-302', success: false } });
    expect(attempts).toBeGreaterThanOrEqual(10);
    expect(await t.db.dataSource.getRepository(Escalation).count({ where: { reason: 'binding_attack' } })).toBe(1);
    // The real owner is locked out for now too, but nothing about the unit was revealed to anyone.
    expect(await t.say('attacker-1', '我家欠多少物业费')).not.toContain('未缴');
  });
});
