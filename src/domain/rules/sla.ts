import type { TicketStatus, TicketType } from '../../../entities';
import { ACTIVE_STATUSES } from './ticket-status';

/**
 * Service-time standards from the handbook's 服务时限 table, as data. Everything that computes or
 * checks a ticket deadline reads its numbers from here.
 */

/** The four deadlines a ticket can carry (columns of Ticket). */
export type DeadlineKind = 'notifyDueAt' | 'dispatchDueAt' | 'arriveDueAt' | 'resolveDueAt';

/** 1 is the most urgent; the staff queue and reminders sort by it. */
export const TICKET_PRIORITY = { emergency: 1, seriousComplaint: 2, normal: 3 } as const;

/** Ordinary fault: the work order reaches engineering within 15 minutes. */
export const REPAIR_SLA = { dispatchWithinMinutes: 15 } as const;

/**
 * Emergencies (掉闸断电, 跑水, 停梯, 火警, plus gas and security incidents): engineering AND security are
 * notified within 1 minute, whatever the kind.
 */
export const EMERGENCY_SLA = {
  kinds: ['power_outage', 'flood', 'elevator', 'fire', 'gas', 'security'],
  notifyWithinMinutes: 1,
  notifyDepartments: ['engineering', 'security'],
} as const;

/**
 * The engineering day rule for work orders (repairs and emergencies), in Asia/Shanghai local time:
 * - raised before 17:00 and not fixed that day → engineering is reminded by 09:00 next day (or the
 *   manager is told). The ticket is overdue from that moment: resolveDueAt = remindAt = next day 09:00.
 * - raised at or after 17:00 → if not fixed by 12:00 next day engineering is reminded (remindAt) to
 *   fix it by 17:00 that day (resolveDueAt).
 */
export const ENGINEERING_DAY_RULE = {
  appliesTo: ['repair', 'emergency'] as readonly TicketType[],
  cutoff: '17:00',
  beforeCutoff: { remindNextDayAt: '09:00', resolveNextDayBy: '09:00' },
  afterCutoff: { remindNextDayAt: '12:00', resolveNextDayBy: '17:00' },
} as const;

/** Doorstep services: which deadline the handbook sets and how many minutes it allows. */
export interface ServiceSla {
  deadline: DeadlineKind;
  withinMinutes: number;
}
export const SERVICE_SLA: Readonly<Record<string, ServiceSla>> = {
  /** Locked out: staff at the door within 10 minutes (ID checked, spare-key use logged). */
  door_open: { deadline: 'arriveDueAt', withinMinutes: 10 },
  /** Registered mail, express, remittance slips: brought to the owner within 10 minutes. */
  parcel: { deadline: 'arriveDueAt', withinMinutes: 10 },
  /** Temporary or construction-worker pass issued within 15 minutes. */
  access_pass: { deadline: 'resolveDueAt', withinMinutes: 15 },
  /** Renovation application handled within 15 minutes. */
  renovation: { deadline: 'resolveDueAt', withinMinutes: 15 },
  /** Key loan within 5 minutes. */
  key_loan: { deadline: 'resolveDueAt', withinMinutes: 5 },
  /** Move-in or ownership transfer procedure within 30 minutes. */
  move_in: { deadline: 'resolveDueAt', withinMinutes: 30 },
  transfer: { deadline: 'resolveDueAt', withinMinutes: 30 },
};
/** Services the handbook gives no time for (cleaning, item release, after-hours…) are handed on like an ordinary order. */
export const SERVICE_DEFAULT_SLA: ServiceSla = { deadline: 'dispatchDueAt', withinMinutes: 15 };

/**
 * Complaints: the owner is told by when they will hear back (resolveDueAt).
 * - ordinary: by 18:00 the next day — a full working day for the desk to look into it;
 * - serious (staff conduct, security, a repeat, threats of police/media/12345): the supervisor hears of
 *   it within 10 minutes (the handbook's "incident reported to a superior", notifyDueAt) and the owner
 *   hears back within 2 hours, i.e. the same day in office hours.
 */
export const COMPLAINT_SLA = {
  replyNextDayBy: '18:00',
  serious: { reportToSuperiorWithinMinutes: 10, replyWithinMinutes: 120 },
} as const;

/**
 * While a ticket is in one of these statuses the deadline is still owed; once it moves on, the
 * deadline has been met. A pending deadline in the past makes the ticket overdue.
 */
export const DEADLINE_PENDING_STATUSES: Readonly<Record<DeadlineKind, readonly TicketStatus[]>> = {
  notifyDueAt: ['submitted'],
  dispatchDueAt: ['submitted'],
  arriveDueAt: ['submitted', 'dispatched'],
  resolveDueAt: ACTIVE_STATUSES,
};
