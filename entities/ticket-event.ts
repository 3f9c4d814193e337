import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, StringColumn, TextColumn } from './columns';

/** One status change of a ticket: from, to, who and why. */
@Entity('ticket_event')
@Index(['ticketId', 'id'])
export class TicketEvent {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @IntColumn() ticketId: number;
  @StringColumn(16, { nullable: true }) fromStatus: string | null;
  @StringColumn(16) toStatus: string;
  @StringColumn(10) actorType: 'owner' | 'bot' | 'staff' | 'system';
  @StringColumn(128, { nullable: true }) actorId: string | null;
  @TextColumn({ nullable: true }) note: string | null;
  @DateTimeColumn() at: Date;
}
