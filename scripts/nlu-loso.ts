// Leave-one-set-out evaluation of the embedded understanding engine over every labelled set.
//   npx tsx scripts/nlu-loso.ts [--strict] [--opt key=value ...] [--sets a,b] [--misses SET]
// For each labelled set S in intents/corpus: train on intents/ (yaml and corpus) without S, plus the dev set; score S.
// For the dev set: 5 stratified folds, each trained on intents/ + the other 4 folds + all
// corpus sets. Any intents/ example that is the same text as a held-out line is left out.
// Sets join intents/corpus only after their first run (docs/nlu.md keeps those first-run figures).
//
// --strict: also leave out every intents/ example (cues and lexicon stay), so the model learns
// only from the other authors' sets. intents/ was written with all these sets in view, so the
// default protocol flatters; --strict shows what the learner itself generalises.
// --opt: EngineOptions overrides for experiments (augment=0, classWeight=none, l2=1e-4, …).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmbeddedNlu, exampleKey, type EngineOptions } from '../src/engine/nlu/engine';
import { loadIntentData, type Example } from '../src/engine/nlu/data';
import { formatReport, scorePredictions, type LabelledCase, type ScoreReport } from '../src/engine/nlu/score';
import { CATEGORICAL_SLOTS, type Intent, type NluResult } from '../src/engine/nlu/types';

type Case = LabelledCase & { now?: string };
const args = process.argv.slice(2);
const flag = (n: string) => args.includes(n);
const values = (n: string) => args.flatMap((a, i) => (a === n && args[i + 1] ? [args[i + 1]] : []));

const CORPUS = resolve(__dirname, '../intents/corpus');
// Every labelled set in intents/corpus (TAXONOMY format, with `slots`); training-only files
// ({"text","intent","value"} lines) stay in every model and are never scored.
const devPath = [resolve('../shared/nlu/nlu-dev.jsonl'), '/work/shared/nlu/nlu-dev.jsonl'].find(existsSync)!;
const read = (p: string): Case[] => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const SETS = readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).map((f) => f.replace(/\.jsonl$/, ''))
  .filter((s) => read(`${CORPUS}/${s}.jsonl`).every((c) => c.slots !== undefined));
const sets = new Map<string, Case[]>([['dev', read(devPath)], ...SETS.map((s) => [s, read(`${CORPUS}/${s}.jsonl`)] as [string, Case[]])]);

const opts: Record<string, unknown> = {};
for (const o of values('--opt')) {
  const [k, v] = o.split('=');
  opts[k] = v === 'true' ? true : v === 'false' ? false : Number.isNaN(Number(v)) ? v : Number(v);
}
const strict = flag('--strict');
const intentKeys = strict ? loadIntentData().flatMap((d) => d.examples.filter((e) => !e.source).map((e) => exampleKey(e.text))) : [];
const only = values('--sets').flatMap((s) => s.split(','));
const missesFor = new Set(values('--misses'));

function toExample(c: Case): Example {
  const slot = CATEGORICAL_SLOTS[c.intent as Intent]?.slot;
  const v = slot ? (c.slots?.[slot] as string | undefined) ?? '_' : undefined;
  return { text: c.text, intent: c.intent as Intent, value: v };
}
const at = (c: Case) => (c.now ? new Date(c.now) : new Date('2026-11-23T10:00:00+08:00'));

// The corpus sets are in every model unless left out: the held-out set (by file) and, for dev
// folds, nothing else; the dev set is not in intents/, so it is added back as extra examples.
function build(extra: Case[], heldName: string, held: Case[]): EmbeddedNlu {
  const excludeTexts = new Set([...intentKeys, ...held.map((c) => exampleKey(c.text))]);
  return new EmbeddedNlu({ ...(opts as EngineOptions), extraExamples: extra.map(toExample), excludeTexts, excludeSources: new Set([heldName]) });
}

const rows: [string, ScoreReport][] = [];
const all: { c: Case; p: NluResult }[] = [];
let buildMs = 0, builds = 0;
for (const [name, cases] of sets) {
  if (only.length && !only.includes(name)) continue;
  const preds: NluResult[] = new Array(cases.length);
  if (name === 'dev') {
    const K = 5;
    const fold = new Map<Case, number>();
    const byIntent = new Map<string, Case[]>();
    for (const c of cases) { const l = byIntent.get(c.intent) ?? []; l.push(c); byIntent.set(c.intent, l); }
    for (const list of byIntent.values()) list.forEach((c, i) => fold.set(c, i % K));
    for (let k = 0; k < K; k++) {
      const held = cases.filter((c) => fold.get(c) === k);
      const nlu = build(cases.filter((c) => fold.get(c) !== k), 'dev', held);
      buildMs += nlu.buildMs; builds++;
      cases.forEach((c, i) => { if (fold.get(c) === k) preds[i] = nlu.parseSync(c.text, at(c)); });
    }
  } else {
    const nlu = build(sets.get('dev')!, name, cases);
    buildMs += nlu.buildMs; builds++;
    cases.forEach((c, i) => { preds[i] = nlu.parseSync(c.text, at(c)); });
  }
  const r = scorePredictions(cases, preds);
  if (missesFor.has(name) || missesFor.has('all')) console.log(`--- ${name}\n${formatReport(r)}`);
  rows.push([name, r]);
  cases.forEach((c, i) => all.push({ c, p: preds[i] }));
}
const pooled = scorePredictions(all.map((x) => x.c), all.map((x) => x.p));

const f = (x: number) => x.toFixed(3);
const emerg = (r: ScoreReport, cs: Case[]) => {
  const n = cs.filter((c) => c.intent === 'emergency.report').length;
  return `${f(r.emergencyRecall)} (${Math.round(r.emergencyRecall * n)}/${n})`;
};
console.log(`protocol: leave-one-set-out${strict ? ' --strict (no intents/ examples)' : ''}${Object.keys(opts).length ? ' opts ' + JSON.stringify(opts) : ''}`);
console.log('| set | lines | intent acc | macro-F1 | slot F1 | emergency recall | false emergency |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [name, r] of rows) {
  const cs = sets.get(name)!;
  console.log(`| ${name} | ${r.cases} | ${f(r.intentAcc)} | ${f(r.macroF1)} | ${f(r.slotF1)} | ${emerg(r, cs)} | ${(r.falseEmergencyRate * 100).toFixed(1)}% |`);
}
console.log(`| **pooled** | ${pooled.cases} | ${f(pooled.intentAcc)} | ${f(pooled.macroF1)} | ${f(pooled.slotF1)} | ${emerg(pooled, all.map((x) => x.c))} | ${(pooled.falseEmergencyRate * 100).toFixed(1)}% |`);
const mean = (g: (r: ScoreReport) => number) => f(rows.reduce((s, [, r]) => s + g(r), 0) / rows.length);
console.log(`| mean of sets | | ${mean((r) => r.intentAcc)} | ${mean((r) => r.macroF1)} | ${mean((r) => r.slotF1)} | ${mean((r) => r.emergencyRecall)} | |`);
console.log(`mean build ${Math.round(buildMs / builds)} ms over ${builds} models`);
