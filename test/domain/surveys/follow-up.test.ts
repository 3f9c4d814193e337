import { Conversation, Escalation, FollowUp, TicketEvent } from '../../../entities';
import { openFollowUp, pendingFollowUpFor, recordRating } from '../../../src/domain/surveys';
import { createTicket, transitionTicket } from '../../../src/domain/tickets';
import { ESCALATION_RULES, LOW_RATING_MAX_SCORE, RATING_SCALE } from '../../../src/domain/rules/escalation';
import type { TestDb } from '../../helpers/db';
import { useTestDb, type TxRunner } from '../../helpers/context';
import { makeConversation } from '../escalations/fixtures';

describe('satisfaction follow-ups (回访)', () => {
  let db: TestDb;
  let tx: TxRunner;
  useTestDb((made) => ({ db, tx } = made));

  /** A repair reported from its own conversation and carried through to done. */
  async function doneRepair(senderId: string) {
    const conv = await tx.run((ctx) => makeConversation(ctx, 'web', senderId));
    const { ticket } = await tx.run((ctx) =>
      createTicket(ctx, {
        type: 'repair', category: 'plumbing', description: '卫生间水龙头滴水', reporterChannel: 'web', reporterId: senderId, conversationId: conv.id,
      }),
    );
    for (const s of ['dispatched', 'in_progress', 'done'] as const) await tx.run((ctx) => transitionTicket(ctx, ticket.id, s));
    const opened = await tx.run((ctx) => openFollowUp(ctx, ticket.id));
    if (!opened.ok) throw new Error(opened.reason);
    return { conv, ticket, followUp: opened.followUp };
  }
  const history = async (ticketId: number) =>
    (await db.dataSource.getRepository(TicketEvent).find({ where: { ticketId }, order: { id: 'ASC' } })).map((e) => e.toStatus);

  it('only a done job is followed up, and the follow-up waits in the owner’s conversation', async () => {
    const conv = await tx.run((ctx) => makeConversation(ctx, 'web', 'early'));
    const { ticket } = await tx.run((ctx) =>
      createTicket(ctx, { type: 'repair', category: 'electrical', description: '灯不亮', reporterChannel: 'web', reporterId: 'early' }),
    );
    expect(await tx.run((ctx) => openFollowUp(ctx, ticket.id))).toEqual({ ok: false, reason: 'NOT_DONE' });

    const done = await doneRepair('waiting');
    const pending = await tx.run((ctx) => pendingFollowUpFor(ctx, done.conv.id));
    expect(pending).toMatchObject({ followUp: { id: done.followUp.id, status: 'pending' }, ticket: { id: done.ticket.id } });
    expect(await tx.run((ctx) => pendingFollowUpFor(ctx, conv.id))).toBeNull();
    // Asking twice does not send a second survey.
    expect(await tx.run((ctx) => openFollowUp(ctx, done.ticket.id))).toMatchObject({ ok: true, created: false, followUp: { id: done.followUp.id } });
  });

  it(`a score above ${LOW_RATING_MAX_SCORE} keeps the score and remark and closes the ticket`, async () => {
    const { conv, ticket, followUp } = await doneRepair('happy');
    const res = await tx.run((ctx) => recordRating(ctx, followUp.id, LOW_RATING_MAX_SCORE + 1, '师傅很准时'), { type: 'owner', id: 'happy' });
    expect(res).toMatchObject({ ok: true, outcome: 'closed', escalation: null, ticket: { status: 'closed', satisfaction: LOW_RATING_MAX_SCORE + 1, satisfactionRemark: '师傅很准时' } });
    expect(await history(ticket.id)).toEqual(['submitted', 'dispatched', 'in_progress', 'done', 'followed_up', 'closed']);
    expect(await tx.run((ctx) => pendingFollowUpFor(ctx, conv.id))).toBeNull();
    expect(await db.dataSource.getRepository(Escalation).countBy({ ticketId: ticket.id })).toBe(0);
  });

  it(`a score of ${LOW_RATING_MAX_SCORE} or less reopens the job and puts a person on it`, async () => {
    const { conv, ticket, followUp } = await doneRepair('unhappy');
    const res = await tx.run((ctx) => recordRating(ctx, followUp.id, LOW_RATING_MAX_SCORE, '修完地上全是水也没擦'), { type: 'owner', id: 'unhappy' });
    expect(res).toMatchObject({
      ok: true, outcome: 'reopened',
      ticket: { status: 'reopened', satisfaction: LOW_RATING_MAX_SCORE, satisfactionRemark: '修完地上全是水也没擦', closedAt: null },
      escalation: { reason: 'low_rating', priority: ESCALATION_RULES.low_rating.priority, conversationId: conv.id, ticketId: ticket.id, status: 'open' },
    });
    expect(res.ok && res.escalation?.summary).toContain('修完地上全是水也没擦');
    expect(await history(ticket.id)).toEqual(['submitted', 'dispatched', 'in_progress', 'done', 'followed_up', 'reopened']);
    expect((await db.dataSource.getRepository(Conversation).findOneByOrFail({ id: conv.id })).mode).toBe('staff');
  });

  it('a score is taken once and must be on the scale', async () => {
    const { followUp } = await doneRepair('twice');
    expect(await tx.run((ctx) => recordRating(ctx, followUp.id, RATING_SCALE.max + 1, null))).toEqual({ ok: false, reason: 'INVALID_SCORE' });
    expect(await tx.run((ctx) => recordRating(ctx, followUp.id, RATING_SCALE.min - 1, null))).toEqual({ ok: false, reason: 'INVALID_SCORE' });
    expect((await db.dataSource.getRepository(FollowUp).findOneByOrFail({ id: followUp.id })).status).toBe('pending');
    await tx.run((ctx) => recordRating(ctx, followUp.id, RATING_SCALE.max, null));
    expect(await tx.run((ctx) => recordRating(ctx, followUp.id, RATING_SCALE.min, null))).toEqual({ ok: false, reason: 'ALREADY_ANSWERED' });
  });

  it('a reopened job that is done again is followed up afresh', async () => {
    const { ticket, followUp } = await doneRepair('second-round');
    await tx.run((ctx) => recordRating(ctx, followUp.id, RATING_SCALE.min, '还是漏'));
    for (const s of ['in_progress', 'done'] as const) await tx.run((ctx) => transitionTicket(ctx, ticket.id, s));
    const again = await tx.run((ctx) => openFollowUp(ctx, ticket.id));
    expect(again).toMatchObject({ ok: true, created: true, followUp: { id: followUp.id, status: 'pending', score: null } });
    const res = await tx.run((ctx) => recordRating(ctx, followUp.id, RATING_SCALE.max, null));
    expect(res).toMatchObject({ ok: true, outcome: 'closed', ticket: { satisfaction: RATING_SCALE.max, satisfactionRemark: null } });
  });
});
