// NLU benchmark: PropDesk's embedded engine against nlp.js, side by side in one run.
//   npm run bench -- nlu [--corpus FILE] [--seconds N] [--runs N] [--no-peer] [--json]
// Each system is measured in its own fresh child process (so memory figures are its own):
// module load + model build time, RSS and heap after the build, accuracy on the corpus
// (labelled JSONL, TAXONOMY format) and single-thread throughput after a warm-up.
// The table reports PropDesk / nlp.js ratios; nlp.js is the baseline measured in this run.
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scorePredictions, type LabelledCase } from '../src/engine/nlu/score';
import type { Prediction } from './systems';
import { SYSTEM_NAMES, type SystemName } from './systems';

type Case = LabelledCase & { now?: string };

export interface Measured {
  system: string; slots: boolean; cases: number;
  loadMs: number; buildMs: number; storeLoadMs?: number; rssMb: number; heapMb: number; rssOverNodeMb: number; maxRssMb: number;
  msgsPerSec: number; measuredMessages: number;
  intentAcc: number; macroF1: number; slotF1: number; emergencyRecall: number; falseEmergencyRate: number;
}

const DEV_CANDIDATES = [resolve('../shared/nlu/nlu-dev.jsonl'), resolve(__dirname, '../../shared/nlu/nlu-dev.jsonl')];
const HOLDOUT = resolve(__dirname, '../intents/corpus/holdout.jsonl');

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function readCases(file: string): Case[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
}

const mb = (bytes: number) => bytes / 1048576;
function gc(): void { (globalThis as { gc?: () => void }).gc?.(); }

/** Child side: build one system and measure it; the result is the last stdout line. */
async function measure(name: SystemName, corpus: string, seconds: number, modelStore?: string): Promise<Measured> {
  const cases = readCases(corpus);
  gc();
  const bare = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const { loadSystem } = await import('./systems');
  const build = await loadSystem(name);
  const t1 = process.hrtime.bigint();
  const sys = await build({ leaveOut: cases.map((c) => c.text), modelStore });
  const t2 = process.hrtime.bigint();
  gc();
  const mem = process.memoryUsage();

  const preds: Prediction[] = [];
  for (const c of cases) preds.push(await sys.classify(c.text, c.now ? new Date(c.now) : new Date()));
  const r = scorePredictions(cases, preds);

  // Throughput: a counter is appended so every message is new (no cache can flatter either system).
  const texts = cases.map((c) => c.text);
  const now = new Date('2026-11-23T10:00:00+08:00');
  let n = 0;
  const loop = async (budgetNs: number): Promise<[number, number]> => {
    const start = process.hrtime.bigint();
    let count = 0;
    while (Number(process.hrtime.bigint() - start) < budgetNs) {
      for (const t of texts) { await sys.classify(`${t} ${n++}`, now); count++; }
    }
    return [count, Number(process.hrtime.bigint() - start) / 1e9];
  };
  let [count, secs] = [0, 1];
  if (seconds > 0) {
    await loop(Math.min(1, seconds / 3) * 1e9); // warm-up: JIT, inline caches
    [count, secs] = await loop(seconds * 1e9);
  }
  return {
    system: sys.name, slots: sys.slots, cases: cases.length,
    loadMs: Number(t1 - t0) / 1e6, buildMs: Number(t2 - t1) / 1e6,
    rssMb: mb(mem.rss), heapMb: mb(mem.heapUsed), rssOverNodeMb: mb(mem.rss - bare),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    msgsPerSec: count / secs, measuredMessages: count,
    intentAcc: r.intentAcc, macroF1: r.macroF1, slotF1: r.slotF1,
    emergencyRecall: r.emergencyRecall, falseEmergencyRate: r.falseEmergencyRate,
  };
}

/** Parent side: one child process per system. */
function runChild(name: SystemName, corpus: string, seconds: number, modelStore?: string): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(__filename, ['--child', name, '--corpus', corpus, '--seconds', String(seconds), ...(modelStore ? ['--model-store', modelStore] : [])], {
      execArgv: [...process.execArgv, '--expose-gc'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => { out += d; });
    child.stderr!.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        resolvePromise(JSON.parse(last) as Measured);
      } catch (e) {
        reject(new Error(`${name}: ${(e as Error).message}\n${err.trim().split('\n').slice(-5).join('\n')}`));
      }
    });
  });
}

const ROWS: [string, (m: Measured) => number | undefined, (x: number) => string, 'higher' | 'lower' | ''][] = [
  ['throughput (msgs/s, 1 thread)', (m) => m.msgsPerSec, (x) => Math.round(x).toLocaleString('en-US'), 'higher'],
  ['start-up: model build (ms)', (m) => m.buildMs, (x) => x.toFixed(0), 'lower'],
  ['start-up: load saved model (ms)', (m) => m.storeLoadMs, (x) => x.toFixed(0), 'lower'],
  ['start-up: module load (ms)', (m) => m.loadMs, (x) => x.toFixed(0), 'lower'],
  ['RSS after build (MB)', (m) => m.rssMb, (x) => x.toFixed(1), 'lower'],
  ['RSS added by the model (MB)', (m) => m.rssOverNodeMb, (x) => x.toFixed(1), 'lower'],
  ['heap used after build (MB)', (m) => m.heapMb, (x) => x.toFixed(1), 'lower'],
  ['peak RSS (MB)', (m) => m.maxRssMb, (x) => x.toFixed(1), 'lower'],
  ['intent accuracy', (m) => m.intentAcc, (x) => x.toFixed(3), 'higher'],
  ['intent macro-F1', (m) => m.macroF1, (x) => x.toFixed(3), 'higher'],
  ['slot F1', (m) => (m.slots ? m.slotF1 : undefined), (x) => x.toFixed(3), 'higher'],
  ['emergency recall', (m) => m.emergencyRecall, (x) => x.toFixed(3), 'higher'],
  ['false emergencies', (m) => m.falseEmergencyRate, (x) => `${(x * 100).toFixed(1)}%`, 'lower'],
];

export function formatTable(results: Measured[], notes: string[]): string {
  const [base, peer] = results;
  const head = ['metric', ...results.map((r) => r.system), ...(peer ? [`${base.system} / ${peer.system}`] : [])];
  const body = ROWS.map(([label, get, fmt]) => {
    const vals = results.map(get);
    const cells = vals.map((v) => (v === undefined ? 'n/a' : fmt(v)));
    if (peer) {
      const [a, b] = vals;
      cells.push(a !== undefined && b !== undefined && b !== 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
    }
    return [label, ...cells];
  });
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => [...r[i]].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const sep = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), sep, ...body.map(line), '', ...notes].join('\n');
}

/** Per-metric median of several runs of one system (a single run's timing is noisy on a shared machine). */
export function medianOf(runs: Measured[]): Measured {
  const out = { ...runs[0] } as Record<string, unknown>;
  for (const [k, v] of Object.entries(runs[0])) {
    if (typeof v !== 'number') continue;
    const xs = runs.map((r) => (r as unknown as Record<string, number>)[k]).sort((a, b) => a - b);
    const m = xs.length >> 1;
    out[k] = xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
  }
  return out as unknown as Measured;
}

export async function main(args: string[]): Promise<void> {
  const child = option(args, '--child') as SystemName | undefined;
  const seconds = Number(option(args, '--seconds') ?? 3);
  const runs = Math.max(1, Number(option(args, '--runs') ?? 3));
  if (child) {
    console.log = () => undefined; // libraries' chatter ("Compiling dictionary") must not mix with the result
    const m = await measure(child, option(args, '--corpus')!, seconds, option(args, '--model-store'));
    process.stdout.write(JSON.stringify(m) + '\n');
    return;
  }
  const corpus = option(args, '--corpus') ?? DEV_CANDIDATES.find(existsSync) ?? HOLDOUT;
  const wanted: SystemName[] = args.includes('--no-peer') ? ['propdesk'] : [...SYSTEM_NAMES];
  const results: Measured[] = [];
  const notes = [
    `corpus: ${corpus} (${readCases(corpus).length} labelled messages; both systems built from intents/ (yaml and corpus), leaving out any example with the same text as one of its lines)`,
    `node ${process.version}, ${process.platform}/${process.arch}; throughput after a warm-up, ${seconds} s, one message at a time on one thread, each text made unique with a counter`,
    `each figure is the median of ${runs} runs, each in a fresh process (the first build of a process, cold); "load saved model": a fresh process loads what another trained and saved (PropDesk's model store, nlp.js's export/import)`,
  ];
  for (const name of wanted) {
    try {
      const each: Measured[] = [];
      for (let i = 0; i < runs; i++) each.push(await runChild(name, corpus, seconds));
      const m = medianOf(each);
      // A saved model: one process trains and saves it, fresh processes load it (the accuracy must not change).
      const store = mkdtempSync(join(tmpdir(), 'propdesk-bench-'));
      try {
        await runChild(name, corpus, 0, store);
        const loads: Measured[] = [];
        for (let i = 0; i < runs; i++) loads.push(await runChild(name, corpus, 0, store));
        const l = medianOf(loads);
        if (l.intentAcc !== m.intentAcc) notes.push(`${m.system}: the saved model's accuracy differs (${l.intentAcc.toFixed(3)} vs ${m.intentAcc.toFixed(3)})`);
        m.storeLoadMs = l.buildMs;
      } finally { rmSync(store, { recursive: true, force: true }); }
      results.push(m);
    } catch (e) {
      notes.push(`${name === 'nlpjs' ? 'nlp.js (node-nlp + @nlpjs/lang-zh)' : name} could not be measured here: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  if (results.length > 1) notes.push('nlp.js: NlpManager with built-in entities and sentiment off (intent only, its fastest setting); slots are not comparable (n/a); its "None" counts as out_of_scope');
  if (args.includes('--json')) { process.stdout.write(JSON.stringify({ results, notes }, null, 2) + '\n'); return; }
  process.stdout.write(formatTable(results, notes) + '\n');
}

if (require.main === module) main(process.argv.slice(2)).catch((e) => { process.stderr.write(String(e?.stack ?? e) + '\n'); process.exitCode = 1; });
