import { CannedReply } from '../../../entities';
import type { Result } from '../../shared/errors';
import { audit } from '../audit';
import type { DomainContext } from '../context';

export interface CannedReplyInput {
  title: string;
  text: string;
  sortOrder?: number;
}

/** Every canned reply, in the order staff arranged them. */
export function listCannedReplies(ctx: DomainContext): Promise<CannedReply[]> {
  return ctx.em.find(CannedReply, { order: { sortOrder: 'ASC', id: 'ASC' } });
}

export async function createCannedReply(ctx: DomainContext, staffId: number, input: CannedReplyInput): Promise<CannedReply> {
  const now = ctx.clock.now();
  const reply = await ctx.em.save(
    ctx.em.create(CannedReply, {
      title: input.title, text: input.text, sortOrder: input.sortOrder ?? 0, updatedBy: staffId, createdAt: now, updatedAt: now,
    }),
  );
  await audit(ctx, 'canned_reply.created', { type: 'canned_reply', id: reply.id }, { title: reply.title });
  return reply;
}

export async function updateCannedReply(
  ctx: DomainContext,
  id: number,
  staffId: number,
  input: Partial<CannedReplyInput>,
): Promise<Result<{ reply: CannedReply }, 'NOT_FOUND'>> {
  const reply = await ctx.em.findOneBy(CannedReply, { id });
  if (!reply) return { ok: false, reason: 'NOT_FOUND' };
  if (input.title !== undefined) reply.title = input.title;
  if (input.text !== undefined) reply.text = input.text;
  if (input.sortOrder !== undefined) reply.sortOrder = input.sortOrder;
  reply.updatedBy = staffId;
  reply.updatedAt = ctx.clock.now();
  await ctx.em.save(reply);
  await audit(ctx, 'canned_reply.updated', { type: 'canned_reply', id }, { title: reply.title });
  return { ok: true, reply };
}

export async function deleteCannedReply(ctx: DomainContext, id: number): Promise<Result<object, 'NOT_FOUND'>> {
  const reply = await ctx.em.findOneBy(CannedReply, { id });
  if (!reply) return { ok: false, reason: 'NOT_FOUND' };
  await ctx.em.delete(CannedReply, { id });
  await audit(ctx, 'canned_reply.deleted', { type: 'canned_reply', id }, { title: reply.title });
  return { ok: true };
}
