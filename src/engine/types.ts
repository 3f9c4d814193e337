import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import type { EventBus } from '../db/transaction';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import type { KnowledgeBase } from './knowledge/knowledge-base';
import type { Understander } from './nlu/types';
import type { Replies } from './replies';

/** One owner message as every channel hands it to the engine; nothing platform-specific passes this line. */
export interface InboundMessage {
  channel: string;
  senderId: string;
  /** The platform's message id (web `msgId`, WeChat `MsgId`): a repeat is answered again, never re-acted on. */
  externalId?: string;
  text: string;
  at: Date;
}

export interface OutboundReply {
  text: string;
}

export interface TurnResult {
  conversationId: string;
  replies: OutboundReply[];
  /** True when the message had been handled before (same externalId) and nothing new was done. */
  duplicate: boolean;
}

/** Everything the engine needs, assembled once in src/main.ts (or a test). */
export interface EngineDeps {
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  events: EventBus;
  config: AppConfig;
  nlu: Understander;
  knowledge: KnowledgeBase;
  replies: Replies;
}
