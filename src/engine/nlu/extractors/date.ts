// Calendar dates per TAXONOMY, computed in the business timezone (Asia/Shanghai,
// UTC+8, no DST) whatever the server's zone. chrono-node's zh parser misses bare
// weekdays (it returns the past one), year roll-over and bare "3号", so this is
// hand-written; the first date the owner states wins ("把周四的改到周五" -> 周四).
import { normalizeText } from '../normalize';
import { parseNum } from '../numerals';

const TZ_MS = 8 * 3600 * 1000;
const DAY_MS = 86400 * 1000;

interface Ymd { y: number; m: number; d: number }

/** now's calendar date in UTC+8, as a UTC-midnight timestamp for easy day arithmetic. */
function localMidnight(now: Date): number {
  const t = new Date(now.getTime() + TZ_MS);
  return Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
}

function fmt(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function valid({ y, m, d }: Ymd): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const WEEKDAY: Record<string, number> = { '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '日': 7, '天': 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };
// (周末 is no one day: "周末会所还有空的会议室不" leaves the date to be asked)
const RELATIVE: [RegExp, number][] = [
  [/大后天|大后儿个?/, 3], [/(?<!大)后天|(?<!大)后儿个?|day after tomorrow/i, 2], [/明天|明日|明儿|明早|明晚|tomorrow/i, 1],
  [/今天|今日|今儿|今早|今晚|今夜|今个|today|tonight/i, 0], [/昨天|昨日|昨晚/, -1], [/(?<!大)前天/, -2],
];
// `(?<!一)`: "预约一下下周一" is 一下 + 下周一, not 下下周一 (the week after next).
const WEEKDAY_RE = /(这个|这|本|(?<!一)下下个|(?<!一)下下|(?<!一)下个|(?<!一)下|上个|上)?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7])/;
const MONTH_DAY_RE = /(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:号|日)?/;
// "下个月3号", "这个月20号": a day of a month counted from now's
const REL_MONTH_RE = /(下下个?月|下个?月|这个月|本月)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:号|日)/;
const SLASH_RE = /(?<![\d/\-.])(\d{1,2})\/(\d{1,2})(?![\d/])/;
// "12.10 9:00-12:00": month.day, only where no unit or decimal reading fits.
const DOTTED_RE = /(?<![\d.:\-/])(\d{1,2})\.(\d{1,2})(?![\d.%]|\s*(?:个|小时|h|元|块|米|万|倍|分|斤|公斤|吨|度|平|折|号|楼|层|岁|天|点))/i;
const BARE_DAY_RE = /(?<![月\d一二三四五六七八九十单几哪])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:号|日)(?![楼线门机位床码桩车店窗口仓柜厅馆院室场座栋]|\d(?!\d?\s*[:：点]\s*\d)|会议|房|地铁|楼|活动|教|包厢|单元)/;
// "Dec 20", "20 Dec", "December 3rd" (owners who write English dates)
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[a-z]*)\\.?';
const EN_DATE_RE = new RegExp(`\\b${EN_MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH}\\b`, 'i');
const HOLIDAYS: [RegExp, number, number][] = [
  [/元旦/, 1, 1], [/平安夜/, 12, 24], [/圣诞/, 12, 25], [/劳动节|五一节|五一假/, 5, 1], [/国庆/, 10, 1],
];

/** Next occurrence of month/day on or after today (this year, else next year). */
function nextMonthDay(today: number, m: number, d: number): number | undefined {
  const y = new Date(today).getUTCFullYear();
  for (const yy of [y, y + 1]) {
    if (!valid({ y: yy, m, d })) continue;
    const t = Date.UTC(yy, m - 1, d);
    if (t >= today) return t;
  }
  return undefined;
}

/** Next day-of-month `d` on or after today, skipping months that lack it. */
function nextDayOfMonth(today: number, d: number): number | undefined {
  const t = new Date(today);
  let y = t.getUTCFullYear();
  let m = t.getUTCMonth() + 1;
  for (let i = 0; i < 13; i++) {
    if (valid({ y, m, d })) {
      const ms = Date.UTC(y, m - 1, d);
      if (ms >= today) return ms;
    }
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return undefined;
}

function weekdayDate(today: number, prefix: string | undefined, wd: number): number {
  const todayWd = ((new Date(today).getUTCDay() + 6) % 7) + 1; // Monday = 1 .. Sunday = 7
  const monday = today - (todayWd - 1) * DAY_MS;
  const p = prefix ?? '';
  if (p === '这' || p === '这个' || p === '本') return monday + (wd - 1) * DAY_MS;
  if (p === '下' || p === '下个') return monday + (7 + wd - 1) * DAY_MS;
  if (p === '下下' || p === '下下个') return monday + (14 + wd - 1) * DAY_MS;
  if (p === '上' || p === '上个') return monday + (wd - 8) * DAY_MS;
  // Bare weekday: its next occurrence on or after today.
  return today + ((wd - todayWd + 7) % 7) * DAY_MS;
}

interface Found { index: number; ms: number }

export function extractDate(text: string, now: Date): string | undefined {
  const s = normalizeText(text);
  const today = localMidnight(now);
  const found: Found[] = [];
  const add = (index: number, ms: number | undefined) => { if (ms !== undefined) found.push({ index, ms }); };

  for (const [re, offset] of RELATIVE) {
    const m = re.exec(s);
    if (m) add(m.index, today + offset * DAY_MS);
  }
  const wd = WEEKDAY_RE.exec(s);
  // "每周一" recurs: no one date is stated.
  if (wd && !/(?:每|每个|每一个?)\s*$/.test(s.slice(Math.max(0, wd.index - 3), wd.index))) add(wd.index, weekdayDate(today, wd[1], WEEKDAY[wd[2]]));
  const md = MONTH_DAY_RE.exec(s);
  if (md) {
    const m = parseNum(md[1]); const d = parseNum(md[2]);
    if (m && d && m <= 12 && d <= 31) add(md.index, nextMonthDay(today, m, d));
  }
  const rm = REL_MONTH_RE.exec(s);
  if (rm) {
    const d = parseNum(rm[2]);
    const t = new Date(today);
    const ahead = rm[1].startsWith('下下') ? 2 : rm[1].startsWith('下') ? 1 : 0;
    const y = t.getUTCFullYear(); const m = t.getUTCMonth() + ahead; // 0-based, may pass 11
    const target = { y: y + Math.floor(m / 12), m: (m % 12) + 1, d: d ?? 0 };
    if (d && valid(target)) add(rm.index, Date.UTC(target.y, target.m - 1, target.d));
  }
  const en = EN_DATE_RE.exec(s);
  if (en) {
    const m = EN_MONTHS.indexOf((en[1] ?? en[4]).toLowerCase()) + 1; const d = +(en[2] ?? en[3]);
    if (d >= 1 && d <= 31) add(en.index, nextMonthDay(today, m, d));
  }
  const sl = SLASH_RE.exec(s) ?? DOTTED_RE.exec(s);
  if (sl) {
    const m = +sl[1]; const d = +sl[2];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) add(sl.index, nextMonthDay(today, m, d));
  }
  // A bare 3号 only when it is not already part of 12月3号.
  const bd = BARE_DAY_RE.exec(s);
  if (bd && !(md && bd.index >= md.index && bd.index < md.index + md[0].length)) {
    const d = parseNum(bd[1]);
    if (d && d <= 31) add(bd.index, nextDayOfMonth(today, d));
  }
  if (found.length) {
    found.sort((a, b) => a.index - b.index);
    return fmt(found[0].ms);
  }
  // A fixed-date holiday counts only when no explicit date is given ("20号 ... 圣诞活动").
  for (const [re, m, d] of HOLIDAYS) if (re.test(s)) return fmt(nextMonthDay(today, m, d)!);
  return undefined;
}
