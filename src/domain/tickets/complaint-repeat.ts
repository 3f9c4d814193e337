import { Brackets } from 'typeorm';
import { Ticket } from '../../../entities';
import type { DomainContext } from '../context';
import { REPEAT_COMPLAINT_WINDOW_MONTHS, REPEAT_EXCLUDED_CATEGORIES } from '../rules/complaints';
import { fromLocal, localDate } from '../../shared/time';

const pad = (n: number) => String(n).padStart(2, '0');

/** The same local wall-clock moment `months` calendar months earlier (31 May − 3 months → 28/29 Feb). */
export function monthsBefore(at: Date, months: number): Date {
  const today = localDate(at);
  const [y, m, d] = today.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const sinceMidnight = at.getTime() - fromLocal(today).getTime();
  return new Date(fromLocal(`${ty}-${pad(tm)}-${pad(Math.min(d, lastDay))}`).getTime() + sinceMidnight);
}

/**
 * The latest earlier complaint this one repeats: same category, from the same reporter or about the
 * same unit, raised within the declared window before `at`. Null when it is a first complaint.
 */
export async function findRepeatedComplaint(
  ctx: DomainContext,
  c: { category: string; reporterChannel: string; reporterId: string; unitId: number | null; at: Date },
): Promise<Ticket | null> {
  if (REPEAT_EXCLUDED_CATEGORIES.includes(c.category)) return null;
  const since = monthsBefore(c.at, REPEAT_COMPLAINT_WINDOW_MONTHS);
  return ctx.em
    .createQueryBuilder(Ticket, 't')
    .where('t.type = :type', { type: 'complaint' })
    .andWhere('t.category = :category', { category: c.category })
    .andWhere('t.createdAt >= :since', { since })
    .andWhere(
      new Brackets((b) => {
        b.where('(t.reporterChannel = :channel AND t.reporterId = :reporterId)', {
          channel: c.reporterChannel, reporterId: c.reporterId,
        });
        if (c.unitId != null) b.orWhere('t.unitId = :unitId', { unitId: c.unitId });
      }),
    )
    .orderBy('t.createdAt', 'DESC')
    .addOrderBy('t.id', 'DESC')
    .getOne();
}
