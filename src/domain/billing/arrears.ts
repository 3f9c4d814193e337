import { Bill, Payment, type FeeType } from '../../../entities';
import { localDate } from '../../shared/time';
import type { DomainContext } from '../context';
import { feeTypeName, feeTypeOrder, formatPeriod, periodStart, type FeeQuery } from '../rules/fees';

export interface ArrearsItem {
  billId: number;
  feeType: FeeType;
  /** 物业费 / 水费 / 电费 / 停车费 */
  feeTypeName: string;
  period: string;
  /** '2026年10月', '2026年第4季度', '2026年度' */
  periodLabel: string;
  dueDate: string;
  /** Still owed, in fen. */
  outstanding: number;
  /** Whole days past the due date; 0 when not yet due. */
  daysOverdue: number;
}

export interface Arrears {
  items: ArrearsItem[];
  /** Sum of `outstanding`, in fen. */
  total: number;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * What one unit still owes, oldest period first. The caller passes the unit the sender is bound to:
 * nothing here looks up a unit by what someone typed, so another unit's bills cannot leak.
 */
export async function arrearsFor(
  ctx: DomainContext,
  unitId: number,
  opts: { feeType?: FeeQuery; today?: string } = {},
): Promise<Arrears> {
  const today = opts.today ?? localDate(ctx.clock.now());
  const feeType = opts.feeType && opts.feeType !== 'all' ? opts.feeType : undefined;
  const bills = await ctx.em.find(Bill, { where: { unitId, ...(feeType ? { feeType } : {}) } });
  const items = bills
    .filter((b) => b.amountDue > b.amountPaid)
    .map((b) => ({
      billId: b.id,
      feeType: b.feeType,
      feeTypeName: feeTypeName(b.feeType),
      period: b.period,
      periodLabel: formatPeriod(b.period),
      dueDate: b.dueDate,
      outstanding: b.amountDue - b.amountPaid,
      daysOverdue: Math.max(0, daysBetween(b.dueDate, today)),
    }))
    .sort(
      (a, b) =>
        periodStart(a.period).localeCompare(periodStart(b.period)) ||
        a.period.length - b.period.length ||
        feeTypeOrder(a.feeType) - feeTypeOrder(b.feeType),
    );
  return { items, total: items.reduce((sum, i) => sum + i.outstanding, 0) };
}

export interface PaymentRecord {
  paidAt: Date;
  /** fen */
  amount: number;
  method: string;
  feeType: FeeType;
  feeTypeName: string;
  period: string;
  periodLabel: string;
}

/** The unit's latest payments, newest first. */
export async function recentPayments(ctx: DomainContext, unitId: number, limit = 5): Promise<PaymentRecord[]> {
  const payments = await ctx.em.find(Payment, {
    where: { unitId },
    order: { paidAt: 'DESC', id: 'DESC' },
    take: limit,
  });
  const out: PaymentRecord[] = [];
  for (const p of payments) {
    const bill = await ctx.em.findOneBy(Bill, { id: p.billId, unitId });
    if (!bill) continue;
    out.push({
      paidAt: p.paidAt,
      amount: p.amount,
      method: p.method,
      feeType: bill.feeType,
      feeTypeName: feeTypeName(bill.feeType),
      period: bill.period,
      periodLabel: formatPeriod(bill.period),
    });
  }
  return out;
}
