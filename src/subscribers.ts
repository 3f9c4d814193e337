import { Conversation } from '../entities';
import { inTransaction, type TxDeps } from './db/transaction';
import type { DomainEvent } from './domain/context';
import { escalate, pushToOwner } from './domain/escalations';
import { UNIT_UNDER_ATTACK } from './domain/owners';
import { openFollowUp } from './domain/surveys';
import type { EngineDeps } from './engine/types';
import { formatDay, localDate } from './shared/time';

/**
 * Follow-up work triggered by domain events, run after the event's transaction committed, each in a
 * transaction of its own (a failure is logged by the event bus and never undoes the original work).
 */
export function registerSubscribers(deps: TxDeps, engine: EngineDeps): void {
  const system = { type: 'system' as const, id: 'events' };
  const on = (type: string, fn: (e: DomainEvent) => Promise<void>) =>
    deps.events!.subscribe(async (e) => {
      if (e.type === type) await fn(e);
    });

  // A unit whose binding keeps failing is reported to staff (CONTRACTS §4).
  on(UNIT_UNDER_ATTACK, async (e) => {
    await inTransaction(deps, system, (ctx) =>
      escalate(ctx, { reason: 'binding_attack', summary: `房号 ${String(e.payload.unitCode ?? '')} 短时间内多次绑定失败，疑似被冒用` }),
    );
  });

  // Every finished job gets a satisfaction follow-up (回访) on the owner's own channel.
  on('ticket.done', async (e) => {
    await inTransaction(deps, system, async (ctx) => {
      const opened = await openFollowUp(ctx, Number(e.payload.ticketId));
      if (!opened.ok || !opened.created || !opened.followUp.conversationId) return;
      const conversation = await ctx.em.findOneBy(Conversation, { id: opened.followUp.conversationId });
      if (!conversation) return;
      const t = opened.ticket;
      const what = t.description.length > 20 ? `${t.description.slice(0, 20)}…` : t.description;
      const text = engine.replies.t('follow_up.question', { day: formatDay(localDate(t.createdAt)), what, number: t.number });
      await pushToOwner(ctx, conversation, text, { author: 'bot' });
    });
  });

  // Emergencies: engineering and security must hear within a minute. Until staff channels exist the
  // alert is a log line at error level, which operators route to their pager.
  on('escalation.created', async (e) => {
    if (e.payload.reason === 'emergency') {
      deps.logger.error('EMERGENCY: notify engineering and security now', { escalationId: e.payload.escalationId, ticketId: e.payload.ticketId });
    }
  });
}
