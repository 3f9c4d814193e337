import type { Context } from 'koa';
import { z } from 'zod';
import { inTransaction, type TxDeps } from '../../db/transaction';
import type { DomainContext } from '../../domain/context';
import { conflict, forbidden, notFound } from '../errors';
import { staffActor, staffOf } from '../staff-auth';
import type { StaffEventHub } from '../staff-events';

/** What the staff routes are built from. */
export interface StaffRouteDeps extends TxDeps {
  staffToken?: string;
  tokenStaffId?: number;
  sessionHours: number;
}

export interface StaffRouteKit {
  deps: StaffRouteDeps;
  hub: StaffEventHub;
  /** Runs `fn` in one transaction acting as the signed-in member of staff (so audit rows name them). */
  tx<T>(ctx: Context, fn: (d: DomainContext) => Promise<T>): Promise<T>;
  staffId(ctx: Context): number;
}

export function routeKit(deps: StaffRouteDeps, hub: StaffEventHub): StaffRouteKit {
  return {
    deps,
    hub,
    tx: (ctx, fn) => inTransaction(deps, staffActor(ctx), fn),
    staffId: (ctx) => staffOf(ctx).id,
  };
}

export const idParam = z.object({ id: z.coerce.number().int().positive('must be a positive number') });

/** Maps a domain refusal to HTTP: the reason code is the error code. */
export function refuse(reason: string, message?: string): never {
  if (reason === 'NOT_FOUND') throw notFound(message ?? 'not found');
  if (reason === 'FORBIDDEN') throw forbidden(message);
  throw conflict(reason, message ?? reason.toLowerCase().replace(/_/g, ' '));
}

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
