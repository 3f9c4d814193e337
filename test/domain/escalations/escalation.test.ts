import { AuditLog, Conversation, Escalation, Message, Outbox } from '../../../entities';
import {
  addPrivateNote, claimEscalation, escalate, listEscalations, replyToEscalation, resolveEscalation,
} from '../../../src/domain/escalations';
import { ESCALATION_RULES } from '../../../src/domain/rules/escalation';
import { addMinutes } from '../../../src/shared/time';
import type { TestDb } from '../../helpers/db';
import { useTestDb, type TxRunner } from '../../helpers/context';
import { asStaff, makeConversation, makeStaff, say } from './fixtures';

const MONDAY_10 = new Date('2026-11-23T10:00:00+08:00');

describe('escalations', () => {
  let db: TestDb;
  let tx: TxRunner;
  useTestDb((made) => ({ db, tx } = made));
  beforeEach(() => tx.clock.set(MONDAY_10));

  const conversation = (senderId: string, channel = 'web') => tx.run((ctx) => makeConversation(ctx, channel, senderId));
  const staff = (name: string, role: 'agent' | 'supervisor' = 'agent') => tx.run((ctx) => makeStaff(ctx, name, role));
  const modeOf = async (id: string) => (await db.dataSource.getRepository(Conversation).findOneByOrFail({ id })).mode;

  it('a handoff puts staff in charge of the chat with a pick-up deadline from the rules', async () => {
    const conv = await conversation('h-owner');
    const { escalation, created } = await tx.run((ctx) =>
      escalate(ctx, { conversationId: conv.id, reason: 'handoff', summary: '业主要求转人工' }),
    );
    expect(created).toBe(true);
    expect(escalation).toMatchObject({ status: 'open', priority: ESCALATION_RULES.handoff.priority });
    expect(escalation.slaDueAt).toEqual(addMinutes(MONDAY_10, ESCALATION_RULES.handoff.slaMinutes));
    expect(await modeOf(conv.id)).toBe('staff');
    expect(tx.published).toContainEqual({ type: 'escalation.created', payload: expect.objectContaining({ escalationId: escalation.id }) });
  });

  it('a unit under a binding attack is reported without taking the chat away from the bot', async () => {
    const conv = await conversation('attacker');
    const { escalation } = await tx.run((ctx) =>
      escalate(ctx, { conversationId: conv.id, reason: 'binding_attack', summary: '3-2-501 多次绑定失败' }),
    );
    expect(escalation.reason).toBe('binding_attack');
    expect(await modeOf(conv.id)).toBe('bot');
  });

  it('asking again does not open a second case; a more urgent reason raises the existing one', async () => {
    const conv = await conversation('again');
    const first = await tx.run((ctx) => escalate(ctx, { conversationId: conv.id, reason: 'handoff', summary: '转人工' }));
    tx.clock.advance(2);
    const second = await tx.run((ctx) => escalate(ctx, { conversationId: conv.id, reason: 'emergency', summary: '家里跑水了' }));
    expect(second).toMatchObject({ created: false, escalation: { id: first.escalation.id, reason: 'emergency', priority: ESCALATION_RULES.emergency.priority } });
    expect(second.escalation.summary).toContain('家里跑水了');
    const open = await db.dataSource.getRepository(Escalation).findBy({ conversationId: conv.id });
    expect(open).toHaveLength(1);
    expect(open[0].slaDueAt).toEqual(addMinutes(tx.clock.now(), ESCALATION_RULES.emergency.slaMinutes));
  });

  it('queues emergencies before handoffs even when newer, and equal priorities oldest first', async () => {
    const [a, b, c] = [await conversation('q-a'), await conversation('q-b'), await conversation('q-c')];
    await tx.run(async (ctx) => {
      await say(ctx, a, 'owner', '我要找人工');
      await say(ctx, a, 'bot', '已为您转接人工客服');
    });
    const handoffA = await tx.run((ctx) => escalate(ctx, { conversationId: a.id, reason: 'handoff', summary: '转人工' }));
    tx.clock.advance(1);
    const handoffC = await tx.run((ctx) => escalate(ctx, { conversationId: c.id, reason: 'handoff', summary: '转人工' }));
    tx.clock.advance(4);
    await tx.run((ctx) => say(ctx, b, 'owner', '电梯停了 里面有人'));
    const emergencyB = await tx.run((ctx) => escalate(ctx, { conversationId: b.id, reason: 'emergency', summary: '困梯' }));

    const queue = (await tx.run((ctx) => listEscalations(ctx, { status: 'open' }))).filter((e) =>
      [a.id, b.id, c.id].includes(e.conversationId!),
    );
    expect(queue.map((e) => e.id)).toEqual([emergencyB.escalation.id, handoffA.escalation.id, handoffC.escalation.id]);
    expect(queue[0]).toMatchObject({ ownerFrom: 'q-b', reason: 'emergency', lastMessage: '电梯停了 里面有人', channel: 'web' });
    // The owner's last words, not the bot's reply after them.
    expect(queue[1]).toMatchObject({ ownerFrom: 'q-a', lastMessage: '我要找人工' });
    expect(queue[2].lastMessage).toBeNull();
  });

  it('one member of staff owns a case: a second claimer is refused unless a supervisor reassigns', async () => {
    const conv = await conversation('claims');
    const [wang, zhao, boss] = [await staff('wang'), await staff('zhao'), await staff('boss', 'supervisor')];
    const { escalation } = await tx.run((ctx) => escalate(ctx, { conversationId: conv.id, reason: 'handoff', summary: '转人工' }));

    expect(await tx.run((ctx) => claimEscalation(ctx, escalation.id, wang.id), asStaff(wang))).toMatchObject({
      ok: true, escalation: { status: 'claimed', claimedBy: wang.id },
    });
    expect(await tx.run((ctx) => claimEscalation(ctx, escalation.id, zhao.id), asStaff(zhao))).toEqual({
      ok: false, reason: 'ALREADY_CLAIMED', claimedBy: wang.id,
    });
    expect(await tx.run((ctx) => claimEscalation(ctx, escalation.id, zhao.id, { reassign: true }), asStaff(zhao))).toMatchObject({
      ok: false, reason: 'FORBIDDEN',
    });
    expect(await tx.run((ctx) => claimEscalation(ctx, escalation.id, zhao.id, { reassign: true }), asStaff(boss))).toMatchObject({
      ok: true, escalation: { claimedBy: zhao.id },
    });
    const audit = await db.dataSource.getRepository(AuditLog).find({ where: { targetType: 'escalation', targetId: String(escalation.id) }, order: { id: 'ASC' } });
    expect(audit.map((r) => [r.action, r.actorId])).toEqual([
      ['escalation.created', null], ['escalation.claimed', String(wang.id)], ['escalation.reassigned', String(boss.id)],
    ]);
  });

  it('when two staff claim at the same moment exactly one gets the case', async () => {
    const conv = await conversation('race');
    const [s1, s2] = [await staff('race1'), await staff('race2')];
    const { escalation } = await tx.run((ctx) => escalate(ctx, { conversationId: conv.id, reason: 'handoff', summary: '转人工' }));
    const results = await Promise.all([s1, s2].map((s) => tx.run((ctx) => claimEscalation(ctx, escalation.id, s.id), asStaff(s))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ reason: 'ALREADY_CLAIMED' }]);
  });

  it('a staff reply reaches a WeChat owner through an outbox row and a web owner through the message feed', async () => {
    const wx = await conversation('oOpenId-123', 'wechat_oa');
    const web = await conversation('web-owner', 'web');
    const li = await staff('li');
    const caseWx = (await tx.run((ctx) => escalate(ctx, { conversationId: wx.id, reason: 'handoff', summary: '转人工' }))).escalation;
    const caseWeb = (await tx.run((ctx) => escalate(ctx, { conversationId: web.id, reason: 'handoff', summary: '转人工' }))).escalation;

    const reply = await tx.run((ctx) => replyToEscalation(ctx, caseWx.id, li.id, '您好，师傅十分钟内到。'), asStaff(li));
    if (!reply.ok) throw new Error(reply.reason);
    expect(reply.message).toMatchObject({ conversationId: wx.id, direction: 'out', author: 'staff', staffId: li.id, pushed: true, private: false, text: '您好，师傅十分钟内到。' });
    const outbox = await db.dataSource.getRepository(Outbox).findOneByOrFail({ messageId: reply.message.id });
    expect(outbox).toMatchObject({ channel: 'wechat_oa', recipient: 'oOpenId-123', status: 'pending', text: '您好，师傅十分钟内到。' });
    expect(tx.published).toContainEqual({ type: 'message.outbound', payload: expect.objectContaining({ messageId: reply.message.id, outboxId: outbox.id }) });
    // Replying to an unclaimed case makes the replier its owner.
    expect((await db.dataSource.getRepository(Escalation).findOneByOrFail({ id: caseWx.id })).claimedBy).toBe(li.id);

    const webReply = await tx.run((ctx) => replyToEscalation(ctx, caseWeb.id, li.id, '收到'), asStaff(li));
    expect(webReply).toMatchObject({ ok: true, outbox: null, message: { pushed: true } });
  });

  it('a colleague cannot answer a case someone else owns', async () => {
    const conv = await conversation('owned', 'wechat_oa');
    const [owner, other] = [await staff('owner-agent'), await staff('other-agent')];
    const { escalation } = await tx.run((ctx) => escalate(ctx, { conversationId: conv.id, reason: 'handoff', summary: '转人工' }));
    await tx.run((ctx) => claimEscalation(ctx, escalation.id, owner.id), asStaff(owner));
    expect(await tx.run((ctx) => replyToEscalation(ctx, escalation.id, other.id, '我来'), asStaff(other))).toMatchObject({
      ok: false, reason: 'ALREADY_CLAIMED',
    });
    expect(await db.dataSource.getRepository(Message).countBy({ conversationId: conv.id, author: 'staff' })).toBe(0);
  });

  it('a private note stays with staff: not pushed, no outbox row', async () => {
    const conv = await conversation('noted', 'wechat_oa');
    const li = await staff('note-li');
    const { escalation } = await tx.run((ctx) => escalate(ctx, { conversationId: conv.id, reason: 'handoff', summary: '转人工' }));
    const note = await tx.run((ctx) => addPrivateNote(ctx, escalation.id, li.id, '此业主上月也投诉过'), asStaff(li));
    if (!note.ok) throw new Error(note.reason);
    expect(note.message).toMatchObject({ private: true, pushed: false, author: 'staff' });
    expect(await db.dataSource.getRepository(Outbox).countBy({ messageId: note.message.id })).toBe(0);
    expect(await db.dataSource.getRepository(AuditLog).countBy({ action: 'escalation.note_added', actorId: String(li.id) })).toBe(1);
  });

  it('resolving hands the chat back to the bot, once; a later handoff opens a new case', async () => {
    const conv = await conversation('resolved');
    const li = await staff('resolve-li');
    await tx.run((ctx) => escalate(ctx, { conversationId: conv.id, reason: 'binding_attack', summary: '3-2-501 多次绑定失败' }));
    const { escalation } = await tx.run((ctx) => escalate(ctx, { conversationId: conv.id, reason: 'handoff', summary: '转人工' }));
    expect(await modeOf(conv.id)).toBe('staff');

    const done = await tx.run((ctx) => resolveEscalation(ctx, escalation.id, li.id), asStaff(li));
    expect(done).toMatchObject({ ok: true, conversationMode: 'bot', escalation: { status: 'resolved', claimedBy: li.id } });
    expect(await modeOf(conv.id)).toBe('bot');
    expect(await tx.run((ctx) => resolveEscalation(ctx, escalation.id, li.id), asStaff(li))).toEqual({ ok: false, reason: 'ALREADY_RESOLVED' });
    expect(await tx.run((ctx) => replyToEscalation(ctx, escalation.id, li.id, '还在吗'), asStaff(li))).toMatchObject({ ok: false, reason: 'ALREADY_RESOLVED' });
    expect(await db.dataSource.getRepository(AuditLog).countBy({ action: 'escalation.resolved', actorId: String(li.id) })).toBe(1);

    const next = await tx.run((ctx) => escalate(ctx, { conversationId: conv.id, reason: 'handoff', summary: '又要转人工' }));
    expect(next.created).toBe(true);
    expect(await modeOf(conv.id)).toBe('staff');
  });
});
