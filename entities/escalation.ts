import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, StringColumn, TextColumn } from './columns';

export type EscalationReason =
  | 'emergency' | 'serious_complaint' | 'repeat_complaint' | 'handoff' | 'misunderstood' | 'low_rating' | 'binding_attack';
export type EscalationStatus = 'open' | 'claimed' | 'resolved';

/** A case handed to staff. Lower priority number = more urgent; the queue is ordered by it, then age. */
@Entity('escalation')
@Index(['status', 'priority', 'createdAt'])
export class Escalation {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @StringColumn(36, { nullable: true }) conversationId: string | null;
  @IntColumn({ nullable: true }) ticketId: number | null;
  @StringColumn(20) reason: EscalationReason;
  @IntColumn() priority: number;
  @StringColumn(10) status: EscalationStatus;
  @TextColumn({ nullable: true }) summary: string | null;
  @IntColumn({ nullable: true }) claimedBy: number | null;
  @DateTimeColumn() slaDueAt: Date;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn({ nullable: true }) claimedAt: Date | null;
  @DateTimeColumn({ nullable: true }) resolvedAt: Date | null;
}
