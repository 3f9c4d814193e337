import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn } from './columns';

/**
 * One fixed-length slot of a room held by a booking. The unique (roomId, slotStart) index is what
 * makes overlapping bookings impossible, even when two instances insert at the same moment.
 */
@Entity('booking_slot')
@Index(['roomId', 'slotStart'], { unique: true })
export class BookingSlot {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @IntColumn() roomId: number;
  @DateTimeColumn() slotStart: Date;
  @Index() @IntColumn() bookingId: number;
}
