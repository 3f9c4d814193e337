/**
 * Matching a room name as an owner writes it ("大会议室吧", "a会议室", "三楼会议室") to one of the
 * estate's rooms. Pure functions: the caller passes the rooms.
 */

export interface NamedRoom {
  name: string;
  location: string;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一…九十九 written in Chinese to a number (only what floor numbers need). */
function chineseNumber(s: string): number | undefined {
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || (!m[2] && (m[3] || !m[1]))) return undefined;
  if (!m[2]) return CN_DIGITS[m[1]];
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

/** Case, width, spaces, trailing particles and floor spellings folded: "三层 A会议室吧" → "3楼a会议室". */
export function normalizeRoomName(text: string): string {
  return String(text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/第?([一二两三四五六七八九十]{1,3})(?=楼|层|号|f)/g, (all, cn: string) => String(chineseNumber(cn) ?? all))
    .replace(/(\d+)(?:层|f)/g, '$1楼')
    .replace(/[吧呢啊吗呀哈的了啦嘛哦喔。！!？?，,、~.…]+$/u, '');
}

/** What is left of a name once the generic word for "room" is removed: "大会议室" → "大". */
function core(normalized: string): string {
  return normalized.replace(/(会议室|会议厅|会客室|会客厅|洽谈室|会议|室|厅)$/u, '');
}

const unique = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

/**
 * The one room `text` names, or undefined when none or several fit. Tries, in order: the exact
 * name; a name contained in the text ("大会议室吧"); the same name up to the generic word
 * ("大会议厅"); a unique name containing the text ("大会议"); a unique room on the floor named
 * ("3楼会议室").
 */
export function matchRoomName<T extends NamedRoom>(rooms: readonly T[], text: string): T | undefined {
  const q = normalizeRoomName(text);
  if (!q) return undefined;
  const named = rooms.map((room) => ({ room, name: normalizeRoomName(room.name) }));

  const exact = named.find((r) => r.name === q);
  if (exact) return exact.room;

  const contained = named.filter((r) => r.name && q.includes(r.name));
  if (contained.length) {
    const longest = Math.max(...contained.map((r) => r.name.length));
    const best = unique(contained.filter((r) => r.name.length === longest));
    if (best) return best.room;
  }

  const qCore = core(q);
  if (qCore) {
    const sameCore = unique(named.filter((r) => core(r.name) === qCore));
    if (sameCore) return sameCore.room;
  }

  const containing = unique(named.filter((r) => r.name.includes(q)));
  if (containing) return containing.room;

  const floor = /\d+楼/.exec(q)?.[0];
  if (floor) {
    const onFloorRe = new RegExp(`(?<!\\d)${floor}`);
    const onFloor = unique(rooms.filter((r) => onFloorRe.test(normalizeRoomName(`${r.location}${r.name}`))));
    if (onFloor) return onFloor;
  }
  return undefined;
}
