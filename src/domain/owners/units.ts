import { Building, Estate, Unit } from '../../../entities';
import type { DomainContext } from '../context';
import { parseUnitCode, unitCodeOf, type UnitParts } from './unit-code';

/** The estate units are filed under when none exists yet (a single-estate deployment). */
export const DEFAULT_ESTATE_NAME = '本小区';

/** The estate new units belong to: the first one on file, created if the database has none. */
export async function defaultEstate(ctx: DomainContext, name = DEFAULT_ESTATE_NAME): Promise<Estate> {
  const existing = await ctx.em.find(Estate, { order: { id: 'ASC' }, take: 1 });
  if (existing.length) return existing[0];
  // INSERT IGNORE / OR IGNORE: two imports starting at once must not fail on the unique name.
  await ctx.em.createQueryBuilder().insert().into(Estate).values({ name }).orIgnore().execute();
  return ctx.em.findOneByOrFail(Estate, { name });
}

async function findOrCreateBuilding(ctx: DomainContext, estateId: number, code: string): Promise<Building> {
  const found = await ctx.em.findOneBy(Building, { estateId, code });
  if (found) return found;
  await ctx.em.createQueryBuilder().insert().into(Building).values({ estateId, code }).orIgnore().execute();
  return ctx.em.findOneByOrFail(Building, { estateId, code });
}

/** The unit with these (already canonical) parts, creating it — and its estate and building — if new. */
export async function findOrCreateUnit(ctx: DomainContext, parts: UnitParts): Promise<Unit> {
  const code = unitCodeOf(parts);
  const found = await ctx.em.findOneBy(Unit, { code });
  if (found) return found;
  const estate = await defaultEstate(ctx);
  const building = await findOrCreateBuilding(ctx, estate.id, parts.building);
  await ctx.em
    .createQueryBuilder()
    .insert()
    .into(Unit)
    .values({ buildingId: building.id, building: parts.building, entrance: parts.entrance, room: parts.room, code, areaCenti: null })
    .orIgnore()
    .execute();
  return ctx.em.findOneByOrFail(Unit, { code });
}

/** Looks a unit up by anything `parseUnitCode` reads ('3-2-501', '3栋2单元501'); null when unknown. */
export async function findUnitByCode(ctx: DomainContext, text: string): Promise<Unit | null> {
  const parsed = parseUnitCode(text);
  return parsed ? ctx.em.findOneBy(Unit, { code: parsed.code }) : null;
}
