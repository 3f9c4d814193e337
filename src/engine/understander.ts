import type { AppConfig } from '../config';
import type { Logger } from '../shared/logger';
import { createLlmUnderstander } from './llm';
import { createEmbeddedNlu } from './nlu';
import type { Understander } from './nlu/types';

/**
 * The understanding the engine uses. By default the embedded model, which needs no network.
 * With NLU_PROVIDER=openai the embedded model still reads every message and an
 * OpenAI-compatible model is asked only when it is unsure (see src/engine/llm/).
 */
export function createUnderstander(config: AppConfig, logger: Logger): Understander {
  const local = createEmbeddedNlu({ modelStore: config.nlu.modelStore || undefined });
  logger.info(local.modelSource === 'store' ? 'understanding: embedded models loaded from the model store' : 'understanding: embedded models trained',
    { ms: local.buildMs, modelStore: config.nlu.modelStore || 'off' });
  if (local.storeError) logger.warn('embedded models could not be stored; the next start trains again', { error: local.storeError });
  if (config.nlu.provider === 'openai' && config.nlu.openai.apiKey) {
    const { apiKey, baseURL, model } = config.nlu.openai;
    logger.info('understanding: embedded model, asking the language model when unsure', { model, baseURL: baseURL ?? 'api.openai.com' });
    return createLlmUnderstander({ apiKey, baseURL, model }, {
      local,
      onFallback: (reason, detail) => logger.warn('language model not used; embedded reading stands', { reason, detail }),
    });
  }
  return local;
}
