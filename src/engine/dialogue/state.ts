import type { Intent } from '../nlu/types';

/** A form being filled over several turns (slot filling, then confirmation). */
export interface FormState {
  name: string;
  slots: Record<string, unknown>;
  /** The slot being asked for, or 'confirm' when waiting for 确认. */
  awaiting: string;
  /** How many answers in a row did not fill what was asked. */
  misses: number;
}

/** What the conversation remembers between turns; stored as JSON on the conversation row. */
export interface DialogueState {
  form?: FormState;
  /** A low-confidence reading awaiting "which did you mean": the original text and the options offered. */
  clarify?: { text: string; options: Intent[] };
  /** Set after an emergency without a known location: the next message may be its location. */
  emergencyTicketId?: number;
  /** Consecutive messages the bot could not make sense of. */
  misunderstood: number;
  /** Last time a "staff will answer" holding reply was sent (ISO), so it is not repeated every message. */
  heldAt?: string;
}

export function loadState(raw: Record<string, unknown> | null): DialogueState {
  const s = (raw ?? {}) as Partial<DialogueState>;
  return { ...s, misunderstood: typeof s.misunderstood === 'number' ? s.misunderstood : 0 };
}
