// Honest measurement of the embedded understanding engine.
//   npx tsx scripts/nlu-cv.ts [DEV.jsonl] [--misses]
// 1. plain model (intents/ only) scored on the whole dev set;
// 2. 5-fold cross-validation: each fold trains on intents/ PLUS the other 4/5 of the
//    dev set and scores the held-out fifth (stratified by intent, deterministic); any
//    intents/ example that is the same text as a held-out line is left out of that fold's model;
// 3. calibration (expected calibration error of `confidence`) and throughput.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmbeddedNlu, exampleKey } from '../src/engine/nlu/engine';
import { formatReport, scorePredictions, type LabelledCase } from '../src/engine/nlu/score';
import { CATEGORICAL_SLOTS, type Intent, type NluResult } from '../src/engine/nlu/types';
import type { Example } from '../src/engine/nlu/data';

type Case = LabelledCase & { now?: string };
const args = process.argv.slice(2);
const devPath = args.find((a) => !a.startsWith('--')) ?? [resolve('../shared/nlu/nlu-dev.jsonl'), '/work/shared/nlu/nlu-dev.jsonl'].find(existsSync)!;
const showMisses = args.includes('--misses');
const cases: Case[] = readFileSync(devPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

function toExample(c: Case): Example {
  const slot = CATEGORICAL_SLOTS[c.intent as Intent]?.slot;
  const v = slot ? (c.slots?.[slot] as string | undefined) ?? '_' : undefined;
  return { text: c.text, intent: c.intent as Intent, value: v };
}

function ece(preds: NluResult[], gold: Case[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, ok: 0 }));
  preds.forEach((p, i) => {
    const b = bins[Math.min(9, Math.floor(p.confidence * 10))];
    b.n++; b.conf += p.confidence; b.ok += p.intent === gold[i].intent ? 1 : 0;
  });
  return bins.reduce((s, b) => s + (b.n ? Math.abs(b.conf - b.ok) : 0), 0) / preds.length;
}

const line = (label: string, r: ReturnType<typeof scorePredictions>) =>
  `${label}: intent_acc=${r.intentAcc.toFixed(3)} macro_f1=${r.macroF1.toFixed(3)} slot_f1=${r.slotF1.toFixed(3)} ` +
  `emergency_recall=${r.emergencyRecall.toFixed(3)} false_emergency=${(r.falseEmergencyRate * 100).toFixed(2)}%`;

// 1. plain model
const plain = new EmbeddedNlu();
const plainPreds = cases.map((c) => plain.parseSync(c.text, c.now ? new Date(c.now) : new Date()));
const plainReport = scorePredictions(cases, plainPreds);
if (showMisses) console.log(formatReport(plainReport));
console.log(line('plain (intents/ only, full dev)', plainReport) + ` ece=${ece(plainPreds, cases).toFixed(3)} build=${plain.buildMs}ms`);

// 2. 5-fold CV, stratified by intent
const K = 5;
const fold = new Map<Case, number>();
const byIntent = new Map<string, Case[]>();
for (const c of cases) { const l = byIntent.get(c.intent) ?? []; l.push(c); byIntent.set(c.intent, l); }
for (const list of byIntent.values()) list.forEach((c, i) => fold.set(c, i % K));
const heldOut = (k: number) => new Set(cases.filter((c) => fold.get(c) === k).map((c) => exampleKey(c.text)));
const cvPreds: NluResult[] = new Array(cases.length);
for (let k = 0; k < K; k++) {
  const train = cases.filter((c) => fold.get(c) !== k).map(toExample);
  const nlu = new EmbeddedNlu({ extraExamples: train, excludeTexts: heldOut(k) });
  cases.forEach((c, i) => { if (fold.get(c) === k) cvPreds[i] = nlu.parseSync(c.text, c.now ? new Date(c.now) : new Date()); });
}
const cvReport = scorePredictions(cases, cvPreds);
if (showMisses) console.log(formatReport(cvReport));
console.log(line(`${K}-fold CV (intents/ + 4/5 dev)`, cvReport) + ` ece=${ece(cvPreds, cases).toFixed(3)}`);

// 3. throughput on one core (parseSync, the dev texts repeated)
const texts = cases.map((c) => c.text);
const now = new Date('2026-11-23T10:00:00+08:00');
const t0 = process.hrtime.bigint();
let n = 0;
// Unique texts (a counter appended) so the normalization cache cannot flatter the figure.
while (Number(process.hrtime.bigint() - t0) < 2e9) for (const t of texts) { plain.parseSync(`${t} ${n}`, now); n++; }
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`throughput: ${Math.round(n / secs)} msgs/s (${n} messages in ${secs.toFixed(2)} s)`);

// 4. calibration sweep (--calibrate): ECE of CV confidences for several temperatures.
if (args.includes('--calibrate')) {
  for (const temp of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, 1.3, 1.6]) {
    const preds: NluResult[] = new Array(cases.length);
    for (let k = 0; k < K; k++) {
      const nlu = new EmbeddedNlu({ extraExamples: cases.filter((c) => fold.get(c) !== k).map(toExample), excludeTexts: heldOut(k), temperature: temp });
      cases.forEach((c, i) => { if (fold.get(c) === k) preds[i] = nlu.parseSync(c.text, c.now ? new Date(c.now) : new Date()); });
    }
    const mean = preds.reduce((s, p) => s + p.confidence, 0) / preds.length;
    console.log(`temperature ${temp}: ece=${ece(preds, cases).toFixed(3)} mean_conf=${mean.toFixed(3)} acc=${scorePredictions(cases, preds).intentAcc.toFixed(3)}`);
  }
}
