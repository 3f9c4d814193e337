// Optional understanding through an OpenAI-compatible chat-completions endpoint
// (NLU_PROVIDER=openai), always on top of the embedded engine.
import OpenAI from 'openai';
import { EmbeddedNlu } from '../nlu/engine';
import { LlmUnderstander, type LlmUnderstanderOptions } from './llm-understander';

export { LlmUnderstander, type LlmUnderstanderOptions, type LocalReader } from './llm-understander';
export { checkReading, ReadingSchema, type Reading } from './reading';

export interface OpenAiSettings { apiKey: string; baseURL?: string; model: string }

export function createLlmUnderstander(
  settings: OpenAiSettings,
  opts: Pick<LlmUnderstanderOptions, 'timeoutMs' | 'askBelow' | 'onFallback'> & { local?: EmbeddedNlu } = {},
): LlmUnderstander {
  const timeoutMs = opts.timeoutMs ?? 3000;
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, maxRetries: 0, timeout: timeoutMs });
  return new LlmUnderstander({ ...opts, timeoutMs, local: opts.local ?? new EmbeddedNlu(), client, model: settings.model });
}
