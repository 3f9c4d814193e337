// The room's name as the owner writes it (TAXONOMY `room`): 大会议室, A会议室, 3楼会议室,
// 多功能厅. A bare 会议室 names no particular room, so it is not a value.
import { normalizeText } from '../normalize';

const QUALIFIER = '(?:大|小|中|(?<![A-Za-z])[A-Za-z]{1,3}|\\d{1,2}\\s*(?:楼|层|号|F|f)|[一二三四五六七八九十]{1,2}\\s*(?:楼|层|号)|第[一二三四五六七八九十\\d]{1,2}|\\d{3,4}|VIP|vip|贵宾|视频|多媒体|董事|行政|东|西|南|北)';
const ROOM_RE = new RegExp(`(${QUALIFIER})\\s*(会议室|会议厅|会客室|洽谈室)`);
const NAMED_RE = /(多功能厅|多功能室|多功能会议厅|活动室|活动中心|培训室|报告厅|会客厅|会客室|贵宾室|路演厅|阅览室|党建室|茶室|接待室|洽谈室)/;

export function extractRoom(text: string): string | undefined {
  const s = normalizeText(text);
  const m = ROOM_RE.exec(s);
  if (m) {
    const q = m[1].replace(/\s+/g, '');
    return (/^[a-z]+$/i.test(q) ? q.toUpperCase() : q) + m[2];
  }
  const n = NAMED_RE.exec(s);
  return n ? n[1] : undefined;
}
