/**
 * Slot arithmetic on one local day. Times of day are minutes since local midnight; a day's
 * occupancy is the set of slot starts held by BookingSlot rows.
 */
import { BOOKING_RULES } from '../rules/booking';
import { addMinutes, fromLocal, minutesToHhmm } from '../../shared/time';

const SLOT = BOOKING_RULES.slotMinutes;

/** A range of local wall-clock time on one day, "HH:mm"–"HH:mm". */
export interface TimeRange {
  start: string;
  end: string;
}

/** "HH:mm" (or "H:mm") to minutes since midnight; "24:00" is the end of the day. Undefined if malformed. */
export function parseHhmm(value: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value ?? '');
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 24 * 60 ? minutes : undefined;
}

/** True for a real calendar date written "YYYY-MM-DD". */
export function isValidDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) return false;
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const floorToSlot = (minutes: number) => Math.floor(minutes / SLOT) * SLOT;
export const ceilToSlot = (minutes: number) => Math.ceil(minutes / SLOT) * SLOT;

/** The range a request really occupies: rounded outward to slot boundaries (see BOOKING_RULES). */
export function alignToSlots(start: string, end: string): TimeRange {
  const s = parseHhmm(start);
  const e = parseHhmm(end);
  if (s === undefined || e === undefined) throw new RangeError(`not a time of day: ${start}–${end}`);
  return { start: minutesToHhmm(floorToSlot(s)), end: minutesToHhmm(ceilToSlot(e)) };
}

/** The instant of minute `minutes` of local `date` (1440 is the next midnight). */
export function instantOf(date: string, minutes: number): Date {
  return addMinutes(fromLocal(date), minutes);
}

/** An instant range within local `date` as "HH:mm" times; the next midnight reads "24:00". */
export function localRange(date: string, startAt: Date, endAt: Date): TimeRange {
  const minutesOf = (at: Date) => Math.round((at.getTime() - instantOf(date, 0).getTime()) / 60_000);
  return { start: minutesToHhmm(minutesOf(startAt)), end: minutesToHhmm(minutesOf(endAt)) };
}

/** Start instants of every slot in [startAt, endAt). */
export function slotStartsBetween(startAt: Date, endAt: Date): Date[] {
  const out: Date[] = [];
  for (let t = startAt; t < endAt; t = addMinutes(t, SLOT)) out.push(t);
  return out;
}

/** True if every slot of [start, end) (minutes, on slot boundaries) is absent from `occupied`. */
export function isFree(occupied: ReadonlySet<number>, start: number, end: number): boolean {
  for (let m = start; m < end; m += SLOT) if (occupied.has(m)) return false;
  return true;
}

/** Maximal free ranges between `from` and `to` (minutes on slot boundaries), given occupied slot starts. */
export function freeRanges(occupied: ReadonlySet<number>, from: number, to: number): TimeRange[] {
  const out: TimeRange[] = [];
  let runStart: number | undefined;
  for (let m = from; m < to; m += SLOT) {
    if (!occupied.has(m)) runStart ??= m;
    else if (runStart !== undefined) {
      out.push({ start: minutesToHhmm(runStart), end: minutesToHhmm(m) });
      runStart = undefined;
    }
  }
  if (runStart !== undefined) out.push({ start: minutesToHhmm(runStart), end: minutesToHhmm(to) });
  return out;
}
