import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, StringColumn } from './columns';

/** Who is writing on a channel (web `from`, WeChat OpenID, wechaty contact id) and, once bound, which owner. */
@Entity('channel_identity')
@Index(['channel', 'externalId'], { unique: true })
export class ChannelIdentity {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @StringColumn(20) channel: string;
  @StringColumn(128) externalId: string;
  @IntColumn({ nullable: true }) ownerId: number | null;
  @IntColumn({ nullable: true }) unitId: number | null;
  @DateTimeColumn({ nullable: true }) boundAt: Date | null;
  @DateTimeColumn() createdAt: Date;
}
