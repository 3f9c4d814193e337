import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, JsonColumn, StringColumn, TextColumn } from './columns';

export type AnnouncementStatus = 'draft' | 'scheduled' | 'cancelled' | 'sent';

/** Who an announcement is for: every bound owner, or the owners of some buildings (楼栋). */
export type AnnouncementAudience = { type: 'all' } | { type: 'buildings'; buildings: string[] };

/**
 * A notice to owners (停水通知, 电梯检修…) drafted in the console for later sending. `scheduledAt` is when
 * it is to go out; the sending itself is a job of its own.
 */
@Entity('announcement')
@Index(['status', 'scheduledAt'])
export class Announcement {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @StringColumn(100) title: string;
  @TextColumn() body: string;
  @JsonColumn() audience: AnnouncementAudience;
  @DateTimeColumn({ nullable: true }) scheduledAt: Date | null;
  @StringColumn(10) status: AnnouncementStatus;
  @IntColumn() createdBy: number;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn() updatedAt: Date;
  @DateTimeColumn({ nullable: true }) sentAt: Date | null;
}
