import { parseHundredths } from '../domain/billing/money';
import { normalizePhone } from '../domain/owners/phone';
import { normalizeUnitParts, type ParsedUnit } from '../domain/owners/unit-code';
import { cell, type ColumnMap, type ColumnSpec } from './columns';

export type OwnerField = 'building' | 'entrance' | 'room' | 'name' | 'phone' | 'area';

/** 楼栋,单元,房号,姓名,手机号,面积 — 单元 may be left out for buildings without entrances, 面积 is optional. */
export const OWNER_COLUMNS: ReadonlyArray<ColumnSpec<OwnerField>> = [
  { field: 'building', header: '楼栋', aliases: ['楼号', '栋号'], required: true },
  { field: 'entrance', header: '单元', required: false },
  { field: 'room', header: '房号', aliases: ['房间号', '门牌号'], required: true },
  { field: 'name', header: '姓名', aliases: ['业主姓名', '业主'], required: true },
  { field: 'phone', header: '手机号', aliases: ['手机', '手机号码', '电话', '联系电话'], required: true },
  { field: 'area', header: '面积', aliases: ['建筑面积'], required: false },
];

export interface OwnerRow {
  unit: ParsedUnit;
  name: string;
  phone: string;
  /** m² in hundredths, when given. */
  areaCenti: number | null;
}

export type RowParse<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Shared by both ledgers: the unit named by a row's 楼栋/单元/房号 cells. */
export function unitOfRow<F extends string>(cells: string[], columns: ColumnMap<F | 'building' | 'entrance' | 'room'>): RowParse<ParsedUnit> {
  const building = cell(cells, columns, 'building');
  const entrance = cell(cells, columns, 'entrance');
  const room = cell(cells, columns, 'room');
  if (!building || !room) return { ok: false, reason: '楼栋和房号不能为空' };
  const unit = normalizeUnitParts({ building, entrance, room });
  return unit ? { ok: true, value: unit } : { ok: false, reason: `房号无法识别：楼栋「${building}」单元「${entrance}」房号「${room}」` };
}

export function parseOwnerRow(cells: string[], columns: ColumnMap<OwnerField>): RowParse<OwnerRow> {
  const unit = unitOfRow(cells, columns);
  if (!unit.ok) return unit;
  const name = cell(cells, columns, 'name');
  if (!name) return { ok: false, reason: '姓名不能为空' };
  if (name.length > 50) return { ok: false, reason: '姓名过长（最多50个字）' };
  const phoneText = cell(cells, columns, 'phone');
  if (!phoneText) return { ok: false, reason: '手机号不能为空' };
  // The number itself is not echoed: error lists end up in logs.
  const phone = normalizePhone(phoneText);
  if (!phone) return { ok: false, reason: '手机号格式不正确（应为11位手机号，或带区号的固定电话如 0755-12345678）' };
  const areaText = cell(cells, columns, 'area').replace(/\s*(?:m²|m2|㎡|平方米|平米|平)$/i, '');
  let areaCenti: number | null = null;
  if (areaText) {
    const area = parseHundredths(areaText);
    if (area === undefined || area === 0 || area > 10_000_000) return { ok: false, reason: `面积「${areaText}」不是有效的平方米数（最多两位小数）` };
    areaCenti = area;
  }
  return { ok: true, value: { unit: unit.value, name, phone, areaCenti } };
}
