import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { IntColumn, StringColumn } from './columns';

/** A home or office (房号). `code` is the canonical form shown to people: 楼栋-单元-房号, e.g. 3-2-501. */
@Entity('unit')
export class Unit {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @IntColumn() buildingId: number;
  @StringColumn(20) building: string;
  /** 单元 (entrance); empty when the building has none (A座1203 → "A-1203"). */
  @StringColumn(20, { default: '' }) entrance: string;
  @StringColumn(20) room: string;
  @Index({ unique: true }) @StringColumn(64) code: string;
  /** Floor area in m², stored as hundredths to stay exact. */
  @IntColumn({ nullable: true }) areaCenti: number | null;
}
