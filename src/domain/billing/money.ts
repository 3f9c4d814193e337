/** Money is kept in fen (分) as integers; yuan appear only at the edges (ledgers in, replies out). */

/** 38640 → '386.40'. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The largest amount a ledger cell may hold: ten million yuan, well inside a 32-bit column in fen. */
const MAX_FEN = 10_000_000_00;

/**
 * '386.4', '1,234.50', '¥150', '150元' → fen. Undefined when the text is not a non-negative amount
 * with at most two decimals (so 12.345 is refused rather than silently rounded).
 */
export function parseYuan(text: string): number | undefined {
  const fen = parseHundredths(text.trim().replace(/^[¥￥]\s*/, '').replace(/\s*元$/, ''));
  return fen !== undefined && fen <= MAX_FEN ? fen : undefined;
}

/** A non-negative decimal with at most two places, in hundredths: '1,234.5' → 123450. */
export function parseHundredths(text: string): number | undefined {
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(text.trim().replace(/,(?=\d{3}(?:\D|$))/g, ''));
  if (!m || m[1].length > 12) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
