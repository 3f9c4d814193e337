import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, StringColumn } from './columns';

/**
 * One refused staff login, counted per username and per client address to slow password guessing. Kept
 * in the database so every instance sharing it applies the same limit.
 */
@Entity('staff_login_failure')
@Index(['username', 'at'])
@Index(['ip', 'at'])
export class StaffLoginFailure {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @StringColumn(64) username: string;
  @StringColumn(64) ip: string;
  @DateTimeColumn() at: Date;
}
