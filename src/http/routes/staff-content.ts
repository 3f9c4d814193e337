import type Router from '@koa/router';
import { z } from 'zod';
import type { Announcement, CannedReply } from '../../../entities';
import {
  cancelAnnouncement, draftAnnouncement, listAnnouncements, updateAnnouncement, type AnnouncementInput,
} from '../../domain/announcements';
import { createCannedReply, deleteCannedReply, listCannedReplies, updateCannedReply } from '../../domain/canned-replies';
import { ROLES, requireRole } from '../staff-auth';
import { parseInput } from '../validate';
import { idParam, iso, refuse, type StaffRouteKit } from './staff-context';

const cannedBody = z.object({
  title: z.string().trim().min(1, 'required').max(60, 'at most 60 characters'),
  text: z.string().trim().min(1, 'required').max(2000, 'at most 2000 characters'),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});

const announcementBody = z.object({
  title: z.string().trim().min(1, 'required').max(100, 'at most 100 characters'),
  body: z.string().trim().min(1, 'required').max(5000, 'at most 5000 characters'),
  audience: z.discriminatedUnion('type', [
    z.object({ type: z.literal('all') }),
    z.object({ type: z.literal('buildings'), buildings: z.array(z.string().trim().min(1).max(20)).min(1, 'name at least one building').max(100) }),
  ]),
  scheduledAt: z.iso.datetime({ offset: true, error: 'an ISO time with offset, e.g. 2026-11-25T09:00:00+08:00' }).nullable().optional(),
});

const cannedView = (c: CannedReply) => ({ id: c.id, title: c.title, text: c.text, sortOrder: c.sortOrder, updatedAt: iso(c.updatedAt) });
const announcementView = (a: Announcement) => ({
  id: a.id, title: a.title, body: a.body, audience: a.audience, scheduledAt: iso(a.scheduledAt), status: a.status,
  createdBy: a.createdBy, createdAt: iso(a.createdAt), updatedAt: iso(a.updatedAt), sentAt: iso(a.sentAt),
});

function announcementInput(raw: unknown): AnnouncementInput {
  const body = parseInput(announcementBody, raw);
  return { title: body.title, body: body.body, audience: body.audience, scheduledAt: body.scheduledAt ? new Date(body.scheduledAt) : null };
}

/** Canned replies (read by the desk, edited by supervisors and admins) and announcement drafts. */
export function contentRoutes(router: Router, kit: StaffRouteKit): void {
  const supervise = requireRole(ROLES.supervise);

  router.get('/canned-replies', requireRole(ROLES.desk), async (ctx) => {
    const rows = await kit.tx(ctx, listCannedReplies);
    ctx.body = { items: rows.map(cannedView) };
  });

  router.post('/canned-replies', supervise, async (ctx) => {
    const body = parseInput(cannedBody, ctx.request.body);
    const reply = await kit.tx(ctx, (d) => createCannedReply(d, kit.staffId(ctx), body));
    ctx.status = 201;
    ctx.body = cannedView(reply);
  });

  router.put('/canned-replies/:id', supervise, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const body = parseInput(cannedBody, ctx.request.body);
    const result = await kit.tx(ctx, (d) => updateCannedReply(d, id, kit.staffId(ctx), body));
    if (!result.ok) refuse(result.reason, `canned reply ${id} not found`);
    ctx.body = cannedView(result.reply);
  });

  router.delete('/canned-replies/:id', supervise, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const result = await kit.tx(ctx, (d) => deleteCannedReply(d, id));
    if (!result.ok) refuse(result.reason, `canned reply ${id} not found`);
    ctx.body = { id, deleted: true };
  });

  router.get('/announcements', supervise, async (ctx) => {
    const rows = await kit.tx(ctx, listAnnouncements);
    ctx.body = { items: rows.map(announcementView) };
  });

  router.post('/announcements', supervise, async (ctx) => {
    const input = announcementInput(ctx.request.body);
    const result = await kit.tx(ctx, (d) => draftAnnouncement(d, kit.staffId(ctx), input));
    if (!result.ok) refuse(result.reason);
    ctx.status = 201;
    ctx.body = announcementView(result.announcement);
  });

  router.put('/announcements/:id', supervise, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const input = announcementInput(ctx.request.body);
    const result = await kit.tx(ctx, (d) => updateAnnouncement(d, id, input));
    if (!result.ok) refuse(result.reason, result.reason === 'NOT_FOUND' ? `announcement ${id} not found` : undefined);
    ctx.body = announcementView(result.announcement);
  });

  router.post('/announcements/:id/cancel', supervise, async (ctx) => {
    const { id } = parseInput(idParam, ctx.params);
    const result = await kit.tx(ctx, (d) => cancelAnnouncement(d, id));
    if (!result.ok) refuse(result.reason, result.reason === 'NOT_FOUND' ? `announcement ${id} not found` : undefined);
    ctx.body = announcementView(result.announcement);
  });
}
