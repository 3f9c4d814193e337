import { listOpenTicketsFor, nextDeadline } from '../../domain/tickets';
import { formatMoment } from '../../shared/time';
import type { Turn } from '../turn';

const MAX_LISTED = 5;
const DEADLINE_WORDS: Record<string, string> = {
  notifyDueAt: '通知时限', dispatchDueAt: '派单时限', arriveDueAt: '到场时限', resolveDueAt: '处理时限',
};

/**
 * The owner's open tickets with status and next deadline. A sender sees what they reported; once
 * bound, also their unit's tickets. An unbound sender with nothing reported learns nothing.
 */
export async function ticketStatus(turn: Turn): Promise<void> {
  const tickets = await listOpenTicketsFor(turn.ctx, {
    reporterChannel: turn.inbound.channel,
    reporterId: turn.inbound.senderId,
    ownerId: turn.identity?.ownerId,
    unitId: turn.identity?.unitId,
  });
  if (!tickets.length) {
    turn.sayKey(turn.identity ? 'ticket_status.none' : 'ticket_status.need_bind');
    return;
  }
  const lines = tickets.slice(0, MAX_LISTED).map((t) => {
    const next = nextDeadline(t, turn.now);
    const deadline = next ? `，${DEADLINE_WORDS[next.kind]} ${formatMoment(next.at)}${next.overdue ? '（已超时，已催办）' : ''}` : '';
    const what = t.description.length > 20 ? `${t.description.slice(0, 20)}…` : t.description;
    return turn.t('ticket_status.line', { number: t.number, what, status: turn.t(`status_label.${t.status}`), deadline });
  });
  turn.say([turn.t('ticket_status.header', { count: tickets.length }), ...lines].join('\n'));
}
