import { Entity, PrimaryColumn } from 'typeorm';
import { DateTimeColumn, StringColumn } from './columns';

/** A claimed tick of a scheduled job ("name:slot"); the primary key lets exactly one instance run it. */
@Entity('job_run')
export class JobRun {
  @PrimaryColumn({ type: 'varchar', length: 120 }) key: string;
  @StringColumn(64) instance: string;
  @DateTimeColumn() claimedAt: Date;
}
