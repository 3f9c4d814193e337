// Public entry of the embedded understanding engine (no network, no API key).
import { EmbeddedNlu, type EngineOptions } from './engine';
import type { NluResult, Understander } from './types';

export * from './types';
export * from './extractors';
export { normalizeText } from './normalize';
export { EmbeddedNlu, type EngineOptions } from './engine';
export { scorePredictions, formatReport, type ScoreReport } from './score';

export function createEmbeddedNlu(opts?: { intentsDir?: string; excludeTexts?: ReadonlySet<string> }): Understander & { parseSync(text: string, now: Date): NluResult } {
  return new EmbeddedNlu(opts as EngineOptions);
}
