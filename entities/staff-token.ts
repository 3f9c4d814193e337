import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, StringColumn } from './columns';

/** A login session: only the SHA-256 of the bearer token is stored. */
@Entity('staff_token')
export class StaffToken {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Index({ unique: true }) @StringColumn(64) tokenHash: string;
  @IntColumn() staffId: number;
  @DateTimeColumn() expiresAt: Date;
  @DateTimeColumn() createdAt: Date;
}
