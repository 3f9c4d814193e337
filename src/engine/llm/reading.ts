// What the language model is asked to return, and the strict check of what it did return.
// The JSON schema goes out with the request (structured output); the answer is checked
// again here because an OpenAI-compatible server need not enforce it. Anything outside
// TAXONOMY is dropped: an unknown intent drops the whole reading, an unknown or malformed
// slot value drops that slot only.
import { z } from 'zod';
import { CATEGORICAL_SLOTS, INTENTS, SCORED_SLOTS, type Intent, type Slots } from '../nlu/types';

const text = () => z.string().nullable();
const int = () => z.number().int().nullable();

/** The reading requested from the model: every slot present, null when not stated. */
export const ReadingSchema = z.object({
  intent: z.enum(INTENTS),
  slots: z.object({
    category: text(), kind: text(), service: text(), topic: text(), fee_type: text(),
    unit: text(), date: text(), start: text(), end: text(), attendees: int(), room: text(), score: int(),
  }),
});

export interface Reading { intent: Intent; slots: Slots }

const FEE_TYPES = ['property', 'water', 'electricity', 'parking', 'all'];
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const UNIT_RE = /^[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4}){0,2}$/;

function validDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** One slot value checked against TAXONOMY (and, for free text, against the message). */
function checkSlot(intent: Intent, name: string, value: unknown, message: string): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  const cat = CATEGORICAL_SLOTS[intent];
  if (cat && name === cat.slot) return typeof value === 'string' && cat.values.includes(value) ? value : undefined;
  switch (name) {
    case 'fee_type': return typeof value === 'string' && FEE_TYPES.includes(value) ? value : undefined;
    case 'date': return typeof value === 'string' && validDate(value) ? value : undefined;
    case 'start': case 'end': return typeof value === 'string' && TIME_RE.test(value) ? value : undefined;
    case 'unit': {
      const u = typeof value === 'string' ? value.trim().toUpperCase() : '';
      return UNIT_RE.test(u) ? u : undefined;
    }
    case 'attendees': return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 1000 ? value : undefined;
    case 'score': return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5 ? value : undefined;
    // A room name is the owner's own words: one the message does not contain is invented.
    case 'room': return typeof value === 'string' && value.trim() && message.replace(/\s/g, '').includes(value.replace(/\s/g, '')) ? value.trim() : undefined;
    default: return undefined;
  }
}

/** The model's answer (raw JSON text) as a TAXONOMY reading, or null when it is unusable. */
export function checkReading(raw: string | null | undefined, message: string): Reading | null {
  if (!raw) return null;
  let json: unknown;
  try { json = JSON.parse(raw); } catch { return null; }
  if (!json || typeof json !== 'object') return null;
  const { intent, slots } = json as { intent?: unknown; slots?: unknown };
  if (typeof intent !== 'string' || !(INTENTS as readonly string[]).includes(intent)) return null;
  const out: Slots = {};
  const given = slots && typeof slots === 'object' ? (slots as Record<string, unknown>) : {};
  for (const name of SCORED_SLOTS[intent] ?? []) {
    const v = checkSlot(intent as Intent, name, given[name], message);
    if (v !== undefined) out[name] = v;
  }
  return { intent: intent as Intent, slots: out };
}
