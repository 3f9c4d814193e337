/** For the reminder job: bookings about to start whose booker has not been reminded yet. */
import { IsNull } from 'typeorm';
import { Booking } from '../../../entities';
import { addMinutes } from '../../shared/time';
import type { DomainContext } from '../context';
import { withRooms } from './my-bookings';
import type { BookingInfo } from './types';

/** Confirmed, not yet reminded bookings starting after `now` and within `leadMinutes` of it. */
export async function bookingsNeedingReminder(ctx: DomainContext, now: Date, leadMinutes: number): Promise<BookingInfo[]> {
  const bookings = await ctx.em
    .createQueryBuilder(Booking, 'b')
    .where('b.status = :status', { status: 'confirmed' })
    .andWhere('b.remindedAt IS NULL')
    .andWhere('b.startAt > :now AND b.startAt <= :until', { now, until: addMinutes(now, leadMinutes) })
    .orderBy('b.startAt', 'ASC')
    .getMany();
  return withRooms(ctx, bookings);
}

/**
 * Records that the booker was reminded. False when it already was (another run got there first),
 * so the job sends each reminder once.
 */
export async function markReminded(ctx: DomainContext, bookingId: number): Promise<boolean> {
  const result = await ctx.em.update(Booking, { id: bookingId, remindedAt: IsNull() }, { remindedAt: ctx.clock.now() });
  return Boolean(result.affected);
}
