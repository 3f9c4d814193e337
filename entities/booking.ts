import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, StringColumn } from './columns';

export type BookingStatus = 'confirmed' | 'cancelled';

/** A meeting-room reservation. Overlaps are impossible because every slot it covers is a unique row. */
@Entity('booking')
@Index(['bookerChannel', 'bookerId', 'status'])
@Index(['roomId', 'startAt'])
export class Booking {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  /** Human id: B-0192. */
  @Index({ unique: true }) @StringColumn(20) number: string;
  @IntColumn() roomId: number;
  @DateTimeColumn() startAt: Date;
  @DateTimeColumn() endAt: Date;
  @IntColumn({ nullable: true }) attendees: number | null;
  @StringColumn(12) status: BookingStatus;
  @IntColumn({ nullable: true }) ownerId: number | null;
  @StringColumn(20) bookerChannel: string;
  @StringColumn(128) bookerId: string;
  @DateTimeColumn({ nullable: true }) remindedAt: Date | null;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn({ nullable: true }) cancelledAt: Date | null;
}
