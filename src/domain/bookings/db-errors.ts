import type { DataSource } from 'typeorm';
import { BookingSlot } from '../../../entities';
import { driverErrorOf, isUniqueViolation } from '../../db/errors';

export { isRetryable } from '../../db/errors';

/**
 * A unique violation on booking_slot (roomId, slotStart): the room is already held. SQLite names
 * the columns ("booking_slot.roomId"), MySQL the index ("for key 'IDX_…'"); either is checked, so a
 * duplicate elsewhere (a bug) is never mistaken for a taken slot.
 */
export function isSlotTaken(dataSource: DataSource, err: unknown): boolean {
  if (!isUniqueViolation(err)) return false;
  const message = driverErrorOf(err).message ?? '';
  const meta = dataSource.getMetadata(BookingSlot);
  const names = [meta.tableName, ...meta.indices.filter((i) => i.isUnique).map((i) => i.name)];
  return names.some((n) => message.includes(n));
}
