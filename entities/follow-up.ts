import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, StringColumn, TextColumn } from './columns';

/** A satisfaction follow-up (回访) sent after a job was done, awaiting the owner's score. */
@Entity('follow_up')
@Index(['conversationId', 'status'])
export class FollowUp {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Index({ unique: true }) @IntColumn() ticketId: number;
  @StringColumn(36, { nullable: true }) conversationId: string | null;
  @StringColumn(10) status: 'pending' | 'answered' | 'expired';
  @IntColumn({ nullable: true }) score: number | null;
  @TextColumn({ nullable: true }) remark: string | null;
  @DateTimeColumn() sentAt: Date;
  @DateTimeColumn({ nullable: true }) answeredAt: Date | null;
}
