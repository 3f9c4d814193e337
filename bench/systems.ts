// The understanders the NLU benchmark compares, behind one small interface. Each is built
// from the same data (intents/: yaml examples and cues, and the corpus) in a fresh process,
// leaving out any example with the same text as a line of the measured corpus.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadIntentData } from '../src/engine/nlu/data';
import { exampleKey } from '../src/engine/nlu/features';

/** `leaveOut`: the measured corpus' sentences, never trained on (compared as `exampleKey`s). */
/** `modelStore`: a directory where a trained model is saved, and loaded from when already there. */
export interface BuildOptions { intentsDir?: string; leaveOut?: readonly string[]; modelStore?: string }
const keysOf = (texts: readonly string[] = []) => new Set(texts.map(exampleKey));

export interface Prediction { intent: string; slots?: Record<string, unknown> }
export interface BenchSystem {
  readonly name: string;
  /** What the slot columns mean for this system ("n/a" when it has no TAXONOMY slots). */
  readonly slots: boolean;
  classify(text: string, now: Date): Prediction | Promise<Prediction>;
}

export const SYSTEM_NAMES = ['propdesk', 'nlpjs'] as const;
export type SystemName = typeof SYSTEM_NAMES[number];

/** Loads a system's modules (timed apart from the build); the returned function builds its model. */
export async function loadSystem(name: SystemName): Promise<(opts?: BuildOptions) => Promise<BenchSystem>> {
  if (name === 'propdesk') {
    const { EmbeddedNlu } = await import('../src/engine/nlu/engine');
    return async (opts = {}) => {
      const nlu = new EmbeddedNlu({ intentsDir: opts.intentsDir, excludeTexts: keysOf(opts.leaveOut), modelStore: opts.modelStore });
      return { name: 'PropDesk', slots: true, classify: (t, now) => nlu.parseSync(t, now) };
    };
  }
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NlpManager } = require('node-nlp') as { NlpManager: new (s: object) => NlpJsManager };
  const { LangZh } = require('@nlpjs/lang-zh') as { LangZh: unknown };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return (opts = {}) => buildNlpJs(NlpManager, LangZh, opts);
}

interface NlpJsManager {
  container: { use(plugin: unknown): void };
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<void>;
  export(minified?: boolean): string;
  import(data: string): void;
  process(locale: string, utterance: string): Promise<{ intent?: string; score?: number }>;
}

/**
 * nlp.js (node-nlp + @nlpjs/lang-zh) trained on the same examples and cues. Its built-in
 * entity extraction and sentiment are switched off so that it does intent classification
 * only, like the figure it is compared with: this is its best case for speed. Its
 * "None" intent is read as out_of_scope.
 */
async function buildNlpJs(NlpManager: new (s: object) => NlpJsManager, LangZh: unknown, opts: BuildOptions): Promise<BenchSystem> {
  const manager = new NlpManager({
    languages: ['zh'], autoSave: false, autoLoad: false, nlu: { log: false },
    ner: { builtins: [] }, calculateSentiment: false,
  });
  manager.container.use(LangZh);
  // nlp.js's own persistence (export/import of the trained model), the peer of PropDesk's model store.
  const saved = opts.modelStore ? join(opts.modelStore, 'nlpjs-model.json') : undefined;
  if (saved && existsSync(saved)) {
    manager.import(readFileSync(saved, 'utf8'));
  } else {
    const skip = keysOf(opts.leaveOut);
    for (const d of loadIntentData(opts.intentsDir)) {
      for (const e of d.examples) if (!skip.has(exampleKey(e.text))) manager.addDocument('zh', e.text, d.intent);
      for (const c of d.cues) manager.addDocument('zh', c, d.intent);
    }
    await manager.train();
    if (saved) writeFileSync(saved, manager.export(true));
  }
  return {
    name: 'nlp.js',
    slots: false,
    async classify(t) {
      const r = await manager.process('zh', t);
      return { intent: !r.intent || r.intent === 'None' ? 'out_of_scope' : r.intent, slots: {} };
    },
  };
}
