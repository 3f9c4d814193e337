import { Announcement, type AnnouncementAudience, type AnnouncementStatus } from '../../../entities';
import type { Result } from '../../shared/errors';
import { audit } from '../audit';
import type { DomainContext } from '../context';

export interface AnnouncementInput {
  title: string;
  body: string;
  audience: AnnouncementAudience;
  /** When it is to go out; null keeps it a draft without a date. */
  scheduledAt: Date | null;
}

/** Statuses staff may still edit; a sent announcement is history. */
const EDITABLE: readonly AnnouncementStatus[] = ['draft', 'scheduled'];

/**
 * Announcements are drafted here and only scheduled: a draft with a time becomes `scheduled`, one without
 * stays `draft`. Delivering scheduled ones to owners' channels is the job of a sender that is not built yet.
 */
function statusFor(scheduledAt: Date | null): AnnouncementStatus {
  return scheduledAt ? 'scheduled' : 'draft';
}

export type AnnouncementFailure = 'NOT_FOUND' | 'NOT_EDITABLE' | 'SCHEDULED_IN_PAST';

export function listAnnouncements(ctx: DomainContext): Promise<Announcement[]> {
  return ctx.em.find(Announcement, { order: { id: 'DESC' }, take: 200 });
}

export async function draftAnnouncement(
  ctx: DomainContext,
  staffId: number,
  input: AnnouncementInput,
): Promise<Result<{ announcement: Announcement }, AnnouncementFailure>> {
  const now = ctx.clock.now();
  if (input.scheduledAt && input.scheduledAt < now) return { ok: false, reason: 'SCHEDULED_IN_PAST' };
  const announcement = await ctx.em.save(
    ctx.em.create(Announcement, {
      ...input, status: statusFor(input.scheduledAt), createdBy: staffId, createdAt: now, updatedAt: now, sentAt: null,
    }),
  );
  await audit(ctx, 'announcement.drafted', { type: 'announcement', id: announcement.id }, {
    title: announcement.title, status: announcement.status, scheduledAt: input.scheduledAt?.toISOString() ?? null,
  });
  return { ok: true, announcement };
}

export async function updateAnnouncement(
  ctx: DomainContext,
  id: number,
  input: AnnouncementInput,
): Promise<Result<{ announcement: Announcement }, AnnouncementFailure>> {
  const announcement = await ctx.em.findOneBy(Announcement, { id });
  if (!announcement) return { ok: false, reason: 'NOT_FOUND' };
  if (!EDITABLE.includes(announcement.status)) return { ok: false, reason: 'NOT_EDITABLE' };
  const now = ctx.clock.now();
  if (input.scheduledAt && input.scheduledAt < now) return { ok: false, reason: 'SCHEDULED_IN_PAST' };
  Object.assign(announcement, input, { status: statusFor(input.scheduledAt), updatedAt: now });
  await ctx.em.save(announcement);
  await audit(ctx, 'announcement.updated', { type: 'announcement', id }, {
    title: announcement.title, status: announcement.status, scheduledAt: input.scheduledAt?.toISOString() ?? null,
  });
  return { ok: true, announcement };
}

export async function cancelAnnouncement(
  ctx: DomainContext,
  id: number,
): Promise<Result<{ announcement: Announcement }, AnnouncementFailure>> {
  const announcement = await ctx.em.findOneBy(Announcement, { id });
  if (!announcement) return { ok: false, reason: 'NOT_FOUND' };
  if (!EDITABLE.includes(announcement.status)) return { ok: false, reason: 'NOT_EDITABLE' };
  announcement.status = 'cancelled';
  announcement.updatedAt = ctx.clock.now();
  await ctx.em.save(announcement);
  await audit(ctx, 'announcement.cancelled', { type: 'announcement', id }, { title: announcement.title });
  return { ok: true, announcement };
}
