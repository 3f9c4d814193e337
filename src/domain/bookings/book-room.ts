/**
 * Booking a room. Overlaps are made impossible by the database: a booking inserts one BookingSlot
 * row per slot it covers, under the unique (roomId, slotStart) index, in the same transaction as the
 * booking itself. There is deliberately no "is it free?" read before the insert and no
 * SELECT … FOR UPDATE: a duplicate key is the only arbiter, which holds across instances, pool
 * connections and distributed MySQL-compatible databases (TiDB) alike.
 *
 * `bookRoom` opens its OWN transaction (through `inTransaction`) instead of joining the caller's:
 * - a conflict must roll back the booking row and the slot rows already inserted, and nothing else
 *   of the caller's work;
 * - on MySQL a losing insert can end in a deadlock (1213), which rolls back the whole transaction
 *   server-side; on TiDB's optimistic mode the duplicate only surfaces at COMMIT. A savepoint inside
 *   the caller's transaction survives neither; a transaction of our own can simply be run again.
 * On MySQL it therefore commits on its own pooled connection even when called during an engine
 * turn. On SQLite (one connection) `transaction()` nests a call made inside an open transaction as
 * a savepoint of it, which is safe there because nothing runs concurrently; the booking then
 * commits with the turn.
 */
import crypto from 'node:crypto';
import { Booking, BookingSlot } from '../../../entities';
import { nextSequence } from '../../db/sequence';
import { inTransaction, type TxDeps } from '../../db/transaction';
import { addDays, localDate } from '../../shared/time';
import { audit } from '../audit';
import type { Actor, DomainContext } from '../context';
import { BOOKING_RULES } from '../rules/booking';
import { findAlternatives, occupiedSlots } from './availability';
import { eventPayload, toBookingInfo } from './booking-info';
import { isRetryable, isSlotTaken } from './db-errors';
import { getRoom, listRooms, type RoomInfo } from './rooms';
import { ceilToSlot, floorToSlot, instantOf, isFree, isValidDate, localRange, parseHhmm, slotStartsBetween, type TimeRange } from './slots';
import type { BookingRefusal, BookingRequest, BookRoomResult } from './types';

/** Books a room, or says why not. Runs in its own transaction(s); see the file comment. */
export async function bookRoom(deps: TxDeps, actor: Actor, request: BookingRequest): Promise<BookRoomResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(deps, actor, (ctx) => tryToBook(ctx, request));
    } catch (err) {
      if (isSlotTaken(deps.dataSource, err)) break;
      if (!isRetryable(err) || attempt >= BOOKING_RULES.transactionAttempts) throw err;
      deps.logger.warn('booking transaction conflict, retrying', { attempt, roomId: request.roomId, err: String(err) });
      await new Promise((r) => setTimeout(r, attempt * (5 + Math.random() * 20)));
    }
  }
  // The failed attempt is rolled back; offer what is free now, read in a fresh transaction.
  const alternatives = await inTransaction(deps, actor, (ctx) => findAlternatives(ctx, request));
  deps.logger.info('booking refused: slot taken', { roomId: request.roomId, date: request.date, start: request.start, end: request.end });
  return { ok: false, reason: 'SLOT_TAKEN', alternatives };
}

/** Checks a request against the rules; the room and slot-aligned instants when it may be booked. */
export async function checkRequest(
  ctx: DomainContext,
  request: BookingRequest,
): Promise<BookingRefusal | { ok: true; room: RoomInfo; startAt: Date; endAt: Date }> {
  const room = await getRoom(ctx, request.roomId);
  if (!room) return { ok: false, reason: 'UNKNOWN_ROOM', rooms: await listRooms(ctx) };

  const maxMinutes = BOOKING_RULES.maxDurationMinutes;
  const start = parseHhmm(request.start);
  const end = parseHhmm(request.end);
  const attendeesOk = request.attendees == null || (Number.isInteger(request.attendees) && request.attendees > 0);
  if (!isValidDate(request.date) || start === undefined || end === undefined || !attendeesOk) {
    return { ok: false, reason: 'INVALID_RANGE', problem: 'MALFORMED', maxMinutes };
  }
  if (end <= start) return { ok: false, reason: 'INVALID_RANGE', problem: 'END_NOT_AFTER_START', maxMinutes };
  const from = floorToSlot(start);
  const to = ceilToSlot(end);
  if (to - from > maxMinutes) return { ok: false, reason: 'INVALID_RANGE', problem: 'TOO_LONG', maxMinutes };

  const now = ctx.clock.now();
  // The wish, not its rounded-out start, decides: "now until 11:00" at 10:05 is not in the past.
  if (instantOf(request.date, start) < now) return { ok: false, reason: 'IN_THE_PAST' };
  const latestDate = addDays(localDate(now), BOOKING_RULES.horizonDays);
  if (request.date > latestDate) return { ok: false, reason: 'TOO_FAR_AHEAD', latestDate };

  if (from < (parseHhmm(room.opensAt) ?? 0) || to > (parseHhmm(room.closesAt) ?? 24 * 60)) {
    return { ok: false, reason: 'OUTSIDE_HOURS', room, opensAt: room.opensAt, closesAt: room.closesAt };
  }
  if (request.attendees && request.attendees > room.capacity) {
    const roomsThatFit = (await listRooms(ctx)).filter((r) => r.capacity >= request.attendees!).sort((a, b) => a.capacity - b.capacity);
    const alternatives = await findAlternatives(ctx, request);
    return { ok: false, reason: 'OVER_CAPACITY', room, roomsThatFit, alternatives };
  }
  return { ok: true, room, startAt: instantOf(request.date, from), endAt: instantOf(request.date, to) };
}

/**
 * Would this request be booked right now? Read-only, for the dialogue to answer before it asks for
 * confirmation (scenario 3 names the conflict in its first reply). Advisory only: `bookRoom`'s
 * insert still decides, so a slot taken in between surfaces there as SLOT_TAKEN.
 */
export async function previewBooking(
  ctx: DomainContext,
  request: BookingRequest,
): Promise<BookingRefusal | ({ ok: true; room: RoomInfo; date: string } & TimeRange)> {
  const checked = await checkRequest(ctx, request);
  if (!checked.ok) return checked;
  const { room, startAt, endAt } = checked;
  const { start, end } = localRange(request.date, startAt, endAt);
  const occupied = (await occupiedSlots(ctx, request.date, [room.id])).get(room.id)!;
  if (!isFree(occupied, parseHhmm(start)!, parseHhmm(end)!)) {
    return { ok: false, reason: 'SLOT_TAKEN', alternatives: await findAlternatives(ctx, request) };
  }
  return { ok: true, room, date: request.date, start, end };
}

/** One attempt inside a transaction; a taken slot surfaces as the driver's unique-key error. */
async function tryToBook(ctx: DomainContext, request: BookingRequest): Promise<BookRoomResult> {
  const checked = await checkRequest(ctx, request);
  if (!checked.ok) return checked;
  const { room, startAt, endAt } = checked;
  const now = ctx.clock.now();

  // The human number is drawn only after the slots are won: losers never touch (or wait on) the
  // counter row, so numbers have no gaps and the counter is locked only for the last moments.
  const values: Omit<Booking, 'id'> = {
    number: `~${crypto.randomBytes(9).toString('hex')}`,
    roomId: room.id,
    startAt,
    endAt,
    attendees: request.attendees ?? null,
    status: 'confirmed',
    ownerId: request.ownerId ?? null,
    bookerChannel: request.bookerChannel,
    bookerId: request.bookerId,
    remindedAt: null,
    createdAt: now,
    cancelledAt: null,
  };
  const inserted = await ctx.em.insert(Booking, values);
  const bookingId = Number(inserted.identifiers[0].id);
  // One multi-row INSERT in ascending slot order; a duplicate key here means the room is taken.
  await ctx.em.insert(
    BookingSlot,
    slotStartsBetween(startAt, endAt).map((slotStart) => ({ roomId: room.id, slotStart, bookingId })),
  );
  const number = `${BOOKING_RULES.numberPrefix}-${String(await nextSequence(ctx.em, BOOKING_RULES.numberPrefix)).padStart(BOOKING_RULES.numberDigits, '0')}`;
  await ctx.em.update(Booking, { id: bookingId }, { number });

  const booking = toBookingInfo({ ...values, id: bookingId, number }, room);
  await audit(ctx, 'booking.create', { type: 'booking', id: number }, { room: room.name, date: booking.date, start: booking.start, end: booking.end, attendees: booking.attendees });
  ctx.emit({ type: 'booking.created', payload: eventPayload(booking) });
  ctx.logger.info('booking created', { number, roomId: room.id, date: booking.date, start: booking.start, end: booking.end });
  return { ok: true, booking };
}
