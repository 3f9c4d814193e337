import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { IntColumn, StringColumn } from './columns';

/** A building (楼栋) of an estate; `code` is how owners name it: "3", "12", "A". */
@Entity('building')
@Index(['estateId', 'code'], { unique: true })
export class Building {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @IntColumn() estateId: number;
  @StringColumn(20) code: string;
}
