import { AuditLog } from '../../entities';
import type { DomainContext } from './context';

/** Writes one audit row in the caller's transaction: who (ctx.actor) did `action` to `target`. */
export async function audit(
  ctx: DomainContext,
  action: string,
  target: { type: string; id?: string | number | null },
  detail: Record<string, unknown> | null = null,
): Promise<void> {
  await ctx.em.save(
    ctx.em.create(AuditLog, {
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    action,
    targetType: target.type,
    targetId: target.id == null ? null : String(target.id),
    detail,
    at: ctx.clock.now(),
    }),
  );
}
