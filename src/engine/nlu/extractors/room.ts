// The room's name as the owner writes it (TAXONOMY `room`): 大会议室, A会议室, 3楼会议室,
// 多功能厅, 2号活动室, 会所会议室. A bare 会议室 names no particular room, so it is not a value.
import { MEETING_ROOM_SLIPS, normalizeText } from '../normalize';

// Where the room is ("会所会议室", "会所2号活动室").
const PLACE = '(?:(?:业主|社区)?(?:会所|会馆|活动中心)|业主|社区|物业|大堂|党群|架空层|[A-Z]座|\\d{1,2}号楼)';
const QUALIFIER = '(?:大|小|中|(?<![A-Za-z\\d])(?!(?:AM|PM|ANY|THE|MY|OUR|ONE|BIG|NEW|OLD|FOR|TO)(?![A-Za-z]))(?:[A-Z]{1,3}|[a-z])(?![A-Za-z])|(?<![月\\d])\\d{1,2}\\s*(?:楼|层|号|F|f)|(?<!周|星期|礼拜)[一二三四五六七八九十]{1,2}\\s*(?:楼|层|号)|第[一二三四五六七八九十\\d]{1,2}|\\d{3,4}|VIP|vip|贵宾|视频|多媒体|董事|行政|共享|公共|开放式?|圆桌|阶梯|东|西|南|北)';
// Rooms that need a qualifier or a place to name one room, and rooms that name one alone.
const SUFFIX_REQUIRED = '((?:\\d{1,2}|[A-Z])(?![\\d:：.点号楼个人位小时月日天周\\-~到至]))';
const SUFFIX = `${SUFFIX_REQUIRED}?`;
const GENERIC = '(?:会议室|会议厅)';
const NAMED = '(?:多功能会议厅|多功能厅|多功能室|活动室|活动中心|培训室|报告厅|会客厅|会客室|贵宾室|路演厅|阅览室|党建室|茶室|接待室|洽谈室|书画室|瑜伽室|棋牌室|影音室|舞蹈室|音乐室|图书室|乒乓球室|台球室|琴房|画室|健身室|亲子室|手工室|直播间|路演大厅|多媒体室|VIP接待室|VIP室|培训教室|会议舱|洽谈舱|电话舱|自习室|(?<![A-Za-z])(?:meeting\\s*pod|lounge|pod)(?![A-Za-z]))';
// A floor before another qualifier ("5楼小会议室"; "3号小会议室" is a date), and a number or letter after the name ("洽谈室2").
const QUALIFIED_RE = new RegExp(`(${PLACE})?\\s*((?:(?:\\d{1,2}|[一二三四五六七八九十]{1,2})\\s*(?:楼|层|F|f)\\s*)?${QUALIFIER})\\s*(${GENERIC}|${NAMED})${SUFFIX}`);
const PLACED_RE = new RegExp(`(${PLACE})\\s*(${GENERIC}|${NAMED})${SUFFIX}`);
const NAMED_RE = new RegExp(`((?:业主)?${NAMED})${SUFFIX}`);
const NUMBERED_RE = new RegExp(`(${GENERIC})${SUFFIX_REQUIRED}`);

function tidy(q: string | undefined): string {
  const t = (q ?? '').replace(/\s+/g, '');
  return /^[a-z]+$/i.test(t) ? t.toUpperCase() : t;
}

// A room named in English, kept as written ("Meeting Room B", "room A", "Room 301", "the boardroom").
const EN_ROOM_RE = /\b(?:(?:meeting|conference|function|training)\s+)?room\s+(?:[A-Z]\d?|\d{1,4})\b(?![月日号点时:：.]|\s*(?:people|ppl|pax|persons?|guests?)\b)|\bboard\s*room\b/i;

export function extractRoom(text: string): string | undefined {
  const en = EN_ROOM_RE.exec(text.normalize('NFKC'));
  if (en) return en[0].replace(/\s+/g, ' ');
  const room = findRoom(normalizeText(text));
  if (!room || !room.includes('会议室')) return room;
  const said = text.normalize('NFKC').replace(/\s+/g, '');
  if (said.includes(room)) return room;
  // "the 15F meeting room": the owner's English kept ("15F meeting room")
  const english = /meeting\s*room/i.exec(text);
  if (english) return room.replace('会议室', ` ${english[0]}`);
  return MEETING_ROOM_SLIPS.map((v) => room.replace('会议室', v)).find((v) => said.includes(v)) ?? room;
}

function findRoom(s: string): string | undefined {
  const m = QUALIFIED_RE.exec(s);
  if (m) return tidy(m[1]) + tidy(m[2]) + m[3] + (m[4] ?? '');
  const p = PLACED_RE.exec(s);
  if (p) return p[1] + p[2] + (p[3] ?? '');
  const n = NAMED_RE.exec(s);
  if (n) return n[1] + (n[2] ?? '');
  const g = NUMBERED_RE.exec(s);
  return g ? g[1] + g[2] : undefined;
}
