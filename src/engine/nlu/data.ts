// Loads the training data in intents/*.yaml (one file per intent). Format:
//   intent: repair.report
//   slot: category              # the intent's closed-set slot, if any
//   examples:                   # grouped by slot value; `_` = value not stated
//     plumbing: [ ... ]         # (or a plain list when the intent has no such slot)
//   lexicon:                    # words that name a slot value (also used as training text)
//     plumbing: [漏水, 马桶]
//   cues: [报修, 坏了]          # short phrases typical of the intent (extra training text)
// Plus intents/corpus/*.jsonl: more examples, one object a line, either {"text", "intent", "value"}
// (`value` as above, `_` or absent when not stated) or a labelled line in TAXONOMY's format
// ({"text", "intent", "slots"}; the closed-set slot is read from `slots`). Bulk contributions
// from other writers live there, so the same file can be scored and trained on.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
// js-yaml (core schema: no timestamps, so '2026-12-01' stays text): parses intents/ in a tenth of the
// time the `yaml` package takes on a cold start, which counts in the model build.
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { CATEGORICAL_SLOTS, INTENTS, type Intent } from './types';

export interface Example {
  text: string;
  intent: Intent;
  value?: string;
  /** The corpus file an example came from (without .jsonl); absent for intents/*.yaml. */
  source?: string;
}
export interface IntentData {
  intent: Intent;
  slot?: string;
  examples: Example[];
  lexicon: Record<string, string[]>;
  cues: string[];
}

export const NO_VALUE = '_';

/** intents/ next to package.json, found from this file or the working directory. */
export function defaultIntentsDir(): string {
  const candidates = [resolve(__dirname, '../../../intents'), resolve(process.cwd(), 'intents')];
  return candidates.find((d) => existsSync(d)) ?? candidates[0];
}

function asStrings(v: unknown, where: string): string[] {
  if (v == null) return [];
  if (!Array.isArray(v)) throw new Error(`${where}: expected a list`);
  return v.map((x) => String(x)).filter((x) => x.trim() !== '');
}

export function loadIntentData(dir = defaultIntentsDir()): IntentData[] {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('replies'));
  const out: IntentData[] = [];
  for (const f of files.sort()) {
    const doc = loadYaml(readFileSync(join(dir, f), 'utf8'), { schema: CORE_SCHEMA, filename: f }) as Record<string, unknown>;
    if (!doc || typeof doc.intent !== 'string') continue;
    const intent = doc.intent as Intent;
    if (!INTENTS.includes(intent)) throw new Error(`${f}: unknown intent ${intent}`);
    const slot = typeof doc.slot === 'string' ? doc.slot : undefined;
    const examples: Example[] = [];
    const ex = doc.examples;
    if (Array.isArray(ex)) {
      for (const t of asStrings(ex, f)) examples.push({ text: t, intent });
    } else if (ex && typeof ex === 'object') {
      for (const [value, list] of Object.entries(ex as Record<string, unknown>)) {
        for (const t of asStrings(list, `${f}:${value}`)) examples.push({ text: t, intent, value });
      }
    }
    const lexicon: Record<string, string[]> = {};
    if (doc.lexicon && typeof doc.lexicon === 'object') {
      for (const [value, list] of Object.entries(doc.lexicon as Record<string, unknown>)) lexicon[value] = asStrings(list, `${f}:lexicon.${value}`);
    }
    out.push({ intent, slot, examples, lexicon, cues: asStrings(doc.cues, `${f}:cues`) });
  }
  const corpusDir = join(dir, 'corpus');
  if (existsSync(corpusDir)) {
    for (const f of readdirSync(corpusDir).filter((x) => x.endsWith('.jsonl')).sort()) {
      readFileSync(join(corpusDir, f), 'utf8').split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        const where = `corpus/${f}:${i + 1}`;
        let row: { text?: unknown; intent?: unknown; value?: unknown; slots?: Record<string, unknown> };
        try { row = JSON.parse(line); } catch { throw new Error(`${where}: not JSON`); }
        const target = out.find((d) => d.intent === row.intent);
        if (!target) throw new Error(`${where}: unknown intent ${String(row.intent)}`);
        if (typeof row.text !== 'string' || !row.text.trim()) throw new Error(`${where}: text missing`);
        const cat = CATEGORICAL_SLOTS[target.intent];
        const raw = row.value ?? (cat && row.slots ? row.slots[cat.slot] : undefined);
        const value = typeof raw === 'string' && raw !== '' ? raw : undefined;
        const values = cat?.values;
        if (value !== undefined && value !== NO_VALUE && !values?.includes(value)) throw new Error(`${where}: ${value} is not a value of ${target.intent}`);
        target.examples.push({ text: row.text, intent: target.intent, value: cat ? value ?? NO_VALUE : undefined, source: f.replace(/\.jsonl$/, '') });
      });
    }
  }
  return out;
}
