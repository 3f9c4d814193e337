import type { FeeType } from '../../../entities';

export type { FeeType } from '../../../entities';

/** The fee types the estate bills, in the order they are listed to owners, with their Chinese names. */
export const FEE_TYPES: ReadonlyArray<{ type: FeeType; name: string }> = [
  { type: 'property', name: '物业费' },
  { type: 'water', name: '水费' },
  { type: 'electricity', name: '电费' },
  { type: 'parking', name: '停车费' },
];

/** What an owner may ask about: one fee type or all of them. */
export type FeeQuery = FeeType | 'all';

export function feeTypeName(type: FeeType): string {
  return FEE_TYPES.find((f) => f.type === type)?.name ?? type;
}

/** '物业费' (or the code 'property') → 'property'; anything else → undefined. */
export function feeTypeFromName(text: string): FeeType | undefined {
  const t = text.trim();
  return FEE_TYPES.find((f) => f.name === t || f.type === t.toLowerCase())?.type;
}

export function feeTypeOrder(type: FeeType): number {
  return FEE_TYPES.findIndex((f) => f.type === type);
}

/**
 * Billing periods: a month '2026-11', a quarter '2026Q4' or a year '2026'. `normalizePeriod` accepts
 * the spellings found in ledgers (2026/11, 2026年11月, 2026-q4, 2026年第4季度, 2026-11-01 from a date cell).
 */
export function normalizePeriod(text: string): string | undefined {
  const s = text.trim().replace(/\s+/g, '');
  let m = /^(\d{4})(?:[-/.年])(\d{1,2})(?:月|[-/.]0?1)?$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : undefined;
  }
  m = /^(\d{4})(?:-|年)?(?:Q|第)([1-4])(?:季度)?$/i.exec(s);
  if (m) return `${m[1]}Q${m[2]}`;
  m = /^(\d{4})(?:年度?)?$/.exec(s);
  if (m) return m[1];
  return undefined;
}

/** '2026-10' → '2026年10月', '2026Q4' → '2026年第4季度', '2026' → '2026年度'. */
export function formatPeriod(period: string): string {
  let m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  m = /^(\d{4})Q([1-4])$/.exec(period);
  if (m) return `${m[1]}年第${m[2]}季度`;
  if (/^\d{4}$/.test(period)) return `${period}年度`;
  return period;
}

/** The first month a period covers, 'YYYY-MM', so periods of different lengths sort together. */
export function periodStart(period: string): string {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  if (/^\d{4}$/.test(period)) return `${period}-01`;
  return period;
}
