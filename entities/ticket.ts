import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { BoolColumn, DateTimeColumn, IntColumn, StringColumn, TextColumn } from './columns';

export type TicketType = 'repair' | 'emergency' | 'complaint' | 'service';
export type TicketStatus =
  | 'submitted' | 'dispatched' | 'in_progress' | 'done' | 'followed_up' | 'closed' | 'cancelled' | 'reopened';

/** A work order (工作服务单): repair, emergency, complaint or doorstep service. */
@Entity('ticket')
@Index(['status', 'type'])
@Index(['reporterChannel', 'reporterId'])
@Index(['unitId', 'type', 'category'])
export class Ticket {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  /** Human id shown to owners: R-20261123-007 (repair), E-… (emergency), C-… (complaint), S-… (service). */
  @Index({ unique: true }) @StringColumn(32) number: string;
  @StringColumn(12) type: TicketType;
  @StringColumn(32) category: string;
  @StringColumn(16) status: TicketStatus;
  /** 1 is the most urgent. */
  @IntColumn({ default: 3 }) priority: number;
  @IntColumn({ nullable: true }) unitId: number | null;
  /** A shared place (大堂, 7栋电梯, 地库B2) when the matter is not in one unit. */
  @StringColumn(100, { nullable: true }) place: string | null;
  @TextColumn() description: string;
  @StringColumn(100, { nullable: true }) preferredTime: string | null;
  @IntColumn({ nullable: true }) ownerId: number | null;
  @StringColumn(20) reporterChannel: string;
  @StringColumn(128) reporterId: string;
  @StringColumn(36, { nullable: true }) conversationId: string | null;
  @IntColumn({ nullable: true }) assigneeId: number | null;
  @BoolColumn({ default: false }) serious: boolean;
  /** The earlier complaint about the same matter when this one repeats it within the window. */
  @IntColumn({ nullable: true }) repeatOfId: number | null;
  /** Deadlines computed from the declared SLA rules when the ticket is created. */
  @DateTimeColumn({ nullable: true }) dispatchDueAt: Date | null;
  @DateTimeColumn({ nullable: true }) notifyDueAt: Date | null;
  @DateTimeColumn({ nullable: true }) arriveDueAt: Date | null;
  @DateTimeColumn({ nullable: true }) resolveDueAt: Date | null;
  @IntColumn({ nullable: true }) satisfaction: number | null;
  @TextColumn({ nullable: true }) satisfactionRemark: string | null;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn() updatedAt: Date;
  @DateTimeColumn({ nullable: true }) closedAt: Date | null;
}
