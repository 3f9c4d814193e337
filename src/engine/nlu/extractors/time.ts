// Start/end times as HH:mm (TAXONOMY `start`/`end`). Handles Chinese clock readings
// (十点半, 两点一刻, 三点差一刻), 14:00-16:00, 2-4pm, period words carried to the range
// end (下午三点到五点 -> 17:00, which chrono-node gets wrong) and durations that give
// the end (一个半小时). A bare hour 1-6 is afternoon, 7-11 morning (TAXONOMY).
import { normalizeText } from '../normalize';
import { parseNum } from '../numerals';

type Period = 'am' | 'noon' | 'pm' | 'night' | undefined;

const PERIOD_WORDS = '凌晨|清晨|一早|早上|早晨|上午|今早|明早|早|中午|午间|下午|午后|傍晚|今晚|明晚|晚上|夜里|夜间|晚';
const HOUR = '(\\d{1,2}|[零一两二三四五六七八九十]{1,3})';
const MINUTE_CN = '[零一二三四五六七八九十]{1,3}';
// One clock reading. Groups: 1 period, 2 hour, 3 sep(点/时/:), 4 半, 5 刻, 6 minutes, 7 差-amount, 8 am/pm
const POINT_RE = new RegExp(
  `(?:(${PERIOD_WORDS})\\s*(?:的\\s*)?)?(?<![周期拜])(?<!(?<![周期拜])[\\d零一两二三四五六七八九十:.])${HOUR}\\s*` +
  `(?:(点钟|点|时(?!间|候|代))(?:(半)|(一刻|三刻)|差\\s*(一刻|\\d{1,2}\\s*分?|${MINUTE_CN}\\s*分)|(\\d{1,2}(?![\\d楼层号个人位名天月年])|${MINUTE_CN}(?![楼层号个人位名天月年]))\\s*分?)?` +
  `|(:)(\\d{2}))\\s*(am|pm|a\\.m\\.|p\\.m\\.)?`, 'gi');
const PM_RANGE_RE = /(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:-|~|到|至)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)/i;
const EN_POINT_RE = /(?<![\d:])(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b/i;
const DURATION_RE = /(?:(\d+(?:\.\d+)?)|([一两二三四五六七八九十俩]+|半))\s*(?:个)?\s*(半)?\s*(?:小时|钟头|个钟|hours?|hrs?|h)(?![a-z])/i;
const MINUTES_RE = /(\d{2,3}|[一二三四五六七八九十]+)\s*分钟/;
const BARE_RANGE_RE = /(?<![\d:.\-/月号])(\d{1,2}|[一两二三四五六七八九十]{1,3})\s*(?:-|~|到|至)\s*(\d{1,2}|[一两二三四五六七八九十]{1,3})\s*(点|时(?!间|候))/g;
const EN_CLOCK_RE = /(?<![\d:])(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])/gi;
// A period said apart from the hour ("明天晚上的多功能厅 七点到八点半").
const LONE_PERIOD_RE = new RegExp(`(${PERIOD_WORDS})(?!\\s*(?:的\\s*)?(?:\\d|[零一两二三四五六七八九十]))`, 'g');
const END_MARK_RE = /(?:用到|开到|弄到|一直到|直到|结束于|截止到?|到|至)\s*$/;
const CONNECTOR_RE = /^\s*(?:的)?\s*(?:开始)?\s*(?:用|开|开会)?\s*(?:-|~|到|至|一直到|直到)\s*$/;

interface Point { index: number; end: number; h: number; m: number; period: Period; explicit: boolean }

function periodOf(word: string | undefined): Period {
  if (!word) return undefined;
  if (/凌晨|清晨|一早|早上|早晨|上午|今早|明早|^早$/.test(word)) return 'am';
  if (/中午|午间/.test(word)) return 'noon';
  if (/下午|午后|傍晚/.test(word)) return 'pm';
  return 'night';
}

function applyPeriod(h: number, period: Period): number {
  switch (period) {
    case 'am': return h === 12 ? 12 : h;
    case 'noon': return h >= 11 ? h : h + 12;
    case 'pm': return h < 12 ? h + 12 : h;
    case 'night': return h < 12 ? h + 12 : h === 12 ? 0 : h;
    default: return h === 0 || h >= 12 ? h : h <= 6 ? h + 12 : h; // bare hour rule
  }
}

function pad(n: number): string { return String(n).padStart(2, '0'); }
function hhmm(h: number, m: number): string { return `${pad(h)}:${pad(m)}`; }

function parsePoints(s: string): Point[] {
  const points: Point[] = [];
  POINT_RE.lastIndex = 0;
  for (let m = POINT_RE.exec(s); m; m = POINT_RE.exec(s)) {
    const [all, pw, hs, sep, half, quarter, minus, mins, colon, colonMin, ampm] = m;
    const h = parseNum(hs);
    if (h === undefined || h > 24) continue;
    // "一点" is also "a bit" (快一点, 晚一点): accept it only with clock context.
    if (hs === '一' && (!pw || pw === '晚' || pw === '早') && !half && !quarter && !mins && !ampm) {
      const before = s.slice(Math.max(0, m.index - 2), m.index);
      const after = s.slice(m.index + all.length, m.index + all.length + 2);
      if (!/[到至~-]\s*$/.test(before) && !/^\s*(?:到|至|开始|左右|整|钟|前|以前|之前|-)/.test(after)) continue;
    }
    let minute = 0;
    let hour = h;
    if (colon) minute = +colonMin;
    else if (half) minute = 30;
    else if (quarter) minute = quarter === '一刻' ? 15 : 45;
    else if (mins) minute = parseNum(mins.replace(/分/, '').trim()) ?? 0;
    if (minus && sep) {
      const amount = minus.includes('刻') ? 15 : parseNum(minus.replace(/分/, '').trim()) ?? 0;
      hour -= 1; minute = 60 - amount;
    }
    if (minute > 59) continue;
    let period = periodOf(pw);
    if (ampm) period = /p/i.test(ampm) ? 'pm' : 'am';
    const explicit = !!period || (!!colon && h >= 13);
    points.push({ index: m.index, end: m.index + all.length, h: hour, m: minute, period, explicit });
  }
  return points;
}

function durationMinutes(s: string): number | undefined {
  if (/一整天|全天|整天/.test(s)) return undefined;
  const d = DURATION_RE.exec(s);
  if (d) {
    let hours = d[1] ? parseFloat(d[1]) : d[2] === '半' ? 0.5 : parseNum(d[2]) ?? 0;
    if (d[3]) hours += 0.5;
    if (hours > 0 && hours <= 24) return Math.round(hours * 60);
  }
  const m = MINUTES_RE.exec(s);
  if (m) { const n = parseNum(m[1]); if (n && n >= 15 && n <= 600) return n; }
  return undefined;
}

export function extractTimeRange(text: string, now: Date): { start?: string; end?: string } | undefined {
  void now; // times are wall-clock readings; `now` is kept for API symmetry with extractDate
  // "10-12点", "下午2到4点": the first hour borrows the second's 点.
  const s0 = normalizeText(text).replace(/：/g, ':').replace(BARE_RANGE_RE, '$1点到$2$3');
  const pm = PM_RANGE_RE.exec(s0);
  if (pm) {
    // "2-4pm": the one marker covers both ends; "11am-1pm": each end has its own.
    const conv = (h: number, marker: string) => (/p/i.test(marker) ? (h < 12 ? h + 12 : h) : h === 12 ? 0 : h);
    return { start: hhmm(conv(+pm[1], pm[3] ?? pm[6]), +(pm[2] ?? 0)), end: hhmm(conv(+pm[4], pm[6]), +(pm[5] ?? 0)) };
  }
  // "2pm到3:30": an English clock reading becomes a Chinese one so the range logic sees both ends.
  const s = s0.replace(EN_CLOCK_RE, (_m, h: string, mm: string | undefined, ap: string) =>
    `${/p/i.test(ap) ? '下午' : '上午'}${h}点${mm ? `${mm}分` : ''}`);
  const points = parsePoints(s);
  if (!points.length) {
    const en = EN_POINT_RE.exec(s);
    if (!en) return undefined;
    const h = +en[1]; const isPm = /p/i.test(en[3]);
    points.push({ index: en.index, end: en.index + en[0].length, h: isPm && h < 12 ? h + 12 : h, m: +(en[2] ?? 0), period: 'am', explicit: true });
  }
  const first = points[0];
  if (!first.period && !first.explicit) {
    let lone: string | undefined;
    LONE_PERIOD_RE.lastIndex = 0;
    for (let m = LONE_PERIOD_RE.exec(s); m && m.index < first.index; m = LONE_PERIOD_RE.exec(s)) lone = m[1];
    if (lone) first.period = periodOf(lone);
  }
  const startH = first.explicit && !first.period ? first.h : applyPeriod(first.h, first.period);
  const out: { start?: string; end?: string } = { start: hhmm(startH, first.m) };
  const second = points[1];
  // The end is the next reading joined by 到/至/-, or one announced as such further on ("七点 会议室 用到九点").
  if (second && (CONNECTOR_RE.test(s.slice(first.end, second.index)) || END_MARK_RE.test(s.slice(Math.max(first.end, second.index - 4), second.index)))) {
    let endH: number;
    if (second.explicit && !second.period) endH = second.h;
    else if (second.period) endH = applyPeriod(second.h, second.period);
    else endH = first.period ? applyPeriod(second.h, first.period) : applyPeriod(second.h, undefined);
    if (endH * 60 + second.m <= startH * 60 + first.m && endH + 12 < 24) endH += 12;
    out.end = hhmm(endH, second.m);
    return out;
  }
  // A duration said after the start, or before it ("就1个小时 4点开始"; not "两个小时前").
  let dur = durationMinutes(s.slice(first.end));
  if (dur === undefined) {
    const before = s.slice(0, first.index);
    if (!/(?:小时|钟头)\s*(?:前|后|以前|以后|之前|之后|内)/.test(before)) dur = durationMinutes(before);
  }
  if (dur !== undefined) {
    const total = startH * 60 + first.m + dur;
    if (total < 24 * 60) out.end = hhmm(Math.floor(total / 60), total % 60);
  }
  return out;
}
