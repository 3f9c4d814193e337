/**
 * Ledger headers (CONTRACTS §3). Columns may come in any order; headers are matched after dropping
 * spaces and a bracketed unit ('应收(元)', '面积（m²）'), and a few names ledgers commonly use are
 * accepted beside the contract's own.
 */
export interface ColumnSpec<F extends string> {
  field: F;
  header: string;
  aliases?: string[];
  required: boolean;
}

export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .replace(/\([^)]*\)$/, '');
}

export type ColumnMap<F extends string> = Record<F, number | undefined>;

/** Where each field sits in the header row, or the headers that are missing. */
export function mapColumns<F extends string>(
  headers: string[],
  spec: ReadonlyArray<ColumnSpec<F>>,
): { ok: true; columns: ColumnMap<F> } | { ok: false; missing: string[] } {
  const names = headers.map(normalizeHeader);
  const columns = {} as ColumnMap<F>;
  const missing: string[] = [];
  for (const col of spec) {
    const index = names.findIndex((n) => n === col.header || (col.aliases ?? []).includes(n));
    columns[col.field] = index >= 0 ? index : undefined;
    if (index < 0 && col.required) missing.push(col.header);
  }
  return missing.length ? { ok: false, missing } : { ok: true, columns };
}

/** The trimmed cell of a field in a row ('' when the column is absent or the row is short). */
export function cell<F extends string>(cells: string[], columns: ColumnMap<F>, field: F): string {
  const index = columns[field];
  return index === undefined ? '' : (cells[index] ?? '').trim();
}
