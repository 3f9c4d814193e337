import { In } from 'typeorm';
import { Conversation, Escalation, Message, Ticket, type EscalationReason, type EscalationStatus } from '../../../entities';
import type { DomainContext } from '../context';

/** One line of the staff queue. */
export interface EscalationQueueItem {
  id: number;
  status: EscalationStatus;
  reason: EscalationReason;
  priority: number;
  summary: string | null;
  conversationId: string | null;
  channel: string | null;
  /** The owner-side sender id of the conversation (web `from`, OpenID…). */
  ownerFrom: string | null;
  ticketId: number | null;
  ticketNumber: string | null;
  claimedBy: number | null;
  slaDueAt: Date;
  createdAt: Date;
  /** The owner's most recent message in the conversation, for context. */
  lastMessage: string | null;
}

/** The latest owner-written message text of each conversation. */
async function lastOwnerMessages(ctx: DomainContext, conversationIds: string[]): Promise<Map<string, string>> {
  if (!conversationIds.length) return new Map();
  const latest: { id: number | string }[] = await ctx.em
    .createQueryBuilder(Message, 'm')
    .select('MAX(m.id)', 'id')
    .where('m.conversationId IN (:...ids)', { ids: conversationIds })
    .andWhere('m.direction = :in AND m.author = :owner', { in: 'in', owner: 'owner' })
    .groupBy('m.conversationId')
    .getRawMany();
  if (!latest.length) return new Map();
  const messages = await ctx.em.findBy(Message, { id: In(latest.map((r) => Number(r.id))) });
  return new Map(messages.map((m) => [m.conversationId, m.text]));
}

/** The staff queue: most urgent first, then oldest first, with who is waiting and what they last said. */
export async function listEscalations(
  ctx: DomainContext,
  filter: { status?: EscalationStatus | EscalationStatus[]; limit?: number } = {},
): Promise<EscalationQueueItem[]> {
  const statuses = filter.status == null ? ['open', 'claimed'] : Array.isArray(filter.status) ? filter.status : [filter.status];
  const escalations = await ctx.em.find(Escalation, {
    where: { status: In(statuses) },
    order: { priority: 'ASC', createdAt: 'ASC', id: 'ASC' },
    take: Math.min(filter.limit ?? 100, 500),
  });
  const conversationIds = [...new Set(escalations.flatMap((e) => (e.conversationId ? [e.conversationId] : [])))];
  const ticketIds = [...new Set(escalations.flatMap((e) => (e.ticketId ? [e.ticketId] : [])))];
  // One after another: inside a transaction they share one connection anyway.
  const conversations = conversationIds.length ? await ctx.em.findBy(Conversation, { id: In(conversationIds) }) : [];
  const tickets = ticketIds.length ? await ctx.em.findBy(Ticket, { id: In(ticketIds) }) : [];
  const lastMessages = await lastOwnerMessages(ctx, conversationIds);
  const conversationById = new Map(conversations.map((c) => [c.id, c]));
  const numberById = new Map(tickets.map((t) => [t.id, t.number]));
  return escalations.map((e) => {
    const conversation = e.conversationId ? conversationById.get(e.conversationId) : undefined;
    return {
      id: e.id,
      status: e.status,
      reason: e.reason,
      priority: e.priority,
      summary: e.summary,
      conversationId: e.conversationId,
      channel: conversation?.channel ?? null,
      ownerFrom: conversation?.senderId ?? null,
      ticketId: e.ticketId,
      ticketNumber: e.ticketId ? (numberById.get(e.ticketId) ?? null) : null,
      claimedBy: e.claimedBy,
      slaDueAt: e.slaDueAt,
      createdAt: e.createdAt,
      lastMessage: e.conversationId ? (lastMessages.get(e.conversationId) ?? null) : null,
    };
  });
}
