import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, StringColumn } from './columns';

export type FeeType = 'property' | 'water' | 'electricity' | 'parking';

/** What a unit owes for one fee type and period. Amounts are in fen (分) to stay exact. */
@Entity('bill')
@Index(['unitId', 'feeType', 'period'], { unique: true })
export class Bill {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @IntColumn() unitId: number;
  @StringColumn(16) feeType: FeeType;
  /** 2026-11, 2026Q4 or 2026. */
  @StringColumn(10) period: string;
  @IntColumn() amountDue: number;
  @IntColumn({ default: 0 }) amountPaid: number;
  /** Local date YYYY-MM-DD. */
  @StringColumn(10) dueDate: string;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn() updatedAt: Date;
}
