import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { DateTimeColumn, IntColumn, JsonColumn, StringColumn } from './columns';

/** Who currently answers the conversation: the bot, or staff after an escalation. */
export type ConversationMode = 'bot' | 'staff';

/** One owner-side sender on one channel talking to the desk. `state` holds the dialogue's open form. */
@Entity('conversation')
@Index(['channel', 'senderId'], { unique: true })
export class Conversation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @StringColumn(20) channel: string;
  @StringColumn(128) senderId: string;
  @StringColumn(10, { default: 'bot' }) mode: ConversationMode;
  @JsonColumn({ nullable: true }) state: Record<string, unknown> | null;
  /** Optimistic-lock counter bumped by every turn; also serialises turns across instances. */
  @IntColumn({ default: 0 }) turn: number;
  @DateTimeColumn() lastMessageAt: Date;
  @DateTimeColumn() createdAt: Date;
}
