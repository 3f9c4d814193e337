import { Message, Outbox, type Conversation } from '../../../entities';
import type { DomainContext } from '../context';

/**
 * Channels whose owners fetch pushed messages themselves: web chat reads them with
 * `GET /api/chat/messages?after=`, so a pushed Message row is the delivery. Every other channel
 * (公众号 customer-service messages, wechaty) needs an outbox row for its sender to deliver later.
 */
export const PULL_CHANNELS: ReadonlySet<string> = new Set(['web']);

/**
 * Sends `text` to the owner of `conversation` outside the reply to one of their messages: an outbound,
 * pushed Message, plus an Outbox row on channels that deliver later. Emits `message.outbound`.
 */
export async function pushToOwner(
  ctx: DomainContext,
  conversation: Conversation,
  text: string,
  from: { author: 'staff' | 'bot' | 'system'; staffId?: number | null },
): Promise<{ message: Message; outbox: Outbox | null }> {
  const now = ctx.clock.now();
  const message = await ctx.em.save(
    ctx.em.create(Message, {
      conversationId: conversation.id, direction: 'out', externalId: null, author: from.author,
      staffId: from.staffId ?? null, text, intent: null, replyToId: null, pushed: true, private: false, at: now,
    }),
  );
  const outbox = PULL_CHANNELS.has(conversation.channel)
    ? null
    : await ctx.em.save(
        ctx.em.create(Outbox, {
          channel: conversation.channel, recipient: conversation.senderId, messageId: message.id, text,
          status: 'pending', attempts: 0, nextAttemptAt: now, lockedBy: null, lockedUntil: null, lastError: null,
          createdAt: now, sentAt: null,
        }),
      );
  ctx.emit({
    type: 'message.outbound',
    payload: {
      messageId: message.id, conversationId: conversation.id, channel: conversation.channel,
      recipient: conversation.senderId, outboxId: outbox?.id ?? null,
    },
  });
  return { message, outbox };
}
