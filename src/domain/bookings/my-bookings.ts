/**
 * A booker's own bookings: listing and cancelling. A booker is the (channel, sender id) that made
 * the booking, or, once bound, the owner record; nothing here ever finds another booker's booking.
 */
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { Booking, BookingSlot, MeetingRoom } from '../../../entities';
import { addDays } from '../../shared/time';
import { audit } from '../audit';
import type { DomainContext } from '../context';
import { eventPayload, toBookingInfo } from './booking-info';
import { toRoomInfo } from './rooms';
import { instantOf } from './slots';
import type { BookingInfo } from './types';

export interface Booker {
  bookerChannel: string;
  bookerId: string;
  /** The bound owner: their bookings made from another channel count as theirs too. */
  ownerId?: number | null;
}

function ownedBy(qb: SelectQueryBuilder<Booking>, booker: Booker): SelectQueryBuilder<Booking> {
  return qb.andWhere(
    new Brackets((w) => {
      w.where('b.bookerChannel = :channel AND b.bookerId = :bookerId', { channel: booker.bookerChannel, bookerId: booker.bookerId });
      if (booker.ownerId != null) w.orWhere('b.ownerId = :ownerId', { ownerId: booker.ownerId });
    }),
  );
}

/** Confirmed bookings of `booker` that have not ended by `from` (default now), soonest first. */
async function upcoming(ctx: DomainContext, booker: Booker, opts: { from?: Date; date?: string; number?: string } = {}): Promise<BookingInfo[]> {
  const qb = ctx.em
    .createQueryBuilder(Booking, 'b')
    .where('b.status = :status', { status: 'confirmed' })
    .andWhere('b.endAt > :from', { from: opts.from ?? ctx.clock.now() });
  ownedBy(qb, booker);
  if (opts.number) qb.andWhere('b.number = :number', { number: opts.number });
  if (opts.date) {
    qb.andWhere('b.startAt >= :dayStart AND b.startAt < :dayEnd', { dayStart: instantOf(opts.date, 0), dayEnd: instantOf(addDays(opts.date, 1), 0) });
  }
  const bookings = await qb.orderBy('b.startAt', 'ASC').addOrderBy('b.id', 'ASC').getMany();
  return withRooms(ctx, bookings);
}

export async function withRooms(ctx: DomainContext, bookings: Booking[]): Promise<BookingInfo[]> {
  const roomIds = [...new Set(bookings.map((b) => b.roomId))];
  const rooms = roomIds.length ? await ctx.em.createQueryBuilder(MeetingRoom, 'r').where('r.id IN (:...roomIds)', { roomIds }).getMany() : [];
  const byId = new Map(rooms.map((r) => [r.id, toRoomInfo(r)]));
  return bookings.map((b) => toBookingInfo(b, byId.get(b.roomId)!));
}

/** The booker's upcoming confirmed bookings ("我订了哪些会议室"). */
export function listBookingsFor(ctx: DomainContext, query: Booker & { from?: Date }): Promise<BookingInfo[]> {
  return upcoming(ctx, query, { from: query.from });
}

export type CancelResult =
  | { ok: true; booking: BookingInfo }
  | { ok: false; reason: 'NOT_FOUND' }
  | { ok: false; reason: 'AMBIGUOUS'; candidates: BookingInfo[] };

/**
 * Cancels one of the booker's own bookings that has not ended yet, chosen by number, by date, or,
 * with neither, the only one they have. Frees its slots at once. Another booker's number gives
 * NOT_FOUND, exactly as a number that does not exist.
 */
export async function cancelBooking(
  ctx: DomainContext,
  request: Booker & { bookingNumber?: string; date?: string },
): Promise<CancelResult> {
  const number = request.bookingNumber?.trim().toUpperCase();
  const found = await upcoming(ctx, request, { number, date: request.date });
  if (found.length === 0) return { ok: false, reason: 'NOT_FOUND' };
  if (found.length > 1) return { ok: false, reason: 'AMBIGUOUS', candidates: found };
  const target = found[0];

  const now = ctx.clock.now();
  // Guarded by status, so two cancels racing each other cancel (and announce) it once.
  const updated = await ctx.em.update(Booking, { id: target.id, status: 'confirmed' }, { status: 'cancelled', cancelledAt: now });
  if (!updated.affected) return { ok: false, reason: 'NOT_FOUND' };
  await ctx.em.delete(BookingSlot, { bookingId: target.id });

  const booking: BookingInfo = { ...target, status: 'cancelled' };
  await audit(ctx, 'booking.cancel', { type: 'booking', id: booking.number }, { room: booking.room.name, date: booking.date, start: booking.start, end: booking.end });
  ctx.emit({ type: 'booking.cancelled', payload: eventPayload(booking) });
  ctx.logger.info('booking cancelled', { number: booking.number, roomId: booking.room.id });
  return { ok: true, booking };
}
