import { Escalation } from '../../../entities';
import { In } from 'typeorm';
import { escalate } from '../../domain/escalations';
import type { EscalationReason } from '../../../entities';
import type { Turn } from '../turn';

/** Expected minutes to a staff reply per case ahead in the queue (shown to owners as a rough wait). */
const MINUTES_PER_WAITING_CASE = 3;
const MIN_WAIT_MINUTES = 5;
/** A holding reply is repeated at most this often while staff have the conversation. */
const HOLDING_REPEAT_MINUTES = 10;

/**
 * Hands the conversation to staff and tells the owner their place in the queue (or, with `replyKey`,
 * says that text instead).
 */
export async function handoff(
  turn: Turn,
  opts: { reason?: EscalationReason; summary?: string; replyKey?: string } = {},
): Promise<void> {
  const { escalation, created } = await escalate(turn.ctx, {
    conversationId: turn.conversation.id,
    reason: opts.reason ?? 'handoff',
    summary: opts.summary ?? `业主请求人工：${turn.text.slice(0, 200)}`,
  });
  turn.state.heldAt = turn.now.toISOString();
  if (opts.replyKey) {
    turn.sayKey(opts.replyKey);
    return;
  }
  if (!created) {
    turn.sayKey('handoff.already');
    return;
  }
  const ahead = await turn.ctx.em.count(Escalation, {
    where: { status: In(['open', 'claimed']), priority: In(priorityAtMost(escalation.priority)) },
  });
  const position = Math.max(1, ahead);
  turn.sayKey('handoff.queued', { position, wait: Math.max(MIN_WAIT_MINUTES, position * MINUTES_PER_WAITING_CASE) });
}

function priorityAtMost(p: number): number[] {
  return Array.from({ length: p }, (_, i) => i + 1);
}

export async function handoffHuman(turn: Turn): Promise<void> {
  await handoff(turn);
}

/**
 * While staff have the conversation the bot keeps quiet (emergencies are handled before this, and
 * still get their ticket and safety steps): at most an occasional holding reply.
 */
export async function handleStaffMode(turn: Turn): Promise<void> {
  turn.handledAs = 'staff_mode';
  const last = turn.state.heldAt ? Date.parse(turn.state.heldAt) : 0;
  if (turn.now.getTime() - last >= HOLDING_REPEAT_MINUTES * 60_000) {
    turn.sayKey('handoff.holding');
    turn.state.heldAt = turn.now.toISOString();
  }
}

/** Two misunderstandings in a row: a person takes over instead of a third guess. */
export async function handleMisunderstood(turn: Turn): Promise<void> {
  turn.state.misunderstood += 1;
  turn.handledAs = 'out_of_scope';
  if (turn.state.misunderstood >= 2 && turn.nlu.confidence < turn.deps.config.nlu.lowConfidence) {
    turn.state.misunderstood = 0;
    await handoff(turn, { reason: 'misunderstood', summary: `机器人连续两次未能理解：${turn.text.slice(0, 200)}`, replyKey: 'misunderstood_escalated' });
    return;
  }
  turn.sayKey(turn.nlu.intent === 'out_of_scope' && turn.nlu.confidence >= 0.6 ? 'out_of_scope' : 'not_understood', {
    capabilities: turn.t('capabilities'),
  });
}
