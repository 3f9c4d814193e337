import { MoreThan } from 'typeorm';
import { BindingAttempt, ChannelIdentity, Owner, Unit } from '../../../entities';
import { audit } from '../audit';
import type { DomainContext } from '../context';
import { phoneLast4 } from './phone';
import { parseUnitCode } from './unit-code';

/** Failed-attempt limits (config `binding.*`), passed in so the domain stays free of configuration. */
export interface BindingLimits {
  maxFailuresPerSender: number;
  maxFailuresPerUnit: number;
  windowMinutes: number;
}

export interface BindRequest {
  channel: string;
  senderId: string;
  /** As the owner typed it: '3-2-501', '3栋2单元501'. */
  unitCode: string;
  phoneLast4: string;
}

/**
 * A failure says only NOT_MATCHED — never whether the unit exists or which half was wrong — or LOCKED
 * once the sender or the unit has used up its failures in the window (then nothing is checked).
 */
export type BindResult =
  | { ok: true; ownerId: number; ownerName: string; unitId: number; unitCode: string }
  | { ok: false; reason: 'NOT_MATCHED' }
  | { ok: false; reason: 'LOCKED'; until: Date };

export interface BoundIdentity {
  ownerId: number;
  unitId: number;
  unitCode: string;
  ownerName: string;
}

/** Emitted once when a unit's failures reach the limit within the window; a subscriber tells staff. */
export const UNIT_UNDER_ATTACK = 'binding.unit_under_attack';

/** When a lock over these failure times (oldest first) lifts, or null when under the limit. */
function lockedUntil(failures: Date[], max: number, windowMs: number): Date | null {
  if (failures.length < max) return null;
  return new Date(failures[failures.length - max].getTime() + windowMs);
}

function laterOf(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

async function failureTimes(ctx: DomainContext, where: Record<string, unknown>, since: Date): Promise<Date[]> {
  const rows = await ctx.em.find(BindingAttempt, {
    where: { ...where, success: false, at: MoreThan(since) },
    order: { at: 'ASC', id: 'ASC' },
  });
  return rows.map((r) => r.at);
}

export async function bindSender(ctx: DomainContext, req: BindRequest, limits: BindingLimits): Promise<BindResult> {
  const now = ctx.clock.now();
  const windowMs = limits.windowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs);
  const parsed = parseUnitCode(req.unitCode);
  // Unreadable codes still count against the sender (and against their own text as a "unit").
  const unitKey = parsed?.code ?? req.unitCode.trim().slice(0, 64);
  const unit = parsed
    ? await ctx.em.findOne(Unit, {
        where: { code: parsed.code },
        // On MySQL concurrent attempts on one unit queue here, so the limit is crossed (and reported) once.
        ...(ctx.db === 'mysql' ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      })
    : null;

  const senderFailures = await failureTimes(ctx, { channel: req.channel, senderId: req.senderId }, since);
  const unitFailures = await failureTimes(ctx, { unitCode: unitKey }, since);
  const until = laterOf(
    lockedUntil(senderFailures, limits.maxFailuresPerSender, windowMs),
    lockedUntil(unitFailures, limits.maxFailuresPerUnit, windowMs),
  );
  if (until) return { ok: false, reason: 'LOCKED', until };

  const last4 = req.phoneLast4.normalize('NFKC').trim();
  const owner =
    unit && /^\d{4}$/.test(last4)
      ? (await ctx.em.find(Owner, { where: { unitId: unit.id }, order: { id: 'ASC' } })).find((o) => phoneLast4(o.phone) === last4)
      : undefined;

  await ctx.em.save(
    ctx.em.create(BindingAttempt, { channel: req.channel, senderId: req.senderId, unitCode: unitKey, success: !!owner, at: now }),
  );

  if (!unit || !owner) {
    ctx.logger.info('binding attempt failed', { channel: req.channel, unitCode: unitKey });
    if (unit && unitFailures.length + 1 === limits.maxFailuresPerUnit) {
      ctx.emit({
        type: UNIT_UNDER_ATTACK,
        payload: {
          unitId: unit.id,
          unitCode: unit.code,
          failures: limits.maxFailuresPerUnit,
          windowMinutes: limits.windowMinutes,
          channel: req.channel,
          senderId: req.senderId,
          lockedUntil: lockedUntil([...unitFailures, now], limits.maxFailuresPerUnit, windowMs),
        },
      });
      await audit(ctx, 'binding.unit_locked', { type: 'unit', id: unit.id }, { failures: limits.maxFailuresPerUnit });
    }
    return { ok: false, reason: 'NOT_MATCHED' };
  }

  const identity = await findOrCreateIdentity(ctx, req.channel, req.senderId);
  identity.ownerId = owner.id;
  identity.unitId = unit.id;
  identity.boundAt = now;
  await ctx.em.save(identity);
  await audit(ctx, 'owner.bound', { type: 'channel_identity', id: identity.id }, { channel: req.channel, unitCode: unit.code, ownerId: owner.id });
  return { ok: true, ownerId: owner.id, ownerName: owner.name, unitId: unit.id, unitCode: unit.code };
}

async function findOrCreateIdentity(ctx: DomainContext, channel: string, externalId: string): Promise<ChannelIdentity> {
  const found = await ctx.em.findOneBy(ChannelIdentity, { channel, externalId });
  if (found) return found;
  await ctx.em
    .createQueryBuilder()
    .insert()
    .into(ChannelIdentity)
    .values({ channel, externalId, ownerId: null, unitId: null, boundAt: null, createdAt: ctx.clock.now() })
    .orIgnore()
    .execute();
  return ctx.em.findOneByOrFail(ChannelIdentity, { channel, externalId });
}

/** Who this sender has proven to be, or null while unbound. */
export async function identityOf(ctx: DomainContext, channel: string, senderId: string): Promise<BoundIdentity | null> {
  const identity = await ctx.em.findOneBy(ChannelIdentity, { channel, externalId: senderId });
  if (!identity?.ownerId || !identity.unitId) return null;
  const owner = await ctx.em.findOneBy(Owner, { id: identity.ownerId });
  const unit = await ctx.em.findOneBy(Unit, { id: identity.unitId });
  if (!owner || !unit || owner.unitId !== unit.id) return null;
  return { ownerId: owner.id, unitId: unit.id, unitCode: unit.code, ownerName: owner.name };
}

/** Forgets the sender's binding; false when it was not bound. */
export async function unbind(ctx: DomainContext, channel: string, senderId: string): Promise<boolean> {
  const identity = await ctx.em.findOneBy(ChannelIdentity, { channel, externalId: senderId });
  if (!identity?.ownerId) return false;
  const previous = { ownerId: identity.ownerId, unitId: identity.unitId };
  identity.ownerId = null;
  identity.unitId = null;
  identity.boundAt = null;
  await ctx.em.save(identity);
  await audit(ctx, 'owner.unbound', { type: 'channel_identity', id: identity.id }, { channel, ...previous });
  return true;
}
