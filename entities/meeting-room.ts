import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { BoolColumn, IntColumn, StringColumn } from './columns';

/** A bookable room. Opening hours are local wall-clock times "HH:mm". */
@Entity('meeting_room')
export class MeetingRoom {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Index({ unique: true }) @StringColumn(50) name: string;
  @IntColumn() capacity: number;
  @StringColumn(100, { default: '' }) location: string;
  @StringColumn(5, { default: '08:00' }) opensAt: string;
  @StringColumn(5, { default: '21:00' }) closesAt: string;
  @BoolColumn({ default: true }) active: boolean;
}
