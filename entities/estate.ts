import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { StringColumn } from './columns';

/** A housing estate (小区) or office building complex managed by the company. */
@Entity('estate')
export class Estate {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Index({ unique: true }) @StringColumn(100) name: string;
}
