import { Conversation, Message } from '../../entities';
import type { DomainContext } from '../domain/context';
import { isUniqueViolation } from '../db/errors';


/**
 * The sender's conversation, created on first contact, and locked for the rest of the turn so that
 * two instances never handle the same conversation at once (row lock on MySQL; SQLite transactions
 * are already one at a time).
 */
export async function lockConversation(ctx: DomainContext, channel: string, senderId: string, at: Date): Promise<Conversation> {
  const repo = ctx.em.getRepository(Conversation);
  const find = () =>
    ctx.db === 'mysql'
      ? repo.createQueryBuilder('c').setLock('pessimistic_write').where('c.channel = :channel AND c.senderId = :senderId', { channel, senderId }).getOne()
      : repo.findOne({ where: { channel, senderId } });
  let conv = await find();
  if (conv) return conv;
  try {
    await ctx.em.query('SAVEPOINT conv_create');
    await repo.insert({ channel, senderId, mode: 'bot', state: null, turn: 0, lastMessageAt: at, createdAt: at });
    await ctx.em.query('RELEASE SAVEPOINT conv_create');
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    await ctx.em.query('ROLLBACK TO SAVEPOINT conv_create');
  }
  conv = await find();
  if (!conv) throw new Error('conversation vanished after insert');
  return conv;
}

/** The outbound replies already given to an inbound message (for a repeated msgId). */
export async function previousReplies(ctx: DomainContext, conversationId: string, externalId: string): Promise<string[] | undefined> {
  const inbound = await ctx.em.findOne(Message, { where: { conversationId, externalId, direction: 'in' } });
  if (!inbound) return undefined;
  const out = await ctx.em.find(Message, { where: { conversationId, replyToId: inbound.id }, order: { id: 'ASC' } });
  return out.map((m) => m.text);
}
