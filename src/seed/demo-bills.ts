import type { BillInput } from '../domain/billing/bills';
import { addDays, fromLocal, localDate } from '../shared/time';
import { DEMO_MONTHS, PAYMENT_METHODS, PROPERTY_FEE_PER_M2, type DemoUnit } from './demo-estate';

export interface DemoBill extends BillInput {
  /** When it was paid, for paid bills. */
  paidAt: Date | null;
  method: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM' `n` months from `ym`. */
function addMonths(ym: string, n: number): string {
  const [y, m] = ym.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
}

function lastDayOf(ym: string): string {
  return addDays(`${addMonths(ym, 1)}-01`, -1);
}

/**
 * A demo unit's bills for the last few months, dated relative to `now` so arrears exist whenever the
 * demo is seeded: 物业费 for month M is due on M's last day, 水费/电费 on the 15th of M+1, 停车费 at the end
 * of M+1; offices pay 物业费 for the previous quarter by the 15th of the current one.
 */
export function demoBillsFor(unit: DemoUnit, unitIndex: number, now: Date): DemoBill[] {
  const today = localDate(now);
  const thisMonth = today.slice(0, 7);
  const monthlyProperty = Math.round((unit.areaCenti * PROPERTY_FEE_PER_M2) / 100);
  const bills: { key: string; input: BillInput }[] = [];
  for (let ago = DEMO_MONTHS; ago >= 1; ago--) {
    const period = addMonths(thisMonth, -ago);
    const next = addMonths(period, 1);
    const add = (feeType: BillInput['feeType'], amount: number, dueDate: string) =>
      bills.push({ key: `${feeType}@${ago}`, input: { feeType, period, amountDue: amount, amountPaid: 0, dueDate } });
    if (unit.billing === 'monthly') add('property', monthlyProperty, lastDayOf(period));
    if (unit.waterFen) add('water', unit.waterFen + (DEMO_MONTHS - ago) * 130, `${next}-15`);
    if (unit.electricityFen) add('electricity', unit.electricityFen + (DEMO_MONTHS - ago) * 2150, `${next}-15`);
    if (unit.parkingFen) add('parking', unit.parkingFen, lastDayOf(next));
  }
  if (unit.billing === 'quarterly') {
    const [y, m] = thisMonth.split('-').map(Number);
    const quarterStart = `${y}-${pad(Math.floor((m - 1) / 3) * 3 + 1)}`;
    const previous = addMonths(quarterStart, -3);
    const [py, pm] = previous.split('-').map(Number);
    bills.push({
      key: 'property@q',
      input: { feeType: 'property', period: `${py}Q${(pm - 1) / 3 + 1}`, amountDue: monthlyProperty * 3, amountPaid: 0, dueDate: `${quarterStart}-15` },
    });
  }
  const anHourAgo = new Date(now.getTime() - 3_600_000);
  return bills.map(({ key, input }, i) => {
    if (unit.unpaid.includes(key)) return { ...input, paidAt: null, method: '' };
    // Paid a few days before it fell due, but never in the future.
    const paidAt = fromLocal(addDays(input.dueDate, -5), '10:00');
    return {
      ...input,
      amountPaid: input.amountDue,
      paidAt: paidAt < anHourAgo ? paidAt : anHourAgo,
      method: PAYMENT_METHODS[(unitIndex + i) % PAYMENT_METHODS.length],
    };
  });
}
