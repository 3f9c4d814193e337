import { Unit } from '../../../entities';
import { findUnitByCode, parseUnitCode } from '../../domain/owners';
import { extractUnit } from '../nlu';
import type { Turn } from '../turn';

/** Where a job is: a unit code (3-2-501) or a shared place in the owner's words (7栋电梯, 地下车库). */
export interface Where {
  unit?: string;
  place?: string;
}

/** A unit named in the text, canonical. */
export function unitIn(text: string): string | undefined {
  const u = extractUnit(text);
  return u ? (parseUnitCode(u)?.code ?? u) : undefined;
}

/** Words that make an answer a place in the estate ("7栋电梯", "地下车库", "南门岗亭"). */
const PLACE_WORD = /(楼|层|栋|幢|座|单元|室|号|梯|大堂|车库|地库|停车场|门口|大门|岗亭|花园|绿化|走廊|楼道|过道|会所|泳池|广场|小区|门|厅|房|屋|家|间|阳台|厨房|卫生间|厕所|天台|屋顶|地下|[A-Za-z]\d)/;

/** Reads an answer to "哪一户/在哪里": a unit if one is named, otherwise a place in the estate. */
export function whereFromAnswer(text: string): Where | undefined {
  const unit = unitIn(text);
  if (unit) return { unit };
  const place = text.replace(/^(在|是|就在|位置在?|地点[是在]?)/, '').replace(/[。！!？?,，]+$/, '').trim();
  return place.length >= 2 && place.length <= 50 && PLACE_WORD.test(place) ? { place } : undefined;
}

export function describeWhere(where: Where | undefined): string {
  return where?.unit ?? where?.place ?? '';
}

/**
 * The unit row and owner a ticket should point at. The owner id is only set when the unit is the
 * sender's own bound unit: naming someone else's unit does not make you its owner.
 */
export async function resolveWhere(turn: Turn, where: Where | undefined): Promise<{ unitId: number | null; ownerId: number | null; place: string | null }> {
  if (!where?.unit) return { unitId: null, ownerId: null, place: where?.place ?? null };
  const unit: Unit | null = await findUnitByCode(turn.ctx, where.unit);
  if (!unit) return { unitId: null, ownerId: null, place: where.unit };
  const mine = turn.identity?.unitId === unit.id;
  return { unitId: unit.id, ownerId: mine ? turn.identity!.ownerId : null, place: null };
}

/** The sender's own unit when bound, or a unit named in the first message. */
export function initialWhere(turn: Turn): Where | undefined {
  const named = typeof turn.nlu.slots.unit === 'string' ? turn.nlu.slots.unit : unitIn(turn.text);
  if (named) return { unit: parseUnitCode(named)?.code ?? named };
  if (turn.identity) return { unit: turn.identity.unitCode };
  return undefined;
}
