/**
 * Local wall-clock helpers for the business time zone. Mainland China has one fixed offset (UTC+8, no
 * daylight saving), so local time is computed by shifting instead of through a time-zone database.
 */
export const TZ_OFFSET_MINUTES = 8 * 60;
const OFFSET_MS = TZ_OFFSET_MINUTES * 60_000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of an instant: 'YYYY-MM-DD'. */
export function localDate(at: Date): string {
  const d = new Date(at.getTime() + OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The local time of day of an instant: 'HH:mm'. */
export function localTime(at: Date): string {
  const d = new Date(at.getTime() + OFFSET_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Minutes since local midnight. */
export function localMinutes(at: Date): number {
  const d = new Date(at.getTime() + OFFSET_MS);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
}

/** 0 = Sunday … 6 = Saturday, in local time. */
export function localWeekday(at: Date): number {
  return new Date(at.getTime() + OFFSET_MS).getUTCDay();
}

/** The instant of a local date and time ('YYYY-MM-DD', 'HH:mm'). */
export function fromLocal(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh, mm) - OFFSET_MS);
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** '11月24日（周二）' — how replies name a day. */
export function formatDay(date: string): string {
  const at = fromLocal(date, '12:00');
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日（周${WEEKDAYS[localWeekday(at)]}）`;
}

/** '11月24日 15:00' — how replies name a moment. */
export function formatMoment(at: Date): string {
  const [, m, d] = localDate(at).split('-').map(Number);
  return `${m}月${d}日 ${localTime(at)}`;
}

/** 'HH:mm' to minutes since midnight. */
export function hhmmToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function minutesToHhmm(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
