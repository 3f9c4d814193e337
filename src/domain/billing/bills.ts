import { Bill, Payment, type FeeType } from '../../../entities';
import type { DomainContext } from '../context';
import type { UpsertOutcome } from '../owners/owners';

export interface BillInput {
  feeType: FeeType;
  /** Canonical period: '2026-11', '2026Q4' or '2026'. */
  period: string;
  amountDue: number;
  amountPaid: number;
  /** Local date 'YYYY-MM-DD'. */
  dueDate: string;
}

/**
 * Writes a bill keyed by unit + fee type + period. Money received since the last write (实收 going up)
 * is recorded as a Payment of the difference, so "recent payments" shows it; a lowered 实收 is a
 * ledger correction and only changes the bill.
 */
export async function upsertBill(
  ctx: DomainContext,
  unitId: number,
  input: BillInput,
  payment: { method: string; paidAt?: Date } = { method: 'import' },
): Promise<{ bill: Bill; outcome: UpsertOutcome }> {
  const now = ctx.clock.now();
  const key = { unitId, feeType: input.feeType, period: input.period };
  const existing = await ctx.em.findOneBy(Bill, key);
  const paidBefore = existing?.amountPaid ?? 0;
  let bill: Bill;
  let outcome: UpsertOutcome;
  if (!existing) {
    bill = await ctx.em.save(ctx.em.create(Bill, { ...input, unitId, createdAt: now, updatedAt: now }));
    outcome = 'created';
  } else if (
    existing.amountDue === input.amountDue &&
    existing.amountPaid === input.amountPaid &&
    existing.dueDate === input.dueDate
  ) {
    return { bill: existing, outcome: 'unchanged' };
  } else {
    Object.assign(existing, { amountDue: input.amountDue, amountPaid: input.amountPaid, dueDate: input.dueDate, updatedAt: now });
    bill = await ctx.em.save(existing);
    outcome = 'updated';
  }
  if (input.amountPaid > paidBefore) {
    await ctx.em.save(
      ctx.em.create(Payment, { billId: bill.id, unitId, amount: input.amountPaid - paidBefore, method: payment.method, paidAt: payment.paidAt ?? now }),
    );
  }
  return { bill, outcome };
}
