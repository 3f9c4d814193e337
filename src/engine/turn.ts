import type { Conversation } from '../../entities';
import type { DomainContext } from '../domain/context';
import type { BoundIdentity } from '../domain/owners';
import type { DialogueState } from './dialogue/state';
import type { NluResult } from './nlu/types';
import type { EngineDeps, InboundMessage } from './types';

/** The bound owner behind a sender, if they have proved who they are. */
export type Identity = BoundIdentity;

/**
 * One message being handled: what came in, what it means, the conversation and its state, the
 * transaction (ctx), and where replies go. Handlers read from it and `say` into it.
 */
export class Turn {
  readonly replies: string[] = [];
  /** The intent the bot acted on (for the message log and reports). */
  handledAs: string | null = null;

  constructor(
    readonly deps: EngineDeps,
    readonly ctx: DomainContext,
    readonly inbound: InboundMessage,
    /** The text being acted on (after a clarifying question, the original request). */
    public text: string,
    public nlu: NluResult,
    readonly conversation: Conversation,
    public identity: Identity | null,
    public state: DialogueState,
  ) {}

  get now(): Date {
    return this.inbound.at;
  }

  say(text: string): void {
    this.replies.push(text);
  }

  t(key: string, vars?: Record<string, string | number | undefined>): string {
    return this.deps.replies.t(key, { company: this.deps.config.company.name, phone: this.deps.config.company.serviceCenterPhone, ...vars });
  }

  sayKey(key: string, vars?: Record<string, string | number | undefined>): void {
    this.say(this.t(key, vars));
  }
}

export type IntentHandler = (turn: Turn) => Promise<void>;
