import type { FeeType } from '../../entities';
import { formatYuan, parseYuan } from '../domain/billing/money';
import { FEE_TYPES, feeTypeFromName, normalizePeriod } from '../domain/rules/fees';
import type { ParsedUnit } from '../domain/owners/unit-code';
import { cell, type ColumnMap, type ColumnSpec } from './columns';
import { unitOfRow, type RowParse } from './owner-rows';

export type BillField = 'building' | 'entrance' | 'room' | 'feeType' | 'period' | 'amountDue' | 'amountPaid' | 'dueDate';

/** 楼栋,单元,房号,费用类型,账期,应收,实收,到期日 — 单元 may be left out; a missing or blank 实收 means nothing paid. */
export const BILL_COLUMNS: ReadonlyArray<ColumnSpec<BillField>> = [
  { field: 'building', header: '楼栋', aliases: ['楼号', '栋号'], required: true },
  { field: 'entrance', header: '单元', required: false },
  { field: 'room', header: '房号', aliases: ['房间号', '门牌号'], required: true },
  { field: 'feeType', header: '费用类型', aliases: ['收费项目', '费用名称'], required: true },
  { field: 'period', header: '账期', aliases: ['所属期', '计费周期'], required: true },
  { field: 'amountDue', header: '应收', aliases: ['应收金额'], required: true },
  { field: 'amountPaid', header: '实收', aliases: ['实收金额', '已缴'], required: false },
  { field: 'dueDate', header: '到期日', aliases: ['截止日期', '缴费截止日'], required: true },
];

export interface BillRow {
  unit: ParsedUnit;
  feeType: FeeType;
  period: string;
  amountDue: number;
  amountPaid: number;
  dueDate: string;
}

/** '2026-10-31', '2026/10/31', '2026年10月31日' → '2026-10-31' when it is a real calendar date. */
export function normalizeDate(text: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const FEE_NAMES = FEE_TYPES.map((f) => f.name).join('/');

export function parseBillRow(cells: string[], columns: ColumnMap<BillField>): RowParse<BillRow> {
  const unit = unitOfRow(cells, columns);
  if (!unit.ok) return unit;
  const feeText = cell(cells, columns, 'feeType');
  const feeType = feeTypeFromName(feeText);
  if (!feeType) return { ok: false, reason: `费用类型「${feeText}」不是 ${FEE_NAMES} 之一` };
  const periodText = cell(cells, columns, 'period');
  const period = normalizePeriod(periodText);
  if (!period) return { ok: false, reason: `账期「${periodText}」格式不正确（应为 2026-11、2026Q4 或 2026）` };
  const dueText = cell(cells, columns, 'amountDue');
  const amountDue = parseYuan(dueText);
  if (amountDue === undefined) return { ok: false, reason: `应收「${dueText}」不是有效金额（元，最多两位小数）` };
  const paidText = cell(cells, columns, 'amountPaid');
  const amountPaid = paidText === '' ? 0 : parseYuan(paidText);
  if (amountPaid === undefined) return { ok: false, reason: `实收「${paidText}」不是有效金额（元，最多两位小数）` };
  if (amountPaid > amountDue) return { ok: false, reason: `实收 ${formatYuan(amountPaid)} 元大于应收 ${formatYuan(amountDue)} 元` };
  const dateText = cell(cells, columns, 'dueDate');
  const dueDate = normalizeDate(dateText);
  if (!dueDate) return { ok: false, reason: `到期日「${dateText}」不是有效日期（应为 YYYY-MM-DD）` };
  return { ok: true, value: { unit: unit.value, feeType, period, amountDue, amountPaid, dueDate } };
}
