import { In } from 'typeorm';
import { Conversation, Escalation, StaffAccount, type EscalationReason } from '../../../entities';
import { AppError, type Result } from '../../shared/errors';
import { addMinutes } from '../../shared/time';
import { audit } from '../audit';
import type { Actor, DomainContext } from '../context';
import { ESCALATION_RULES, REASSIGNING_ROLES } from '../rules/escalation';

export interface EscalateInput {
  conversationId?: string | null;
  ticketId?: number | null;
  reason: EscalationReason;
  /** What staff need to know at a glance (zh-CN). */
  summary: string;
}

const UNRESOLVED = ['open', 'claimed'] as const;

async function setConversationMode(ctx: DomainContext, conversationId: string, mode: 'bot' | 'staff'): Promise<void> {
  await ctx.em.update(Conversation, { id: conversationId }, { mode });
}

/**
 * Hands a case to staff. Priority and pick-up deadline come from the declared escalation rules; reasons
 * that take the conversation over switch it to staff mode so the bot stays quiet. A conversation has at
 * most one unresolved case of each kind (taking over, or a given non-takeover reason): a second request
 * is merged into it — raising its priority and reason when the new one is more urgent — not duplicated.
 */
export async function escalate(
  ctx: DomainContext,
  input: EscalateInput,
): Promise<{ escalation: Escalation; created: boolean }> {
  const rule = ESCALATION_RULES[input.reason];
  if (!rule) throw new AppError('UNKNOWN_ESCALATION_REASON', `unknown escalation reason ${input.reason}`);
  const now = ctx.clock.now();
  const conversationId = input.conversationId ?? null;
  const slaDueAt = addMinutes(now, rule.slaMinutes);

  let existing: Escalation | undefined;
  if (conversationId) {
    if (!(await ctx.em.existsBy(Conversation, { id: conversationId }))) {
      throw new AppError('CONVERSATION_NOT_FOUND', `conversation ${conversationId} not found`);
    }
    const unresolved = await ctx.em.find(Escalation, {
      where: { conversationId, status: In([...UNRESOLVED]) },
      order: { id: 'ASC' },
    });
    existing = unresolved.find((e) =>
      rule.takesOverConversation ? ESCALATION_RULES[e.reason].takesOverConversation : e.reason === input.reason,
    );
    if (rule.takesOverConversation) await setConversationMode(ctx, conversationId, 'staff');
  }

  if (existing) {
    const raised = rule.priority < existing.priority;
    if (raised) {
      existing.priority = rule.priority;
      existing.reason = input.reason;
    }
    if (slaDueAt < existing.slaDueAt) existing.slaDueAt = slaDueAt;
    existing.ticketId ??= input.ticketId ?? null;
    existing.summary = existing.summary ? `${existing.summary}\n${input.summary}` : input.summary;
    await ctx.em.save(existing);
    await audit(ctx, 'escalation.merged', { type: 'escalation', id: existing.id }, {
      reason: input.reason, raised, priority: existing.priority,
    });
    if (raised) {
      ctx.emit({
        type: 'escalation.raised',
        payload: { escalationId: existing.id, reason: existing.reason, priority: existing.priority, conversationId },
      });
    }
    return { escalation: existing, created: false };
  }

  const escalation = await ctx.em.save(
    ctx.em.create(Escalation, {
      conversationId,
      ticketId: input.ticketId ?? null,
      reason: input.reason,
      priority: rule.priority,
      status: 'open',
      summary: input.summary,
      claimedBy: null,
      slaDueAt,
      createdAt: now,
      claimedAt: null,
      resolvedAt: null,
    }),
  );
  await audit(ctx, 'escalation.created', { type: 'escalation', id: escalation.id }, {
    reason: escalation.reason, priority: escalation.priority, ticketId: escalation.ticketId,
  });
  ctx.emit({
    type: 'escalation.created',
    payload: {
      escalationId: escalation.id, reason: escalation.reason, priority: escalation.priority,
      conversationId, ticketId: escalation.ticketId, slaDueAt: slaDueAt.toISOString(),
    },
  });
  return { escalation, created: true };
}

const canReassign = (actor: Actor) => actor.type === 'staff' && REASSIGNING_ROLES.includes(actor.role);

export type ClaimResult = Result<
  { escalation: Escalation },
  'NOT_FOUND' | 'ALREADY_RESOLVED' | 'ALREADY_CLAIMED' | 'FORBIDDEN' | 'STAFF_NOT_FOUND',
  { claimedBy?: number | null }
>;

/**
 * One owner per case (谁接待，谁跟踪): the first claimer gets it; a later claimer is told who has it. A
 * supervisor may move the case to `staffId` with `reassign`. The claim is one conditional UPDATE, so two
 * staff claiming at the same moment cannot both win.
 */
export async function claimEscalation(
  ctx: DomainContext,
  id: number,
  staffId: number,
  opts: { reassign?: boolean } = {},
): Promise<ClaimResult> {
  const escalation = await ctx.em.findOneBy(Escalation, { id });
  if (!escalation) return { ok: false, reason: 'NOT_FOUND' };
  if (escalation.status === 'resolved') return { ok: false, reason: 'ALREADY_RESOLVED' };
  if (escalation.claimedBy === staffId) return { ok: true, escalation };
  const previous = escalation.claimedBy;
  if (previous != null && !opts.reassign) return { ok: false, reason: 'ALREADY_CLAIMED', claimedBy: previous };
  if (previous != null && !canReassign(ctx.actor)) return { ok: false, reason: 'FORBIDDEN', claimedBy: previous };
  if (!(await ctx.em.existsBy(StaffAccount, { id: staffId, active: true }))) return { ok: false, reason: 'STAFF_NOT_FOUND' };

  const now = ctx.clock.now();
  const update = ctx.em
    .createQueryBuilder()
    .update(Escalation)
    .set({ status: 'claimed', claimedBy: staffId, claimedAt: now })
    .where('id = :id', { id })
    .andWhere('status <> :resolved', { resolved: 'resolved' });
  // Only take it from the claimer we saw: a claim that slipped in meanwhile wins.
  if (previous == null) update.andWhere('claimedBy IS NULL');
  else update.andWhere('claimedBy = :previous', { previous });
  const { affected } = await update.execute();
  if (!affected) {
    const current = await ctx.em.findOneByOrFail(Escalation, { id });
    return current.status === 'resolved'
      ? { ok: false, reason: 'ALREADY_RESOLVED' }
      : { ok: false, reason: 'ALREADY_CLAIMED', claimedBy: current.claimedBy };
  }
  Object.assign(escalation, { status: 'claimed', claimedBy: staffId, claimedAt: now });
  await audit(ctx, previous == null ? 'escalation.claimed' : 'escalation.reassigned', { type: 'escalation', id }, {
    staffId, previous,
  });
  ctx.emit({ type: 'escalation.claimed', payload: { escalationId: id, staffId, previous } });
  return { ok: true, escalation };
}

/**
 * Closes a case. The bot takes the conversation back unless another unresolved case still holds it.
 */
export async function resolveEscalation(
  ctx: DomainContext,
  id: number,
  staffId: number,
): Promise<Result<{ escalation: Escalation; conversationMode: 'bot' | 'staff' | null }, 'NOT_FOUND' | 'ALREADY_RESOLVED'>> {
  const escalation = await ctx.em.findOneBy(Escalation, { id });
  if (!escalation) return { ok: false, reason: 'NOT_FOUND' };
  if (escalation.status === 'resolved') return { ok: false, reason: 'ALREADY_RESOLVED' };
  const now = ctx.clock.now();
  escalation.status = 'resolved';
  escalation.resolvedAt = now;
  escalation.claimedBy ??= staffId;
  escalation.claimedAt ??= now;
  await ctx.em.save(escalation);

  let conversationMode: 'bot' | 'staff' | null = null;
  if (escalation.conversationId) {
    const others = await ctx.em.find(Escalation, {
      where: { conversationId: escalation.conversationId, status: In([...UNRESOLVED]) },
    });
    const stillHeld = others.some((e) => ESCALATION_RULES[e.reason].takesOverConversation);
    conversationMode = stillHeld ? 'staff' : 'bot';
    if (!stillHeld) await setConversationMode(ctx, escalation.conversationId, 'bot');
  }
  await audit(ctx, 'escalation.resolved', { type: 'escalation', id }, { staffId, conversationMode });
  ctx.emit({
    type: 'escalation.resolved',
    payload: { escalationId: id, staffId, conversationId: escalation.conversationId, conversationMode },
  });
  return { ok: true, escalation, conversationMode };
}
