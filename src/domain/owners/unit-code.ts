/**
 * Unit codes. The canonical form shown to people is 楼栋-单元-房号 ('3-2-501'); a building without
 * entrances drops the middle part ('A-1203'). These parsers read a whole field (a ledger cell, the
 * argument of 绑定), not free text: finding a unit inside a sentence is the NLU extractor's job.
 */
export interface UnitParts {
  building: string;
  /** '' when the building has no entrances (单元). */
  entrance: string;
  room: string;
}

export interface ParsedUnit extends UnitParts {
  code: string;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** '十二' → 12, '三' → 3, '二十' → 20 (buildings and entrances rarely pass 99). */
function smallChineseNumber(s: string): number | undefined {
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  if (!m[2]) return m[3] ? undefined : CN_DIGITS[m[1]];
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

/** Full-width letters and digits (Ａ座１２０３) become ASCII; spaces go. */
function ascii(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** One part of a code: digits lose leading zeros, letters are upper-cased, Chinese small numbers read. */
function cleanPart(raw: string, maxLength: number): string | undefined {
  const s = ascii(raw).toUpperCase();
  if (s === '') return undefined;
  const cn = smallChineseNumber(s);
  if (cn !== undefined) return String(cn);
  if (/^\d+$/.test(s)) return s.length <= maxLength ? String(Number(s)) : undefined;
  return /^[A-Z0-9]+$/.test(s) && s.length <= maxLength ? s : undefined;
}

export function unitCodeOf(parts: UnitParts): string {
  return [parts.building, parts.entrance, parts.room].filter((p) => p !== '').join('-');
}

/**
 * Ledger columns (楼栋 / 单元 / 房号) → canonical parts. Tolerates the suffixes people type into cells
 * ('3栋', '3号楼', 'A座', '2单元', '501室'); undefined when a part is missing or malformed.
 */
export function normalizeUnitParts(input: { building: string; entrance?: string; room: string }): ParsedUnit | undefined {
  const building = cleanPart(ascii(input.building).replace(/(?:号楼|栋楼|栋|幢|座|号|楼|#)$/, ''), 6);
  const entranceText = ascii(input.entrance ?? '').replace(/(?:单元|门)$/, '');
  const entrance = entranceText === '' ? '' : cleanPart(entranceText, 4);
  const roomText = ascii(input.room).replace(/(?:室|房|号)$/, '');
  const room = /^\d+$/.test(roomText) ? (roomText.length <= 6 ? roomText : undefined) : cleanPart(roomText, 8);
  if (building === undefined || entrance === undefined || room === undefined) return undefined;
  const parts = { building, entrance, room };
  return { ...parts, code: unitCodeOf(parts) };
}

const BUILDING = '([A-Za-z]|\\d{1,3}|[一二两三四五六七八九十]{1,3})';
const WRITTEN = new RegExp(
  `^${BUILDING}(?:号楼|栋楼|栋|幢|座|号|#)(?:([\\d]{1,2}|[一二两三四五六七八九十]{1,3})(?:单元|门))?(?:\\d{1,2}(?:楼|层))?(\\d{3,4})(?:室|号|房)?$`,
);
const DASHED = /^([A-Za-z]|\d{1,3})-(?:(\d{1,2})-)?(\d{3,4})$/;

/** '3-2-501', '3栋2单元501', '3号楼2单元501室', 'A-1203', 'A座1203', '12-1502' → parts and canonical code. */
export function parseUnitCode(text: string): ParsedUnit | undefined {
  const s = ascii(text).replace(/[—–－_]/g, '-');
  const m = DASHED.exec(s) ?? WRITTEN.exec(s);
  if (!m) return undefined;
  return normalizeUnitParts({ building: m[1], entrance: m[2] ?? '', room: m[3] });
}
