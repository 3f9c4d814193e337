import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, JsonColumn, StringColumn } from './columns';

/** Who did what to what, when: every staff action and every status change. */
@Entity('audit_log')
@Index(['targetType', 'targetId'])
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @StringColumn(10) actorType: 'owner' | 'bot' | 'staff' | 'system';
  @StringColumn(128, { nullable: true }) actorId: string | null;
  @StringColumn(64) action: string;
  @StringColumn(32) targetType: string;
  @StringColumn(64, { nullable: true }) targetId: string | null;
  @JsonColumn({ nullable: true }) detail: Record<string, unknown> | null;
  @DateTimeColumn() at: Date;
}
