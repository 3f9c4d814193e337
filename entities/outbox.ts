import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, StringColumn, TextColumn } from './columns';

export type OutboxStatus = 'pending' | 'sent' | 'failed';

/** A message to deliver later on a channel, claimed by one instance at a time and retried with back-off. */
@Entity('outbox')
@Index(['status', 'nextAttemptAt'])
export class Outbox {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @StringColumn(20) channel: string;
  @StringColumn(128) recipient: string;
  @IntColumn({ nullable: true }) messageId: number | null;
  @TextColumn() text: string;
  @StringColumn(10, { default: 'pending' }) status: OutboxStatus;
  @IntColumn({ default: 0 }) attempts: number;
  @DateTimeColumn() nextAttemptAt: Date;
  @StringColumn(64, { nullable: true }) lockedBy: string | null;
  @DateTimeColumn({ nullable: true }) lockedUntil: Date | null;
  @TextColumn({ nullable: true }) lastError: string | null;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn({ nullable: true }) sentAt: Date | null;
}
