// Scores one engine on several labelled sets, a line each (the model is built once).
//   npx tsx scripts/nlu-sets.ts FILE.jsonl [FILE.jsonl ...] [--misses] [--opt key=value ...]
// A set that also sits in intents/corpus/ (same file name) is left out of the model first,
// so no set is scored by a model built from it.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { EmbeddedNlu, type EngineOptions } from '../src/engine/nlu/engine';
import { formatReport, scorePredictions, type LabelledCase } from '../src/engine/nlu/score';

type Case = LabelledCase & { now?: string };
const args = process.argv.slice(2);
const files = args.filter((a, i) => a.endsWith('.jsonl') && args[i - 1] !== '--opt');
const opts: Record<string, unknown> = {};
args.forEach((a, i) => {
  if (a !== '--opt') return;
  const [k, v] = args[i + 1].split('=');
  opts[k] = v === 'true' ? true : v === 'false' ? false : Number.isNaN(Number(v)) ? v : Number(v);
});
const read = (p: string): Case[] => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const excludeSources = new Set(files.map((f) => basename(f, '.jsonl')));
const nlu = new EmbeddedNlu({ ...(opts as EngineOptions), excludeSources });
const f3 = (x: number) => x.toFixed(3);
console.log(`build ${nlu.buildMs} ms; left out of the model: ${[...excludeSources].join(', ')}`);
for (const file of files) {
  const cases = read(file);
  const r = scorePredictions(cases, cases.map((c) => nlu.parseSync(c.text, new Date(c.now ?? '2026-11-23T10:00:00+08:00'))));
  const ne = cases.filter((c) => c.intent === 'emergency.report').length;
  if (args.includes('--misses')) console.log(`--- ${file}\n${formatReport(r)}`);
  console.log(`${basename(file).padEnd(16)} n=${String(r.cases).padStart(3)} intent=${f3(r.intentAcc)} macroF1=${f3(r.macroF1)} slotF1=${f3(r.slotF1)} recall=${f3(r.emergencyRecall)} (${Math.round(r.emergencyRecall * ne)}/${ne}) false=${(r.falseEmergencyRate * 100).toFixed(1)}%`);
}
