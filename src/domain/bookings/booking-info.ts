import type { Booking } from '../../../entities';
import { localDate } from '../../shared/time';
import type { RoomInfo } from './rooms';
import { localRange } from './slots';
import type { BookingInfo } from './types';

/** A stored booking in local terms; an end at the next midnight reads "24:00". */
export function toBookingInfo(b: Booking, room: RoomInfo): BookingInfo {
  const date = localDate(b.startAt);
  const { start, end } = localRange(date, b.startAt, b.endAt);
  return {
    id: b.id, number: b.number, room, date, start, end, startAt: b.startAt, endAt: b.endAt,
    attendees: b.attendees, status: b.status, ownerId: b.ownerId, bookerChannel: b.bookerChannel, bookerId: b.bookerId,
    remindedAt: b.remindedAt,
  };
}

/** What subscribers (reminders, staff notices) get with booking.created / booking.cancelled. */
export function eventPayload(b: BookingInfo): Record<string, unknown> {
  return {
    bookingId: b.id, number: b.number, roomId: b.room.id, roomName: b.room.name, date: b.date, start: b.start, end: b.end,
    startAt: b.startAt.toISOString(), endAt: b.endAt.toISOString(), attendees: b.attendees,
    ownerId: b.ownerId, bookerChannel: b.bookerChannel, bookerId: b.bookerId,
  };
}
