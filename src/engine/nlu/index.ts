// Public entry of the embedded understanding engine (no network, no API key).
import { EmbeddedNlu, type EngineOptions } from './engine';

export * from './types';
export * from './extractors';
export { normalizeText } from './normalize';
export { EmbeddedNlu, type EngineOptions } from './engine';
export { scorePredictions, formatReport, type ScoreReport } from './score';

export function createEmbeddedNlu(opts?: { intentsDir?: string; excludeTexts?: ReadonlySet<string>; modelStore?: string }): EmbeddedNlu {
  return new EmbeddedNlu(opts as EngineOptions);
}
