import { Entity, PrimaryGeneratedColumn, Index } from 'typeorm';
import { BoolColumn, DateTimeColumn, IntColumn, StringColumn, TextColumn } from './columns';

export type MessageAuthor = 'owner' | 'bot' | 'staff' | 'system';

/**
 * A message in or out of a conversation. Inbound rows keep the channel's external id so a repeated
 * delivery is recognised; outbound rows answering one point at it with `replyToId`.
 * `pushed` marks outbound messages sent later (staff replies, reminders), which the owner's channel
 * delivers on its own rather than in the response to a message.
 */
@Entity('message')
@Index(['conversationId', 'externalId'], { unique: true })
@Index(['conversationId', 'id'])
export class Message {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @StringColumn(36) conversationId: string;
  @StringColumn(3) direction: 'in' | 'out';
  @StringColumn(128, { nullable: true }) externalId: string | null;
  @StringColumn(10) author: MessageAuthor;
  @IntColumn({ nullable: true }) staffId: number | null;
  @TextColumn() text: string;
  @StringColumn(40, { nullable: true }) intent: string | null;
  @IntColumn({ nullable: true }) replyToId: number | null;
  @BoolColumn({ default: false }) pushed: boolean;
  /** Staff-only note: never shown or sent to the owner. */
  @BoolColumn({ default: false }) private: boolean;
  @DateTimeColumn() at: Date;
}
