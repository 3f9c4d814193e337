import { Conversation, Message, StaffAccount, type StaffRole } from '../../../entities';
import type { Actor, DomainContext } from '../../../src/domain/context';

/** A conversation of an owner-side sender on a channel, as the engine would have created it. */
export async function makeConversation(ctx: DomainContext, channel: string, senderId: string): Promise<Conversation> {
  const now = ctx.clock.now();
  return ctx.em.save(ctx.em.create(Conversation, { channel, senderId, mode: 'bot', state: null, turn: 0, lastMessageAt: now, createdAt: now }));
}

/** A message in the conversation: what the owner wrote, or what the bot answered. */
export async function say(ctx: DomainContext, conversation: Conversation, author: 'owner' | 'bot', text: string): Promise<Message> {
  return ctx.em.save(
    ctx.em.create(Message, {
      conversationId: conversation.id, direction: author === 'owner' ? 'in' : 'out', externalId: null, author,
      staffId: null, text, intent: null, replyToId: null, pushed: false, private: false, at: ctx.clock.now(),
    }),
  );
}

export async function makeStaff(ctx: DomainContext, username: string, role: StaffRole): Promise<StaffAccount> {
  return ctx.em.save(
    ctx.em.create(StaffAccount, { username, displayName: username, role, passwordHash: 'x', active: true, createdAt: ctx.clock.now() }),
  );
}

/** The context actor for a member of staff. */
export const asStaff = (staff: StaffAccount): Actor => ({ type: 'staff', id: String(staff.id), role: staff.role });
