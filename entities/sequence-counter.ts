import { Entity, PrimaryColumn } from 'typeorm';
import { IntColumn } from './columns';

/** Counters behind human ids (R-20261123-007, B-0192), incremented atomically in the database. */
@Entity('sequence_counter')
export class SequenceCounter {
  @PrimaryColumn({ type: 'varchar', length: 40 }) key: string;
  @IntColumn() value: number;
}
