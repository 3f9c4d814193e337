import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { BoolColumn, DateTimeColumn, StringColumn } from './columns';

export type StaffRole = 'agent' | 'supervisor' | 'engineer' | 'admin';

/** A member of staff. The password is kept only as a slow (scrypt) hash. */
@Entity('staff_account')
export class StaffAccount {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Index({ unique: true }) @StringColumn(64) username: string;
  @StringColumn(64, { default: '' }) displayName: string;
  @StringColumn(20) role: StaffRole;
  @StringColumn(255) passwordHash: string;
  @BoolColumn({ default: true }) active: boolean;
  @DateTimeColumn() createdAt: Date;
}
