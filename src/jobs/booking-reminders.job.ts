import { Conversation } from '../../entities';
import { inTransaction, type TxDeps } from '../db/transaction';
import { bookingsNeedingReminder, markReminded } from '../domain/bookings';
import { pushToOwner } from '../domain/escalations';
import { BOOKING_RULES } from '../domain/rules/booking';
import type { Replies } from '../engine/replies';
import { formatDay } from '../shared/time';

/**
 * Reminds bookers shortly before their meeting (scenario 3: "开始前30分钟会提醒您"). Each booking is
 * marked first, in the same transaction as the message, so a reminder goes out exactly once even when
 * two instances run the job.
 */
export async function sendBookingReminders(deps: TxDeps, replies: Replies): Promise<number> {
  return inTransaction(deps, { type: 'system', id: 'booking-reminders' }, async (ctx) => {
    const due = await bookingsNeedingReminder(ctx, ctx.clock.now(), BOOKING_RULES.reminderLeadMinutes);
    let sent = 0;
    for (const b of due) {
      if (!(await markReminded(ctx, b.id))) continue;
      const conversation = await ctx.em.findOneBy(Conversation, { channel: b.bookerChannel, senderId: b.bookerId });
      if (!conversation) continue;
      const text = replies.t('booking.reminder', { number: b.number, room: b.room.name, day: formatDay(b.date), start: b.start, end: b.end });
      await pushToOwner(ctx, conversation, text, { author: 'bot' });
      sent += 1;
    }
    return sent;
  });
}
