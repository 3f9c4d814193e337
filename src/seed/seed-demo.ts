import { Bill, ChannelIdentity, Estate, MeetingRoom, Owner, StaffAccount, Unit, type StaffRole } from '../../entities';
import { inTransaction, type TxDeps } from '../db/transaction';
import { audit } from '../domain/audit';
import { upsertBill } from '../domain/billing/bills';
import type { DomainContext } from '../domain/context';
import { setUnitArea, upsertOwner } from '../domain/owners/owners';
import { phoneLast4 } from '../domain/owners/phone';
import { unitCodeOf } from '../domain/owners/unit-code';
import { findOrCreateUnit } from '../domain/owners/units';
import { createStaff } from '../domain/staff/accounts';
import { demoBillsFor } from './demo-bills';
import { DEMO_CHANNEL, DEMO_ESTATE_NAME, DEMO_ROOMS, DEMO_SENDERS, DEMO_STAFF, DEMO_UNITS } from './demo-estate';

export interface SeedCounts {
  units: number;
  owners: number;
  bills: number;
  payments: number;
  rooms: number;
  staff: number;
  senders: number;
}

export interface SeedReport {
  /** What this run added; all zero on a repeated run. */
  created: SeedCounts;
  changed: boolean;
  /** `password` only for accounts this run created: it is shown once. */
  staff: { username: string; role: StaffRole; displayName: string; password: string | null }[];
  senders: { channel: string; senderId: string; unitCode: string; ownerName: string; phoneLast4: string }[];
  /** Demo units that have unpaid bills. */
  unitsInArrears: string[];
}

async function seedUnits(ctx: DomainContext, created: SeedCounts): Promise<void> {
  // Units attach to the first estate on file; on an empty database that is the demo estate.
  if ((await ctx.em.count(Estate)) === 0) await ctx.em.save(ctx.em.create(Estate, { name: DEMO_ESTATE_NAME }));
  for (const [index, demo] of DEMO_UNITS.entries()) {
    if (!(await ctx.em.existsBy(Unit, { code: unitCodeOf(demo) }))) created.units++;
    const unit = await findOrCreateUnit(ctx, demo);
    if (unit.areaCenti === null) await setUnitArea(ctx, unit, demo.areaCenti);
    for (const owner of demo.owners) {
      if ((await upsertOwner(ctx, unit, owner)).outcome === 'created') created.owners++;
    }
    for (const bill of demoBillsFor(demo, index, ctx.clock.now())) {
      // A bill already on file is left alone: the seed never rewrites the estate's ledger.
      if (await ctx.em.existsBy(Bill, { unitId: unit.id, feeType: bill.feeType, period: bill.period })) continue;
      await upsertBill(ctx, unit.id, bill, { method: bill.method, paidAt: bill.paidAt ?? undefined });
      created.bills++;
      if (bill.amountPaid > 0) created.payments++;
    }
  }
}

async function seedRooms(ctx: DomainContext, created: SeedCounts): Promise<void> {
  for (const room of DEMO_ROOMS) {
    if (await ctx.em.existsBy(MeetingRoom, { name: room.name })) continue;
    await ctx.em.save(ctx.em.create(MeetingRoom, { ...room, active: true }));
    created.rooms++;
  }
}

async function seedStaff(ctx: DomainContext, created: SeedCounts): Promise<SeedReport['staff']> {
  const out: SeedReport['staff'] = [];
  for (const s of DEMO_STAFF) {
    const result = await createStaff(ctx, s.username, s.role, { displayName: s.displayName });
    if (result.ok) created.staff++;
    const account = result.ok ? result.staff : await ctx.em.findOneByOrFail(StaffAccount, { username: s.username });
    out.push({ username: account.username, role: account.role, displayName: account.displayName, password: result.ok ? result.password : null });
  }
  return out;
}

async function seedSenders(ctx: DomainContext, created: SeedCounts): Promise<SeedReport['senders']> {
  const out: SeedReport['senders'] = [];
  for (const s of DEMO_SENDERS) {
    const unit = await ctx.em.findOneByOrFail(Unit, { code: s.unitCode });
    const owner = await ctx.em.findOneByOrFail(Owner, { unitId: unit.id, phone: s.phone });
    const identity =
      (await ctx.em.findOneBy(ChannelIdentity, { channel: DEMO_CHANNEL, externalId: s.senderId })) ??
      ctx.em.create(ChannelIdentity, { channel: DEMO_CHANNEL, externalId: s.senderId, createdAt: ctx.clock.now() });
    if (identity.ownerId !== owner.id || identity.unitId !== unit.id) {
      Object.assign(identity, { ownerId: owner.id, unitId: unit.id, boundAt: ctx.clock.now() });
      await ctx.em.save(identity);
      await audit(ctx, 'owner.bound', { type: 'channel_identity', id: identity.id }, { channel: DEMO_CHANNEL, unitCode: unit.code, ownerId: owner.id });
      created.senders++;
    }
    out.push({ channel: DEMO_CHANNEL, senderId: s.senderId, unitCode: unit.code, ownerName: owner.name, phoneLast4: phoneLast4(owner.phone) });
  }
  return out;
}

/**
 * Fills the database with the demo estate (CONTRACTS §6). Every piece is added only when missing, in
 * one transaction, so a second run changes nothing and hands out no new credentials.
 */
export async function seedDemo(deps: TxDeps): Promise<SeedReport> {
  return inTransaction(deps, { type: 'system', id: 'seed' }, async (ctx) => {
    const created: SeedCounts = { units: 0, owners: 0, bills: 0, payments: 0, rooms: 0, staff: 0, senders: 0 };
    await seedUnits(ctx, created);
    await seedRooms(ctx, created);
    const staff = await seedStaff(ctx, created);
    const senders = await seedSenders(ctx, created);
    const changed = Object.values(created).some((n) => n > 0);
    if (changed) await audit(ctx, 'demo.seeded', { type: 'estate', id: null }, { ...created });
    const unitsInArrears = DEMO_UNITS.filter((u) => u.unpaid.length).map(unitCodeOf);
    return { created, changed, staff, senders, unitsInArrears };
  });
}
