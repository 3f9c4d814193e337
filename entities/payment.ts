import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, StringColumn } from './columns';

/** Money received against a bill, in fen. */
@Entity('payment')
@Index(['unitId', 'paidAt'])
export class Payment {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @IntColumn() billId: number;
  @IntColumn() unitId: number;
  @IntColumn() amount: number;
  @StringColumn(20, { default: 'import' }) method: string;
  @DateTimeColumn() paidAt: Date;
}
