// Understanding from the command line (CONTRACTS §2).
//   npm run --silent nlu -- --jsonl < cases.jsonl > predictions.jsonl
//   npm run --silent nlu -- --eval cases.jsonl [--quiet]
//   npm run nlu -- "一句话" [--now 2026-11-23T10:00:00+08:00]
// The provider is chosen once, as the service chooses it: without configuration everything
// is local (source "rules"); NLU_PROVIDER=openai (with OPENAI_API_KEY, OPENAI_BASE_URL,
// OPENAI_MODEL) asks the model when the embedded engine is unsure (source "llm").
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadConfig } from '../config';
import { createLogger } from '../shared/logger';
import { createUnderstander } from '../engine/understander';
import { createEmbeddedNlu, formatReport, scorePredictions, type NluResult, type Understander } from '../engine/nlu';
import type { LabelledCase } from '../engine/nlu/score';
import { exampleKey } from '../engine/nlu/features';

function createProvider(excludeTexts?: ReadonlySet<string>): Understander {
  if (process.env.NLU_PROVIDER !== 'openai') return createEmbeddedNlu({ excludeTexts });
  // Logs go to stderr, so --jsonl output stays clean.
  return createUnderstander(loadConfig(process.env), createLogger({ level: process.env.LOG_LEVEL ?? 'warn' }));
}

function parseNow(raw: unknown): Date {
  if (typeof raw === 'string' && raw.trim()) {
    const d = new Date(raw);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date();
}

const output = (r: NluResult) => ({ intent: r.intent, slots: r.slots, confidence: r.confidence, source: r.source });

async function runJsonl(nlu: Understander): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  const out: string[] = [];
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let obj: { text?: unknown; now?: unknown };
    try {
      obj = JSON.parse(line);
      if (typeof obj !== 'object' || obj === null || typeof obj.text !== 'string') throw new Error('no "text" string');
    } catch (e) {
      // Keep the order: a bad line still yields a line.
      process.stderr.write(`nlu: line ${lineNo}: ${(e as Error).message}\n`);
      out.push(JSON.stringify({ intent: 'out_of_scope', slots: {}, confidence: 0, source: 'rules' }));
      continue;
    }
    out.push(JSON.stringify(output(await nlu.understand(obj.text as string, parseNow(obj.now)))));
    if (out.length >= 512) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
}

async function runEval(nlu: Understander, file: string, quiet: boolean): Promise<void> {
  const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledCase & { now?: string });
  const preds = [];
  for (const c of cases) preds.push(await nlu.understand(c.text, parseNow(c.now)));
  console.log(formatReport(scorePredictions(cases, preds), quiet));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const nowIdx = args.indexOf('--now');
  const now = nowIdx >= 0 ? parseNow(args[nowIdx + 1]) : new Date();
  const rest = args.filter((_, i) => i !== nowIdx && i !== nowIdx + 1 || nowIdx < 0);
  if (rest.includes('--jsonl')) return runJsonl(createProvider());
  const ev = rest.indexOf('--eval');
  if (ev >= 0) {
    if (!rest[ev + 1]) throw new Error('usage: nlu --eval FILE [--quiet]');
    // A labelled set may also sit in intents/corpus: its lines are left out of the model, so
    // the score is never accuracy on sentences the model was built from.
    const file = rest[ev + 1];
    const texts = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => exampleKey(String((JSON.parse(l) as { text?: unknown }).text ?? '')));
    return runEval(createProvider(new Set(texts)), file, rest.includes('--quiet'));
  }
  const nlu = createProvider();
  const text = rest.filter((a) => !a.startsWith('--')).join(' ');
  if (!text) {
    process.stderr.write('usage: nlu --jsonl < cases.jsonl | nlu --eval FILE | nlu "一句话" [--now ISO]\n');
    process.exitCode = 2;
    return;
  }
  console.log(JSON.stringify(await nlu.understand(text, now), null, 2));
}

main().catch((e) => { process.stderr.write(`nlu: ${(e as Error).stack ?? e}\n`); process.exitCode = 1; });
