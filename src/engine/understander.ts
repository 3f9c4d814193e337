import type { AppConfig } from '../config';
import type { Logger } from '../shared/logger';
import { createEmbeddedNlu } from './nlu';
import type { Understander } from './nlu/types';

/**
 * The understanding the engine uses: the embedded model, which needs no network. (An LLM provider
 * behind NLU_PROVIDER=openai plugs in here; until it exists the embedded model answers.)
 */
export function createUnderstander(config: AppConfig, logger: Logger): Understander {
  if (config.nlu.provider === 'openai') {
    logger.warn('NLU_PROVIDER=openai is not available yet; using the embedded understanding');
  }
  return createEmbeddedNlu();
}
