import type Router from '@koa/router';
import { LessThan } from 'typeorm';
import { z } from 'zod';
import { AuditLog, Escalation, type TicketStatus } from '../../../entities';
import { listEscalations } from '../../domain/escalations';
import { ESCALATION_RULES } from '../../domain/rules/escalation';
import { TICKET_TRANSITIONS } from '../../domain/rules/ticket-status';
import { listTickets } from '../../domain/tickets';
import { importLedger } from '../../import';
import { AppError } from '../../shared/errors';
import { badRequest } from '../errors';
import { LOGIN_LIMITS } from '../login-throttle';
import { readRawBody } from '../raw-body';
import { ROLES, requireRole, staffActor } from '../staff-auth';
import { parseInput } from '../validate';
import type { StaffRouteKit } from './staff-context';

/** Largest ledger file accepted from the console. */
export const IMPORT_MAX_BYTES = 10 * 1_048_576;

const kindParam = z.object({ kind: z.enum(['owners', 'bills'], { error: 'owners or bills' }) });
const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  before: z.coerce.number().int().positive().optional(),
  action: z.string().max(64).optional(),
  targetType: z.string().max(32).optional(),
  targetId: z.string().max(64).optional(),
});

function uploadedFilename(header: string): string {
  let name = header;
  try {
    name = decodeURIComponent(header);
  } catch {
    /* a name that was not URI-encoded is used as sent */
  }
  name = name.replace(/^.*[\\/]/, '').trim();
  if (!name) throw badRequest('FILENAME_REQUIRED', 'send the file name in the X-Filename header (URI-encoded), e.g. owners.csv');
  return name.slice(0, 200);
}

/** Imports (admin), reports and the audit log (supervisors and admins), settings (admin). */
export function adminRoutes(router: Router, kit: StaffRouteKit): void {
  const supervise = requireRole(ROLES.supervise);

  // The console uploads the file as the raw body (CSV or XLSX) with its name in X-Filename; the rows go
  // through the same importLedger as `npm run import`.
  router.post('/imports/:kind', requireRole(ROLES.admin), async (ctx) => {
    const { kind } = parseInput(kindParam, ctx.params);
    const filename = uploadedFilename(ctx.get('x-filename'));
    const buffer = await readRawBody(ctx, IMPORT_MAX_BYTES);
    if (!buffer.length) throw badRequest('EMPTY_FILE', 'the uploaded file is empty');
    const result = await importLedger(kit.deps, kind, { buffer, filename }, { actor: staffActor(ctx) });
    if (!result.ok) throw new AppError(result.reason, result.message, 422);
    ctx.body = { kind, filename, imported: result.imported, updated: result.updated, rejected: result.rejected, errors: result.errors };
  });

  router.get('/audit', supervise, async (ctx) => {
    const q = parseInput(auditQuery, ctx.query);
    const rows = await kit.tx(ctx, (d) =>
      d.em.find(AuditLog, {
        where: {
          ...(q.before ? { id: LessThan(q.before) } : {}),
          ...(q.action ? { action: q.action } : {}),
          ...(q.targetType ? { targetType: q.targetType } : {}),
          ...(q.targetId ? { targetId: q.targetId } : {}),
        },
        order: { id: 'DESC' },
        take: q.limit ?? 100,
      }),
    );
    ctx.body = {
      items: rows.map((r) => ({
        id: r.id, actorType: r.actorType, actorId: r.actorId, action: r.action, targetType: r.targetType,
        targetId: r.targetId, detail: r.detail, at: r.at.toISOString(),
      })),
    };
  });

  // The desk at a glance for supervisors: waiting cases, cases past their pick-up deadline, who holds how
  // many, tickets by status and overdue.
  router.get('/reports/summary', supervise, async (ctx) => {
    const now = kit.deps.clock.now();
    ctx.body = await kit.tx(ctx, async (d) => {
      const active = await listEscalations(d, { status: ['open', 'claimed'], limit: 500 });
      const byReason: Record<string, number> = {};
      const byStaff: Record<string, number> = {};
      for (const e of active) {
        byReason[e.reason] = (byReason[e.reason] ?? 0) + 1;
        if (e.claimedBy != null) byStaff[e.claimedBy] = (byStaff[e.claimedBy] ?? 0) + 1;
      }
      const ticketsByStatus: Partial<Record<TicketStatus, number>> = {};
      for (const status of Object.keys(TICKET_TRANSITIONS) as TicketStatus[]) {
        ticketsByStatus[status] = (await listTickets(d, { status, limit: 1 })).total;
      }
      return {
        at: now.toISOString(),
        escalations: {
          open: active.filter((e) => e.status === 'open').length,
          claimed: active.filter((e) => e.status === 'claimed').length,
          pastPickupDeadline: active.filter((e) => e.status === 'open' && e.slaDueAt < now).length,
          resolvedTotal: await d.em.countBy(Escalation, { status: 'resolved' }),
          byReason,
          claimedByStaff: byStaff,
        },
        tickets: { byStatus: ticketsByStatus, overdue: (await listTickets(d, { overdue: true, limit: 1 })).total },
      };
    });
  });

  // What the desk runs on, read-only: the declared rules and limits (editing them is later work).
  router.get('/settings', requireRole(ROLES.admin), async (ctx) => {
    ctx.body = {
      sessionHours: kit.deps.sessionHours,
      loginLimits: LOGIN_LIMITS,
      importMaxBytes: IMPORT_MAX_BYTES,
      escalationRules: ESCALATION_RULES,
      ticketTransitions: TICKET_TRANSITIONS,
    };
  });
}
