// Chinese numerals as owners write them: 十二, 二十五, 两, 三零二 (digit by digit, as
// room numbers are read out), 一千二百零三, mixed with Arabic digits.

export const CN_DIGIT = '零〇一二两三四五六七八九';
/** Regex source for a number written in digits or Chinese numerals. */
export const NUM = '(?:\\d+|[零〇一二两三四五六七八九十百千幺]+)';

const DIGITS: Record<string, number> = {
  '零': 0, '〇': 0, '一': 1, '幺': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
  '六': 6, '七': 7, '八': 8, '九': 9, '俩': 2,
};

/** Parses 12 / 十二 / 两 / 三零二 / 一千二百零三; undefined when it is not a number. */
export function parseNum(raw: string): number | undefined {
  const s = raw.trim();
  if (!s) return undefined;
  if (/^\d+$/.test(s)) return parseInt(s, 10);
  if (s === '俩') return 2;
  if (!/^[零〇一二两三四五六七八九十百千幺]+$/.test(s)) return undefined;
  // Digit-by-digit reading (三零二, 一五零二): no unit characters at all.
  if (!/[十百千]/.test(s)) {
    if (s.length === 1) return DIGITS[s];
    return parseInt([...s].map((c) => DIGITS[c]).join(''), 10);
  }
  let total = 0;
  let current = 0;
  for (const c of s) {
    if (c in DIGITS) current = DIGITS[c];
    else {
      const mult = c === '十' ? 10 : c === '百' ? 100 : 1000;
      total += (current || (mult === 10 ? 1 : 0)) * mult;
      current = 0;
    }
  }
  return total + current;
}
