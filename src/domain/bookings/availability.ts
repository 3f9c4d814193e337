/** What is free: per-room free ranges of a day, and the nearest free options when a wish is taken. */
import { BookingSlot } from '../../../entities';
import { addDays, localDate, localMinutes, minutesToHhmm } from '../../shared/time';
import type { DomainContext } from '../context';
import { BOOKING_RULES } from '../rules/booking';
import { listRooms, type RoomInfo } from './rooms';
import { ceilToSlot, floorToSlot, freeRanges, instantOf, isFree, parseHhmm, type TimeRange } from './slots';
import type { Alternative } from './types';

const SLOT = BOOKING_RULES.slotMinutes;

/** Occupied slot starts (minutes of the local day) per room on `date`, read from BookingSlot rows. */
export async function occupiedSlots(ctx: DomainContext, date: string, roomIds: number[]): Promise<Map<number, Set<number>>> {
  const byRoom = new Map<number, Set<number>>(roomIds.map((id) => [id, new Set<number>()]));
  if (!roomIds.length) return byRoom;
  const rows = await ctx.em
    .createQueryBuilder(BookingSlot, 's')
    .where('s.roomId IN (:...roomIds)', { roomIds })
    .andWhere('s.slotStart >= :from AND s.slotStart < :to', { from: instantOf(date, 0), to: instantOf(addDays(date, 1), 0) })
    .getMany();
  for (const row of rows) byRoom.get(row.roomId)?.add(localMinutes(row.slotStart));
  return byRoom;
}

/**
 * The part of `date` in which `room` can still be booked, as slot-aligned minutes: its opening hours,
 * cut at the current slot boundary when the date is today; undefined when nothing is left.
 */
export function bookableWindow(ctx: DomainContext, room: RoomInfo, date: string): { from: number; to: number } | undefined {
  const today = localDate(ctx.clock.now());
  if (date < today) return undefined;
  let from = ceilToSlot(parseHhmm(room.opensAt) ?? 0);
  const to = floorToSlot(parseHhmm(room.closesAt) ?? 24 * 60);
  if (date === today) from = Math.max(from, ceilToSlot(localMinutes(ctx.clock.now())));
  return from < to ? { from, to } : undefined;
}

export interface RoomAvailability {
  room: RoomInfo;
  date: string;
  /** Free ranges still bookable that day, earliest first; empty when fully booked or the day is over. */
  free: TimeRange[];
}

/** Per room, the ranges of `date` still free ("明天大会议室有空吗"). An unknown roomId gives []. */
export async function availability(ctx: DomainContext, query: { date: string; roomId?: number }): Promise<RoomAvailability[]> {
  const rooms = (await listRooms(ctx)).filter((r) => query.roomId === undefined || r.id === query.roomId);
  const occupied = await occupiedSlots(ctx, query.date, rooms.map((r) => r.id));
  return rooms.map((room) => {
    const window = bookableWindow(ctx, room, query.date);
    const free = window ? freeRanges(occupied.get(room.id)!, window.from, window.to) : [];
    return { room, date: query.date, free };
  });
}

export interface AlternativesQuery {
  roomId: number;
  date: string;
  start: string;
  end: string;
  attendees?: number | null;
}

interface Candidate extends Alternative {
  cost: number;
  sameRoom: boolean;
  startMinutes: number;
}

/**
 * Up to BOOKING_RULES.maxAlternatives free options of the same length on the same day: the wanted
 * room at the nearest free time before and after, and every other room big enough at the same time.
 * Ranked by closeness: minutes moved, plus BOOKING_RULES.roomSwitchCostMinutes for another room;
 * ties go to the earlier time, then to the wanted room, then to the smaller room.
 */
export async function findAlternatives(ctx: DomainContext, query: AlternativesQuery): Promise<Alternative[]> {
  const start = floorToSlot(parseHhmm(query.start) ?? NaN);
  const end = ceilToSlot(parseHhmm(query.end) ?? NaN);
  if (!(end > start)) return [];
  const length = end - start;
  const rooms = (await listRooms(ctx)).filter((r) => !query.attendees || r.capacity >= query.attendees);
  const occupied = await occupiedSlots(ctx, query.date, rooms.map((r) => r.id));

  const candidates: Candidate[] = [];
  const offer = (room: RoomInfo, at: number, cost: number) =>
    candidates.push({ room, date: query.date, start: minutesToHhmm(at), end: minutesToHhmm(at + length), cost, sameRoom: room.id === query.roomId, startMinutes: at });

  for (const room of rooms) {
    const window = bookableWindow(ctx, room, query.date);
    if (!window) continue;
    const fits = (at: number) => at >= window.from && at + length <= window.to && isFree(occupied.get(room.id)!, at, at + length);
    if (room.id === query.roomId) {
      const earlier = nearest(start - SLOT, -SLOT, window.from, fits);
      const later = nearest(start + SLOT, SLOT, window.to - length, fits);
      if (earlier !== undefined) offer(room, earlier, start - earlier);
      if (later !== undefined) offer(room, later, later - start);
    } else if (fits(start)) {
      offer(room, start, BOOKING_RULES.roomSwitchCostMinutes);
    }
  }

  candidates.sort(
    (a, b) =>
      a.cost - b.cost ||
      a.startMinutes - b.startMinutes ||
      Number(b.sameRoom) - Number(a.sameRoom) ||
      a.room.capacity - b.room.capacity ||
      a.room.id - b.room.id,
  );
  return candidates.slice(0, BOOKING_RULES.maxAlternatives).map(({ room, date, start: s, end: e }) => ({ room, date, start: s, end: e }));
}

/** Walks from `from` by `step` up to `limit` (inclusive) and returns the first start that `fits`. */
function nearest(from: number, step: number, limit: number, fits: (at: number) => boolean): number | undefined {
  for (let at = from; step < 0 ? at >= limit : at <= limit; at += step) if (fits(at)) return at;
  return undefined;
}
