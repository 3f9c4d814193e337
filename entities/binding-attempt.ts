import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { BoolColumn, DateTimeColumn, StringColumn } from './columns';

/** One try at proving identity (绑定 房号 手机后四位); failures are counted per sender and per unit. */
@Entity('binding_attempt')
@Index(['channel', 'senderId', 'at'])
@Index(['unitCode', 'at'])
export class BindingAttempt {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @StringColumn(20) channel: string;
  @StringColumn(128) senderId: string;
  @StringColumn(64) unitCode: string;
  @BoolColumn() success: boolean;
  @DateTimeColumn() at: Date;
}
