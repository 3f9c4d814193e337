import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Conversation, Message } from '../../entities';
import { inTransaction } from '../db/transaction';
import type { DomainContext } from '../domain/context';
import { KeyedMutex, Semaphore } from '../shared/keyed-mutex';
import { identityOf } from '../domain/owners';
import { lockConversation, previousReplies } from './conversations';
import { step } from './dialogue/dialogue';
import { loadState } from './dialogue/state';
import type { NluResult } from './nlu/types';
import { Turn } from './turn';
import type { EngineDeps, InboundMessage, TurnResult } from './types';

const FALLBACK: NluResult = { intent: 'out_of_scope', slots: {}, confidence: 0, source: 'rules', alternatives: [] };

/**
 * Handles owner messages: understand → dialogue step → act through the domain → reply. One message
 * at a time per conversation (in-process queue, plus the conversation row lock across instances);
 * one transaction per turn; events go out after commit.
 */
export class Engine {
  private readonly queue = new KeyedMutex();
  /**
   * A turn holds one pooled connection for its transaction and may need a second one for a nested
   * transaction (a booking attempt). Letting at most half the pool run turns at once means that
   * second connection is always there, so turns can never wait on each other for connections.
   */
  private readonly turns: Semaphore;

  constructor(readonly deps: EngineDeps) {
    this.turns = new Semaphore(Math.max(1, Math.floor(deps.config.db.poolSize / 2)));
  }

  handle(msg: InboundMessage): Promise<TurnResult> {
    return this.queue.run(`${msg.channel}:${msg.senderId}`, () => this.turns.run(() => this.handleNow(msg)));
  }

  private async handleNow(msg: InboundMessage): Promise<TurnResult> {
    const text = msg.text.trim();
    const log = this.deps.logger.child({ channel: msg.channel, sender: msg.senderId, msgId: msg.externalId });
    let nlu = FALLBACK;
    try {
      nlu = await this.deps.nlu.understand(text, msg.at);
    } catch (err) {
      log.error('understanding failed; treating the message as not understood', { err });
    }
    try {
      return await inTransaction(this.deps, { type: 'owner', id: msg.senderId }, (ctx) => this.turn(ctx, msg, text, nlu));
    } catch (err) {
      // Nothing the owner sent is lost: record the message and an apology in a fresh transaction.
      log.error('turn failed', { err });
      return inTransaction(this.deps, { type: 'owner', id: msg.senderId }, async (ctx) => {
        const conv = await lockConversation(ctx, msg.channel, msg.senderId, msg.at);
        const dup = msg.externalId ? await previousReplies(ctx, conv.id, msg.externalId) : undefined;
        if (dup) return { conversationId: conv.id, replies: dup.map((t) => ({ text: t })), duplicate: true };
        const inbound = await this.record(ctx, conv, msg, text, null);
        const sorry = this.deps.replies.t('system.error', { phone: this.deps.config.company.serviceCenterPhone });
        await this.saveReplies(ctx, conv, inbound.id, [sorry], msg.at);
        return { conversationId: conv.id, replies: [{ text: sorry }], duplicate: false };
      });
    }
  }

  private async turn(ctx: DomainContext, msg: InboundMessage, text: string, nlu: NluResult): Promise<TurnResult> {
    const conv = await lockConversation(ctx, msg.channel, msg.senderId, msg.at);
    if (msg.externalId) {
      const dup = await previousReplies(ctx, conv.id, msg.externalId);
      if (dup) return { conversationId: conv.id, replies: dup.map((t) => ({ text: t })), duplicate: true };
    }
    const inbound = await this.record(ctx, conv, msg, text, nlu.intent);
    const identity = await identityOf(ctx, msg.channel, msg.senderId);
    const turn = new Turn(this.deps, ctx, msg, text, nlu, conv, identity, loadState(conv.state));
    await step(turn);
    this.deps.logger.info('turn', {
      conversationId: conv.id, channel: msg.channel, intent: nlu.intent, confidence: Number(nlu.confidence.toFixed(3)),
      source: nlu.source, handledAs: turn.handledAs, replies: turn.replies.length,
    });
    if (turn.handledAs && turn.handledAs !== nlu.intent) await ctx.em.update(Message, { id: inbound.id }, { intent: turn.handledAs });
    await this.saveReplies(ctx, conv, inbound.id, turn.replies, msg.at);
    const changes: Partial<Conversation> = { state: { ...turn.state }, lastMessageAt: msg.at, turn: conv.turn + 1 };
    await ctx.em.update(Conversation, { id: conv.id }, changes as QueryDeepPartialEntity<Conversation>);
    return { conversationId: conv.id, replies: turn.replies.map((t) => ({ text: t })), duplicate: false };
  }

  private async record(ctx: DomainContext, conv: Conversation, msg: InboundMessage, text: string, intent: string | null) {
    return ctx.em.save(ctx.em.create(Message, {
      conversationId: conv.id, direction: 'in', externalId: msg.externalId ?? null, author: 'owner',
      staffId: null, text, intent, replyToId: null, pushed: false, private: false, at: msg.at,
    }));
  }

  private async saveReplies(ctx: DomainContext, conv: Conversation, replyToId: number, texts: string[], at: Date) {
    for (const text of texts) {
      await ctx.em.insert(Message, {
        conversationId: conv.id, direction: 'out', externalId: null, author: 'bot', staffId: null,
        text, intent: null, replyToId, pushed: false, private: false, at,
      });
    }
  }
}
