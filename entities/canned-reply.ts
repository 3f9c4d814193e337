import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn, IntColumn, StringColumn, TextColumn } from './columns';

/** A ready-made answer staff insert into a reply (快捷回复); kept as data, edited by supervisors and admins. */
@Entity('canned_reply')
export class CannedReply {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @StringColumn(60) title: string;
  @TextColumn() text: string;
  @IntColumn({ default: 0 }) sortOrder: number;
  @IntColumn({ nullable: true }) updatedBy: number | null;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn() updatedAt: Date;
}
