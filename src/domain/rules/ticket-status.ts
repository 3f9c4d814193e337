import type { TicketStatus, TicketType } from '../../../entities';

/**
 * The work-order life cycle (工作服务单), declared as data in the manner of Vendure's order process:
 * 受理 submitted → 派单 dispatched → 处理中 in_progress → 完成 done → 已回访 followed_up → 关闭 closed.
 * A job can be cancelled until it is done; a done, followed-up or closed job is reopened when the
 * owner rates it low or says it is not fixed, and a reopened job goes back to engineering.
 */
export const TICKET_TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  submitted: ['dispatched', 'cancelled'],
  dispatched: ['in_progress', 'cancelled'],
  in_progress: ['done', 'cancelled'],
  done: ['followed_up', 'reopened'],
  followed_up: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['dispatched', 'in_progress'],
  cancelled: [],
};

/**
 * Extra moves only some ticket types may make. Engineering and security are told of an emergency at
 * once and go straight to work, so there is no separate dispatch step to wait for.
 */
export const TYPE_SHORTCUTS: Readonly<Partial<Record<TicketType, Partial<Record<TicketStatus, readonly TicketStatus[]>>>>> = {
  emergency: { submitted: ['in_progress'] },
};

/** Where every ticket starts. */
export const INITIAL_TICKET_STATUS: TicketStatus = 'submitted';

/** Statuses after which nothing more happens unless the ticket is reopened (closedAt is set). */
export const TERMINAL_STATUSES: readonly TicketStatus[] = ['closed', 'cancelled'];

/** Statuses in which work is still owed to the owner: deadlines run and the ticket can be overdue. */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['submitted', 'dispatched', 'in_progress', 'reopened'];

/** Statuses an owner still sees as "my open tickets": active work plus a done job awaiting its 回访. */
export const OWNER_VISIBLE_OPEN_STATUSES: readonly TicketStatus[] = [...ACTIVE_STATUSES, 'done', 'followed_up'];

/** The moves a ticket of `type` may make from `from`. */
export function allowedTransitions(type: TicketType, from: TicketStatus): TicketStatus[] {
  return [...TICKET_TRANSITIONS[from], ...(TYPE_SHORTCUTS[type]?.[from] ?? [])];
}
