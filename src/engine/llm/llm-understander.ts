// Hybrid understanding: the embedded engine reads every message; only when it is unsure
// is an OpenAI-compatible model asked for its reading. The model proposes, never decides:
// an emergency the embedded rules find is final, its answer is checked against TAXONOMY,
// and on a timeout, a network or HTTP error or an unusable answer the embedded reading
// stands (`source` says which reading was used).
import type OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { Intent, NluResult, Slots, Understander } from '../nlu/types';
import { CATEGORICAL_SLOTS } from '../nlu/types';
import { systemPrompt, userPrompt } from './prompt';
import { checkReading, ReadingSchema, type Reading } from './reading';

/** The part of the embedded engine the hybrid needs. */
export interface LocalReader {
  parseSync(text: string, now: Date): NluResult;
  /** The extractors' slots for `intent` (what the embedded engine would fill for it). */
  slotsFor(intent: Intent, text: string, now: Date): Slots;
}

export interface LlmUnderstanderOptions {
  local: LocalReader;
  client: OpenAI;
  model: string;
  /** Give up on the model after this long (ms) and use the embedded reading. */
  timeoutMs?: number;
  /** Ask the model only when the embedded confidence is below this. 1 = ask for everything but emergencies. */
  askBelow?: number;
  /** Told why the model's reading was not used (timeout, error, invalid answer). */
  onFallback?: (reason: string, detail?: unknown) => void;
}

/** Confidence given to a model reading: it agrees with the embedded one / it was among its alternatives / neither. */
const AGREE = 0.9;
const ALTERNATIVE = 0.75;
const DISAGREE = 0.6;

export class LlmUnderstander implements Understander {
  private readonly timeoutMs: number;
  private readonly askBelow: number;
  private readonly system = systemPrompt();
  private readonly responseFormat = zodResponseFormat(ReadingSchema, 'reading');

  constructor(private readonly opts: LlmUnderstanderOptions) {
    this.timeoutMs = opts.timeoutMs ?? 3000;
    this.askBelow = opts.askBelow ?? 0.75;
  }

  async understand(text: string, now: Date): Promise<NluResult> {
    const local = this.opts.local.parseSync(text, now);
    // Emergencies are the rules' call, and a sure embedded reading needs no second opinion.
    if (local.intent === 'emergency.report' || local.confidence >= this.askBelow || !text.trim()) return local;
    const reading = await this.ask(text, now);
    return reading ? this.combine(local, reading, text, now) : local;
  }

  /** The model's reading, or null (after telling onFallback why). */
  async ask(text: string, now: Date): Promise<Reading | null> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      const res = await this.opts.client.chat.completions.create({
        model: this.opts.model,
        temperature: 0,
        messages: [{ role: 'system', content: this.system }, { role: 'user', content: userPrompt(text, now) }],
        response_format: this.responseFormat,
      }, { signal: abort.signal, timeout: this.timeoutMs, maxRetries: 0 });
      const reading = checkReading(res.choices?.[0]?.message?.content, text);
      if (!reading) this.opts.onFallback?.('invalid', res.choices?.[0]?.message?.content?.slice(0, 200));
      return reading;
    } catch (e) {
      this.opts.onFallback?.(abort.signal.aborted ? 'timeout' : 'error', (e as Error).message);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  private combine(local: NluResult, reading: Reading, text: string, now: Date): NluResult {
    const { intent } = reading;
    const confidence = intent === local.intent ? Math.max(local.confidence, AGREE)
      : local.alternatives.some((a) => a.intent === intent) ? ALTERNATIVE : DISAGREE;
    // Deterministic extractors first (dates, times, units are exact there); the model fills gaps.
    const slots: Slots = { ...(intent === local.intent ? local.slots : this.opts.local.slotsFor(intent, text, now)) };
    const cat = CATEGORICAL_SLOTS[intent]?.slot;
    for (const [k, v] of Object.entries(reading.slots)) {
      if (slots[k] === undefined || k === cat) slots[k] = v;
    }
    const alternatives = [{ intent: local.intent, confidence: local.confidence }, ...local.alternatives]
      .filter((a) => a.intent !== intent).slice(0, 3);
    return { intent, slots, confidence, source: 'llm', alternatives };
  }
}
