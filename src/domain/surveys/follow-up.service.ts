import { Conversation, Escalation, FollowUp, Ticket } from '../../../entities';
import type { Result } from '../../shared/errors';
import { audit } from '../audit';
import type { DomainContext } from '../context';
import { escalate } from '../escalations/escalation.service';
import { LOW_RATING_MAX_SCORE, RATING_SCALE } from '../rules/escalation';
import { loadTicketForUpdate, transitionTicket } from '../tickets/ticket-transition';

/**
 * Opens the satisfaction follow-up (回访) of a done ticket, in the conversation the owner reported it
 * from. The caller words and sends the question. Idempotent while a follow-up is pending; a ticket
 * done again after a reopening gets a fresh one (the earlier score stays in the audit log).
 */
export async function openFollowUp(
  ctx: DomainContext,
  ticketId: number,
): Promise<Result<{ followUp: FollowUp; ticket: Ticket; created: boolean }, 'NOT_FOUND' | 'NOT_DONE'>> {
  const ticket = await ctx.em.findOneBy(Ticket, { id: ticketId });
  if (!ticket) return { ok: false, reason: 'NOT_FOUND' };
  if (ticket.status !== 'done') return { ok: false, reason: 'NOT_DONE' };
  const existing = await ctx.em.findOneBy(FollowUp, { ticketId });
  if (existing?.status === 'pending') return { ok: true, followUp: existing, ticket, created: false };

  const conversationId =
    ticket.conversationId ??
    (await ctx.em.findOneBy(Conversation, { channel: ticket.reporterChannel, senderId: ticket.reporterId }))?.id ??
    null;
  const followUp = ctx.em.merge(FollowUp, existing ?? ctx.em.create(FollowUp, { ticketId }), {
    conversationId, status: 'pending', score: null, remark: null, sentAt: ctx.clock.now(), answeredAt: null,
  });
  await ctx.em.save(followUp);
  await audit(ctx, 'follow_up.opened', { type: 'ticket', id: ticket.id }, { number: ticket.number, followUpId: followUp.id });
  return { ok: true, followUp, ticket, created: true };
}

/** The follow-up waiting for this conversation's answer (the most recently sent), with its ticket. */
export async function pendingFollowUpFor(
  ctx: DomainContext,
  conversationId: string,
): Promise<{ followUp: FollowUp; ticket: Ticket } | null> {
  const followUp = await ctx.em.findOne(FollowUp, {
    where: { conversationId, status: 'pending' },
    order: { sentAt: 'DESC', id: 'DESC' },
  });
  if (!followUp) return null;
  const ticket = await ctx.em.findOneByOrFail(Ticket, { id: followUp.ticketId });
  return { followUp, ticket };
}

export type RatingOutcome =
  /** Satisfied: the ticket is followed up and closed. */
  | 'closed'
  /** Dissatisfied: the ticket is reopened and staff are asked to call the owner. */
  | 'reopened'
  /** Kept with the ticket, which staff had already moved elsewhere. */
  | 'recorded';

/**
 * Records the owner's score (and remark) on the ticket. Above the low-rating threshold the ticket goes
 * done → followed_up → closed; at or below it the ticket is reopened and a `low_rating` escalation opened.
 */
export async function recordRating(
  ctx: DomainContext,
  followUpId: number,
  score: number,
  remark: string | null = null,
): Promise<
  Result<
    { outcome: RatingOutcome; ticket: Ticket; escalation: Escalation | null },
    'NOT_FOUND' | 'ALREADY_ANSWERED' | 'INVALID_SCORE'
  >
> {
  if (!Number.isInteger(score) || score < RATING_SCALE.min || score > RATING_SCALE.max) {
    return { ok: false, reason: 'INVALID_SCORE' };
  }
  const followUp = await ctx.em.findOneBy(FollowUp, { id: followUpId });
  if (!followUp) return { ok: false, reason: 'NOT_FOUND' };
  if (followUp.status !== 'pending') return { ok: false, reason: 'ALREADY_ANSWERED' };
  const ticket = await loadTicketForUpdate(ctx, followUp.ticketId);
  if (!ticket) return { ok: false, reason: 'NOT_FOUND' };

  const now = ctx.clock.now();
  const text = remark?.trim() || null;
  Object.assign(followUp, { status: 'answered', score, remark: text, answeredAt: now });
  await ctx.em.save(followUp);
  Object.assign(ticket, { satisfaction: score, satisfactionRemark: text, updatedAt: now });
  await ctx.em.save(ticket);
  await audit(ctx, 'follow_up.answered', { type: 'ticket', id: ticket.id }, { number: ticket.number, score, remark: text });

  const note = `回访 ${score}分${text ? `：${text}` : ''}`;
  if (ticket.status === 'done') await transitionTicket(ctx, ticket, 'followed_up', note);
  const low = score <= LOW_RATING_MAX_SCORE;
  const moved = await transitionTicket(ctx, ticket, low ? 'reopened' : 'closed', note);
  const outcome: RatingOutcome = !moved.ok ? 'recorded' : low ? 'reopened' : 'closed';

  let escalation: Escalation | null = null;
  if (low) {
    ({ escalation } = await escalate(ctx, {
      conversationId: followUp.conversationId ?? ticket.conversationId,
      ticketId: ticket.id,
      reason: 'low_rating',
      summary: `${ticket.number} ${note}`,
    }));
  }
  ctx.emit({ type: 'follow_up.answered', payload: { ticketId: ticket.id, number: ticket.number, score, outcome } });
  return { ok: true, outcome, ticket, escalation };
}
