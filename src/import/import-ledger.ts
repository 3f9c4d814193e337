import path from 'node:path';
import { inTransaction, type TxDeps } from '../db/transaction';
import { audit } from '../domain/audit';
import { upsertBill } from '../domain/billing/bills';
import type { Actor, DomainContext } from '../domain/context';
import { setUnitArea, upsertOwner, type UpsertOutcome } from '../domain/owners/owners';
import { findOrCreateUnit } from '../domain/owners/units';
import { BILL_COLUMNS, parseBillRow, type BillRow } from './bill-rows';
import { mapColumns, type ColumnSpec } from './columns';
import { OWNER_COLUMNS, parseOwnerRow, type OwnerRow, type RowParse } from './owner-rows';
import { readTable, type ImportSource, type ReadFailure } from './read-table';

export type LedgerKind = 'owners' | 'bills';

export interface RowError {
  /** Line in the file, header = 1. */
  line: number;
  reason: string;
}

export type ImportResult =
  | { ok: true; imported: number; updated: number; rejected: number; errors: RowError[] }
  | { ok: false; reason: ReadFailure | 'MISSING_HEADERS'; message: string };

interface Ledger<R> {
  columns: ReadonlyArray<ColumnSpec<string>>;
  parse(cells: string[], columns: Record<string, number | undefined>): RowParse<R>;
  /** Rows with the same key in one file: the later one is rejected. */
  key(row: R): string;
  duplicateReason(firstLine: number): string;
  write(ctx: DomainContext, row: R): Promise<UpsertOutcome>;
}

const OWNERS: Ledger<OwnerRow> = {
  columns: OWNER_COLUMNS,
  parse: parseOwnerRow,
  key: (r) => `${r.unit.code}|${r.phone}`,
  duplicateReason: (line) => `与第${line}行重复（同一房号和手机号）`,
  async write(ctx, row) {
    const unit = await findOrCreateUnit(ctx, row.unit);
    const { outcome } = await upsertOwner(ctx, unit, row);
    const areaChanged = row.areaCenti !== null && (await setUnitArea(ctx, unit, row.areaCenti));
    return outcome === 'unchanged' && areaChanged ? 'updated' : outcome;
  },
};

const BILLS: Ledger<BillRow> = {
  columns: BILL_COLUMNS,
  parse: parseBillRow,
  key: (r) => `${r.unit.code}|${r.feeType}|${r.period}`,
  duplicateReason: (line) => `与第${line}行重复（同一房号、费用类型和账期）`,
  async write(ctx, row) {
    const unit = await findOrCreateUnit(ctx, row.unit);
    return (await upsertBill(ctx, unit.id, row)).outcome;
  },
};

const LEDGERS: Record<LedgerKind, Ledger<OwnerRow> | Ledger<BillRow>> = { owners: OWNERS, bills: BILLS };

/** Rows written per transaction: keeps SQLite's single writer free for the chat during a big import. */
const BATCH = 200;

/**
 * Imports an owners or bills ledger (CONTRACTS §3). Every row is validated on its own: bad rows are
 * reported by line and the rest are written. Idempotent — owners are keyed by unit + phone, bills by
 * unit + fee type + period; a row equal to what is on file counts as neither imported nor updated.
 * `ok: false` only when nothing could be read (missing file, unreadable format, missing headers).
 */
export async function importLedger(
  deps: TxDeps,
  kind: LedgerKind,
  source: ImportSource,
  opts: { actor?: Actor } = {},
): Promise<ImportResult> {
  const ledger = LEDGERS[kind] as Ledger<unknown>;
  const table = await readTable(source);
  if (!table.ok) return table;
  const mapped = mapColumns(table.headers, ledger.columns);
  if (!mapped.ok) {
    const expected = ledger.columns.map((c) => c.header).join(',');
    return { ok: false, reason: 'MISSING_HEADERS', message: `missing column(s) ${mapped.missing.join(', ')} in the header row; expected ${expected}` };
  }

  const errors: RowError[] = [];
  const valid: { line: number; row: unknown }[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const parsed = ledger.parse(cells, mapped.columns);
    if (!parsed.ok) {
      errors.push({ line, reason: parsed.reason });
      continue;
    }
    const key = ledger.key(parsed.value);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line, reason: ledger.duplicateReason(first) });
      continue;
    }
    seen.set(key, line);
    valid.push({ line, row: parsed.value });
  }

  const actor: Actor = opts.actor ?? { type: 'system', id: 'import' };
  let imported = 0;
  let updated = 0;
  for (let i = 0; i < valid.length || i === 0; i += BATCH) {
    const batch = valid.slice(i, i + BATCH);
    const last = i + BATCH >= valid.length;
    await inTransaction(deps, actor, async (ctx) => {
      for (const { row } of batch) {
        const outcome = await ledger.write(ctx, row);
        if (outcome === 'created') imported++;
        else if (outcome === 'updated') updated++;
      }
      if (last) {
        const file = typeof source === 'string' ? path.basename(source) : source.filename;
        await audit(ctx, 'ledger.imported', { type: 'ledger', id: kind }, { file, imported, updated, rejected: errors.length });
      }
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return { ok: true, imported, updated, rejected: errors.length, errors };
}
