import { Owner, Unit } from '../../../entities';
import { audit } from '../audit';
import type { DomainContext } from '../context';

/** What a ledger write did; unchanged rows count as neither imported nor updated. */
export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Files an owner of a unit. Owners are keyed by unit + phone (the phone is what they prove themselves
 * with): the same phone with a new name is an update; a new phone on the unit is another owner.
 */
export async function upsertOwner(ctx: DomainContext, unit: Unit, input: { name: string; phone: string }): Promise<{ owner: Owner; outcome: UpsertOutcome }> {
  const now = ctx.clock.now();
  const existing = await ctx.em.findOneBy(Owner, { unitId: unit.id, phone: input.phone });
  if (!existing) {
    const owner = await ctx.em.save(ctx.em.create(Owner, { unitId: unit.id, name: input.name, phone: input.phone, createdAt: now, updatedAt: now }));
    return { owner, outcome: 'created' };
  }
  if (existing.name === input.name) return { owner: existing, outcome: 'unchanged' };
  await audit(ctx, 'owner.renamed', { type: 'owner', id: existing.id }, { from: existing.name, to: input.name });
  existing.name = input.name;
  existing.updatedAt = now;
  return { owner: await ctx.em.save(existing), outcome: 'updated' };
}

/** Records a unit's floor area (m² in hundredths); true when it changed. */
export async function setUnitArea(ctx: DomainContext, unit: Unit, areaCenti: number): Promise<boolean> {
  if (unit.areaCenti === areaCenti) return false;
  unit.areaCenti = areaCenti;
  await ctx.em.save(unit);
  return true;
}

export async function ownersOfUnit(ctx: DomainContext, unitId: number): Promise<Owner[]> {
  return ctx.em.find(Owner, { where: { unitId }, order: { id: 'ASC' } });
}
