import { Conversation, Escalation, Message, type Outbox } from '../../../entities';
import type { Result } from '../../shared/errors';
import { audit } from '../audit';
import type { Actor, DomainContext } from '../context';
import { REASSIGNING_ROLES } from '../rules/escalation';
import { claimEscalation } from './escalation.service';
import { pushToOwner } from './owner-delivery';

type MessageFailure = 'NOT_FOUND' | 'ALREADY_RESOLVED' | 'NO_CONVERSATION' | 'EMPTY_TEXT';

/** The case and its conversation, or why staff cannot write on it. */
async function caseConversation(
  ctx: DomainContext,
  id: number,
  text: string,
): Promise<Result<{ escalation: Escalation; conversation: Conversation }, MessageFailure>> {
  if (!text.trim()) return { ok: false, reason: 'EMPTY_TEXT' };
  const escalation = await ctx.em.findOneBy(Escalation, { id });
  if (!escalation) return { ok: false, reason: 'NOT_FOUND' };
  if (escalation.status === 'resolved') return { ok: false, reason: 'ALREADY_RESOLVED' };
  const conversation = escalation.conversationId
    ? await ctx.em.findOneBy(Conversation, { id: escalation.conversationId })
    : null;
  if (!conversation) return { ok: false, reason: 'NO_CONVERSATION' };
  return { ok: true, escalation, conversation };
}

const mayAnswerOthersCases = (actor: Actor) => actor.type === 'staff' && REASSIGNING_ROLES.includes(actor.role);

/**
 * Staff answer the owner on the owner's own channel. Replying to an unclaimed case claims it (one owner
 * per case); a case claimed by a colleague is answered by them, or by a supervisor.
 */
export async function replyToEscalation(
  ctx: DomainContext,
  id: number,
  staffId: number,
  text: string,
): Promise<
  Result<{ message: Message; outbox: Outbox | null }, MessageFailure | 'ALREADY_CLAIMED' | 'STAFF_NOT_FOUND', { claimedBy?: number | null }>
> {
  const found = await caseConversation(ctx, id, text);
  if (!found.ok) return found;
  const { escalation, conversation } = found;
  if (escalation.claimedBy == null) {
    const claimed = await claimEscalation(ctx, id, staffId);
    if (!claimed.ok) {
      // Someone claimed it in the meantime (FORBIDDEN cannot happen on an unclaimed case).
      const reason = claimed.reason === 'FORBIDDEN' ? 'ALREADY_CLAIMED' : claimed.reason;
      return { ok: false, reason, claimedBy: claimed.claimedBy };
    }
  } else if (escalation.claimedBy !== staffId && !mayAnswerOthersCases(ctx.actor)) {
    return { ok: false, reason: 'ALREADY_CLAIMED', claimedBy: escalation.claimedBy };
  }
  const sent = await pushToOwner(ctx, conversation, text.trim(), { author: 'staff', staffId });
  await audit(ctx, 'escalation.replied', { type: 'escalation', id }, {
    staffId, messageId: sent.message.id, outboxId: sent.outbox?.id ?? null,
  });
  return { ok: true, ...sent };
}

/** A staff-only note in the case's conversation: stored with private=true, never shown or sent to the owner. */
export async function addPrivateNote(
  ctx: DomainContext,
  id: number,
  staffId: number,
  text: string,
): Promise<Result<{ message: Message }, MessageFailure>> {
  const found = await caseConversation(ctx, id, text);
  if (!found.ok) return found;
  const message = await ctx.em.save(
    ctx.em.create(Message, {
      conversationId: found.conversation.id, direction: 'out', externalId: null, author: 'staff', staffId,
      text: text.trim(), intent: null, replyToId: null, pushed: false, private: true, at: ctx.clock.now(),
    }),
  );
  await audit(ctx, 'escalation.note_added', { type: 'escalation', id }, { staffId, messageId: message.id });
  return { ok: true, message };
}
