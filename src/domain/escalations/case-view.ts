import { In } from 'typeorm';
import { ChannelIdentity, Conversation, Escalation, Message, Owner, StaffAccount, Ticket, Unit } from '../../../entities';
import { arrearsFor, type Arrears } from '../billing';
import type { DomainContext } from '../context';
import { listOpenTicketsFor } from '../tickets';

/** How many of the latest messages a case shows. */
const TRANSCRIPT_LIMIT = 300;

export interface TranscriptEntry {
  id: number;
  author: Message['author'];
  direction: Message['direction'];
  text: string;
  /** A staff-only note: never sent or shown to the owner. */
  private: boolean;
  staffName: string | null;
  at: Date;
}

/** Everything staff need on one screen to handle a case (the console's conversation view). */
export interface CaseView {
  escalation: Escalation;
  conversation: Conversation | null;
  claimedByName: string | null;
  /** The owner and unit the sender has bound to, if any. `phone` is masked by the caller's choice. */
  owner: { id: number; name: string; phone: string } | null;
  unit: { id: number; code: string } | null;
  transcript: TranscriptEntry[];
  openTickets: Ticket[];
  ticket: Ticket | null;
  arrears: Arrears | null;
}

const staffLabel = (s: StaffAccount) => s.displayName || s.username;

/**
 * A case with its whole conversation (owner, bot and staff messages, private notes marked), who the owner
 * is, their unit, open tickets and arrears. Null when there is no such case.
 */
export async function getCaseView(ctx: DomainContext, id: number): Promise<CaseView | null> {
  const escalation = await ctx.em.findOneBy(Escalation, { id });
  if (!escalation) return null;
  const conversation = escalation.conversationId ? await ctx.em.findOneBy(Conversation, { id: escalation.conversationId }) : null;
  const messages = conversation
    ? (await ctx.em.find(Message, { where: { conversationId: conversation.id }, order: { id: 'DESC' }, take: TRANSCRIPT_LIMIT })).reverse()
    : [];
  const staffIds = [...new Set([...messages.flatMap((m) => (m.staffId ? [m.staffId] : [])), ...(escalation.claimedBy ? [escalation.claimedBy] : [])])];
  const staff = staffIds.length ? await ctx.em.findBy(StaffAccount, { id: In(staffIds) }) : [];
  const names = new Map(staff.map((s) => [s.id, staffLabel(s)]));

  const identity = conversation
    ? await ctx.em.findOneBy(ChannelIdentity, { channel: conversation.channel, externalId: conversation.senderId })
    : null;
  const owner = identity?.ownerId ? await ctx.em.findOneBy(Owner, { id: identity.ownerId }) : null;
  const unit = identity?.unitId ? await ctx.em.findOneBy(Unit, { id: identity.unitId }) : null;
  const openTickets = conversation
    ? await listOpenTicketsFor(ctx, {
        reporterChannel: conversation.channel, reporterId: conversation.senderId, ownerId: owner?.id ?? null, unitId: unit?.id ?? null,
      })
    : [];
  const ticket = escalation.ticketId ? await ctx.em.findOneBy(Ticket, { id: escalation.ticketId }) : null;

  return {
    escalation,
    conversation,
    claimedByName: escalation.claimedBy ? (names.get(escalation.claimedBy) ?? null) : null,
    owner: owner ? { id: owner.id, name: owner.name, phone: owner.phone } : null,
    unit: unit ? { id: unit.id, code: unit.code } : null,
    transcript: messages.map((m) => ({
      id: m.id, author: m.author, direction: m.direction, text: m.text, private: m.private,
      staffName: m.staffId ? (names.get(m.staffId) ?? null) : null, at: m.at,
    })),
    openTickets,
    ticket,
    arrears: unit ? await arrearsFor(ctx, unit.id) : null,
  };
}
