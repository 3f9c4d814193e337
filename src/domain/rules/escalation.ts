import type { EscalationReason } from '../../../entities';

/** How one kind of escalation is handled by staff. */
export interface EscalationRule {
  /** 1 is the most urgent; the staff queue is ordered by it, then by age. */
  priority: number;
  /** Staff should pick the case up within this many minutes (slaDueAt). */
  slaMinutes: number;
  /** Whether staff take the conversation over: the bot stays quiet until the case is resolved. */
  takesOverConversation: boolean;
}

export const ESCALATION_RULES: Readonly<Record<EscalationReason, EscalationRule>> = {
  /** Engineering and security are told within 1 minute; a person follows up at once. */
  emergency: { priority: 1, slaMinutes: 1, takesOverConversation: true },
  /** An incident is reported to a superior within 10 minutes. */
  serious_complaint: { priority: 2, slaMinutes: 10, takesOverConversation: true },
  repeat_complaint: { priority: 2, slaMinutes: 10, takesOverConversation: true },
  /** The owner asked for a person; the bot promises a reply within 5 minutes. */
  handoff: { priority: 3, slaMinutes: 5, takesOverConversation: true },
  misunderstood: { priority: 4, slaMinutes: 15, takesOverConversation: true },
  low_rating: { priority: 4, slaMinutes: 30, takesOverConversation: true },
  /** About a unit under a guessing attack, not about this chat: the bot keeps answering. */
  binding_attack: { priority: 4, slaMinutes: 30, takesOverConversation: false },
};

/** Roles that may take a case away from the colleague who claimed it. */
export const REASSIGNING_ROLES: readonly string[] = ['supervisor', 'admin'];

/** Satisfaction scores run 1–5; at or below this the job is reopened and staff call the owner. */
export const RATING_SCALE = { min: 1, max: 5 } as const;
export const LOW_RATING_MAX_SCORE = 2;
