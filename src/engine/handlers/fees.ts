import { arrearsFor, formatYuan, recentPayments } from '../../domain/billing';
import type { FeeQuery } from '../../domain/rules/fees';
import type { Turn } from '../turn';
import { askToBind } from './binding';

const FEE_QUERIES = new Set(['property', 'water', 'electricity', 'parking', 'all']);

/**
 * What the owner owes. Only a bound sender learns anything, and only about their own unit: a unit
 * named in the message is ignored on purpose, whatever the wording.
 */
export async function feeQuery(turn: Turn): Promise<void> {
  const me = turn.identity;
  if (!me) return askToBind(turn, '费用');
  const asked = FEE_QUERIES.has(String(turn.nlu.slots.fee_type)) ? (turn.nlu.slots.fee_type as FeeQuery) : 'all';
  const arrears = await arrearsFor(turn.ctx, me.unitId);
  const wanted = arrears.items.filter((i) => asked === 'all' || i.feeType === asked);
  const others = arrears.items.filter((i) => !wanted.includes(i));
  const itemText = (items: typeof arrears.items) =>
    items
      .map((i) =>
        turn.t('fees.item', {
          period: i.periodLabel,
          fee: i.feeTypeName,
          amount: formatYuan(i.outstanding),
          overdue: i.daysOverdue > 0 ? turn.t('fees.overdue', { days: i.daysOverdue }) : '',
        }),
      )
      .join('、');
  const sum = (items: typeof arrears.items) => formatYuan(items.reduce((s, i) => s + i.outstanding, 0));
  if (wanted.length) turn.sayKey('fees.arrears', { unit: me.unitCode, items: itemText(wanted), total: sum(wanted) });
  else turn.sayKey(asked === 'all' ? 'fees.none' : 'fees.none_of_type', { unit: me.unitCode });
  // Asked about one fee: the owner still hears of anything else outstanding, briefly.
  if (others.length) turn.sayKey('fees.others', { items: itemText(others), total: sum(others) });
  const payments = await recentPayments(turn.ctx, me.unitId, 3);
  if (payments.length) {
    const items = payments.map((p) => `${p.periodLabel}${p.feeTypeName} ${formatYuan(p.amount)}元`);
    turn.sayKey('fees.payments', { items: items.join('、') });
  }
  if (arrears.items.length) payHowTo(turn);
}

/** How and where to pay: configured text and link; no identity needed, nothing about any unit. */
export async function feePay(turn: Turn): Promise<void> {
  payHowTo(turn);
}

function payHowTo(turn: Turn): void {
  const { instructions, link } = turn.deps.config.payment;
  turn.sayKey('fees.pay', { instructions });
  if (link) turn.sayKey('fees.link', { link });
}
