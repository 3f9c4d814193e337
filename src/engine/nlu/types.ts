// Public types of the understanding engine. Other modules (dialogue, channels, bench)
// code against these names: keep them stable, add to them freely.

export const INTENTS = [
  'repair.report', 'emergency.report', 'complaint.file', 'service.request',
  'meeting_room.book', 'meeting_room.cancel', 'meeting_room.query',
  'fee.query', 'fee.pay', 'ticket.status', 'consult', 'handoff.human',
  'feedback.rating', 'greeting', 'thanks', 'out_of_scope',
] as const;
export type Intent = typeof INTENTS[number];

export interface Slots {
  category?: string; kind?: string; service?: string; topic?: string; fee_type?: string;
  unit?: string; date?: string; start?: string; end?: string; attendees?: number;
  room?: string; score?: number;
  [k: string]: unknown;
}

export interface NluResult {
  intent: Intent;
  slots: Slots;
  confidence: number;
  source: 'rules' | 'llm';
  alternatives: { intent: Intent; confidence: number }[];
  /** The hazard rule that fired, when it names what TAXONOMY's `kind` cannot ('medical': someone collapsed or hurt). */
  hazard?: 'medical';
}

export interface Understander {
  understand(text: string, now: Date): Promise<NluResult>;
}

/** Slots that TAXONOMY scores per intent; anything else we output would be a false positive. */
export const SCORED_SLOTS: Record<string, readonly string[]> = {
  'repair.report': ['category', 'unit'],
  'emergency.report': ['kind', 'unit'],
  'complaint.file': ['category', 'unit'],
  'service.request': ['service', 'unit'],
  'meeting_room.book': ['date', 'start', 'end', 'attendees', 'room'],
  'meeting_room.cancel': ['date'],
  'meeting_room.query': ['date', 'room'],
  'fee.query': ['fee_type', 'unit'],
  'fee.pay': ['fee_type'],
  consult: ['topic'],
  'feedback.rating': ['score'],
};

/** The categorical (closed-set) slot each intent carries, with its allowed values. */
export const CATEGORICAL_SLOTS: Partial<Record<Intent, { slot: string; values: readonly string[] }>> = {
  'repair.report': { slot: 'category', values: ['plumbing', 'electrical', 'door_window_lock', 'elevator', 'appliance', 'wall_ceiling_floor', 'network_tv', 'public_facility', 'other'] },
  'emergency.report': { slot: 'kind', values: ['fire', 'flood', 'elevator', 'gas', 'power_outage', 'security'] },
  'complaint.file': { slot: 'category', values: ['noise', 'neighbor', 'sanitation', 'parking', 'pet', 'staff', 'renovation', 'security', 'service_delay', 'other'] },
  'service.request': { slot: 'service', values: ['door_open', 'cleaning', 'parcel', 'item_release', 'after_hours', 'access_pass', 'other'] },
  consult: { slot: 'topic', values: ['renovation', 'access_card', 'parking', 'move_in', 'move_out', 'key_door', 'office_hours', 'parcel', 'paid_service', 'fees_rules', 'other'] },
};

/**
 * Which intent wins when a message carries two concerns (TAXONOMY: emergency >
 * repair/complaint/service > booking/fees > consult > small talk). Higher = acts first.
 */
export const PRIORITY_TIER: Record<Intent, number> = {
  'emergency.report': 5,
  'repair.report': 4, 'complaint.file': 4, 'service.request': 4,
  'meeting_room.book': 3, 'meeting_room.cancel': 3, 'meeting_room.query': 3,
  'fee.query': 3, 'fee.pay': 3, 'ticket.status': 3, 'handoff.human': 3,
  consult: 2, 'feedback.rating': 2,
  greeting: 1, thanks: 1, out_of_scope: 0,
};
