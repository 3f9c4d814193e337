import type { Ticket, TicketStatus, TicketType } from '../../../entities';
import {
  COMPLAINT_SLA, DEADLINE_PENDING_STATUSES, EMERGENCY_SLA, ENGINEERING_DAY_RULE, REPAIR_SLA, SERVICE_DEFAULT_SLA,
  SERVICE_SLA, type DeadlineKind,
} from '../rules/sla';
import { addDays, addMinutes, fromLocal, hhmmToMinutes, localDate, localMinutes } from '../../shared/time';

export interface Deadlines {
  notifyDueAt: Date | null;
  dispatchDueAt: Date | null;
  arriveDueAt: Date | null;
  resolveDueAt: Date | null;
  /** When engineering is to be reminded of a job still not fixed (the day rule); not stored, recomputable. */
  remindAt: Date | null;
}

export const DEADLINE_KINDS: readonly DeadlineKind[] = ['notifyDueAt', 'dispatchDueAt', 'arriveDueAt', 'resolveDueAt'];

/** The engineering day rule's reminder and fix-by moments for a job raised at `createdAt`. */
function engineeringDay(createdAt: Date): { remindAt: Date; resolveDueAt: Date } {
  const nextDay = addDays(localDate(createdAt), 1);
  const before = localMinutes(createdAt) < hhmmToMinutes(ENGINEERING_DAY_RULE.cutoff);
  const rule = before ? ENGINEERING_DAY_RULE.beforeCutoff : ENGINEERING_DAY_RULE.afterCutoff;
  return { remindAt: fromLocal(nextDay, rule.remindNextDayAt), resolveDueAt: fromLocal(nextDay, rule.resolveNextDayBy) };
}

/**
 * The deadlines a ticket of `type`/`category` (repair category, emergency kind, complaint category or
 * service) raised at `createdAt` must meet, from the declared SLA rules. A complaint's deadlines depend
 * on whether it is serious.
 */
export function computeDeadlines(
  type: TicketType,
  category: string,
  createdAt: Date,
  opts: { serious?: boolean } = {},
): Deadlines {
  const d: Deadlines = { notifyDueAt: null, dispatchDueAt: null, arriveDueAt: null, resolveDueAt: null, remindAt: null };
  switch (type) {
    case 'repair':
      d.dispatchDueAt = addMinutes(createdAt, REPAIR_SLA.dispatchWithinMinutes);
      break;
    case 'emergency':
      d.notifyDueAt = addMinutes(createdAt, EMERGENCY_SLA.notifyWithinMinutes);
      break;
    case 'service': {
      const sla = SERVICE_SLA[category] ?? SERVICE_DEFAULT_SLA;
      d[sla.deadline] = addMinutes(createdAt, sla.withinMinutes);
      break;
    }
    case 'complaint':
      if (opts.serious) {
        d.notifyDueAt = addMinutes(createdAt, COMPLAINT_SLA.serious.reportToSuperiorWithinMinutes);
        d.resolveDueAt = addMinutes(createdAt, COMPLAINT_SLA.serious.replyWithinMinutes);
      } else {
        d.resolveDueAt = fromLocal(addDays(localDate(createdAt), 1), COMPLAINT_SLA.replyNextDayBy);
      }
      break;
  }
  if (ENGINEERING_DAY_RULE.appliesTo.includes(type)) Object.assign(d, engineeringDay(createdAt));
  return d;
}

type DeadlineFields = Pick<Ticket, 'status' | DeadlineKind>;

/** The deadlines still owed in the ticket's current status (met ones drop out as the ticket moves on). */
function pendingDeadlines(ticket: DeadlineFields): { kind: DeadlineKind; at: Date }[] {
  return DEADLINE_KINDS.filter((k) => ticket[k] && DEADLINE_PENDING_STATUSES[k].includes(ticket.status as TicketStatus))
    .map((k) => ({ kind: k, at: ticket[k] as Date }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Whether some deadline still owed has passed. */
export function isOverdue(ticket: DeadlineFields, now: Date): boolean {
  return pendingDeadlines(ticket).some((p) => p.at.getTime() < now.getTime());
}

/**
 * The deadline to quote when the owner asks "when will I hear back": the earliest one still owed and
 * still ahead; when every owed deadline has passed, the latest of them. `overdue` says whether any owed
 * deadline has passed. Null when nothing is owed (done, closed, cancelled).
 */
export function nextDeadline(
  ticket: DeadlineFields,
  now: Date,
): { kind: DeadlineKind; at: Date; overdue: boolean } | null {
  const pending = pendingDeadlines(ticket);
  if (!pending.length) return null;
  const overdue = pending.some((p) => p.at.getTime() < now.getTime());
  const ahead = pending.find((p) => p.at.getTime() >= now.getTime());
  const pick = ahead ?? pending[pending.length - 1];
  return { ...pick, overdue };
}
