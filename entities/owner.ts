import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, StringColumn } from './columns';

/** An owner or tenant on file for a unit. The phone is personal data: never logged in clear. */
@Entity('owner')
@Index(['unitId', 'phone'], { unique: true })
export class Owner {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @IntColumn() unitId: number;
  @StringColumn(50) name: string;
  @StringColumn(20) phone: string;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn() updatedAt: Date;
}
