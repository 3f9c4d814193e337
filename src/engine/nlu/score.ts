// The same scoring as ../shared/nlu/score.mjs (used by the acceptance checks), so
// `npm run nlu -- --eval FILE` and the CV script work without ../shared. Adds
// emergency recall and the false-emergency rate, which TAXONOMY cares most about.
import { SCORED_SLOTS } from './types';

export interface LabelledCase { id?: string; text: string; intent: string; slots?: Record<string, unknown> }
export interface Prediction { intent?: string; slots?: Record<string, unknown> }
export interface ScoreReport {
  cases: number; intentOk: number; goldSlots: number; predSlots: number; slotHits: number;
  intentAcc: number; macroF1: number; slotP: number; slotR: number; slotF1: number;
  emergencyRecall: number; falseEmergencyRate: number;
  perIntent: { intent: string; tp: number; n: number; f1: number }[];
  misses: string[];
}

const norm = (s: unknown) => String(s).replace(/\s+/g, '').toUpperCase();
const unitKey = (s: unknown) => (String(s).toUpperCase().match(/[A-Z]+|\d+/g) || []).join('-');
function same(name: string, want: unknown, got: unknown): boolean {
  if (got === undefined || got === null || got === '') return false;
  if (name === 'unit') return unitKey(want) === unitKey(got);
  if (typeof want === 'number') return Number(got) === want;
  return norm(want) === norm(got);
}

export function scorePredictions(cases: LabelledCase[], preds: Prediction[]): ScoreReport {
  let intentOk = 0, goldSlots = 0, predSlots = 0, slotHits = 0;
  let emerg = 0, emergHit = 0, nonEmerg = 0, falseEmerg = 0;
  const stats = new Map<string, { tp: number; fp: number; fn: number; n: number }>();
  const row = (k: string) => { let r = stats.get(k); if (!r) { r = { tp: 0, fp: 0, fn: 0, n: 0 }; stats.set(k, r); } return r; };
  const misses: string[] = [];
  cases.forEach((c, i) => {
    const p = preds[i] || {};
    const scored = SCORED_SLOTS[c.intent] || [];
    row(c.intent).n++;
    if (c.intent === 'emergency.report') { emerg++; if (p.intent === c.intent) emergHit++; }
    else { nonEmerg++; if (p.intent === 'emergency.report') falseEmerg++; }
    if (p.intent === c.intent) { intentOk++; row(c.intent).tp++; } else { row(c.intent).fn++; if (p.intent) row(p.intent).fp++; }
    const bad: string[] = [];
    const gold = c.slots || {};
    const got = (p.intent === c.intent && p.slots) || {};
    for (const name of scored) {
      const hasGold = gold[name] !== undefined;
      const hasPred = got[name] !== undefined && got[name] !== null && got[name] !== '';
      if (hasGold) goldSlots++;
      if (hasPred) predSlots++;
      if (hasGold && hasPred && same(name, gold[name], got[name])) slotHits++;
      else if (hasGold || hasPred) bad.push(`${name}: want ${JSON.stringify(gold[name])} got ${JSON.stringify(got[name])}`);
    }
    if (p.intent !== c.intent || bad.length) {
      misses.push(`${c.id || i + 1}. ${c.text}\n   intent: want ${c.intent} got ${p.intent}` + (bad.length ? `\n   ${bad.join('; ')}` : ''));
    }
  });
  const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
  const labelled = [...stats].filter(([, v]) => v.n > 0).sort(([a], [b]) => (a < b ? -1 : 1));
  const macroF1 = labelled.reduce((s, [, v]) => s + f1(v), 0) / (labelled.length || 1);
  const slotP = predSlots ? slotHits / predSlots : 1;
  const slotR = goldSlots ? slotHits / goldSlots : 1;
  return {
    cases: cases.length, intentOk, goldSlots, predSlots, slotHits,
    intentAcc: cases.length ? intentOk / cases.length : 0, macroF1, slotP, slotR,
    slotF1: slotP + slotR ? (2 * slotP * slotR) / (slotP + slotR) : 0,
    emergencyRecall: emerg ? emergHit / emerg : 1,
    falseEmergencyRate: nonEmerg ? falseEmerg / nonEmerg : 0,
    perIntent: labelled.map(([intent, v]) => ({ intent, tp: v.tp, n: v.n, f1: f1(v) })),
    misses,
  };
}

/** The report in score.mjs's layout; the last line is the machine-readable summary. */
export function formatReport(r: ScoreReport, quiet = false): string {
  const f = (x: number) => x.toFixed(3);
  const lines: string[] = [];
  if (!quiet) {
    lines.push(`cases: ${r.cases}  intents right: ${r.intentOk}  slots right: ${r.slotHits} of ${r.goldSlots} labelled, ${r.predSlots} predicted`);
    lines.push('per intent (right/total, F1):');
    for (const p of r.perIntent) lines.push(`  ${p.intent.padEnd(20)} ${p.tp}/${p.n}  ${f(p.f1)}`);
    if (r.misses.length) lines.push(`misread (${r.misses.length}):\n${r.misses.join('\n')}`);
    lines.push(`emergency_recall=${f(r.emergencyRecall)} false_emergency_rate=${f(r.falseEmergencyRate)}`);
  }
  lines.push(`intent_acc=${f(r.intentAcc)} macro_f1=${f(r.macroF1)} slot_p=${f(r.slotP)} slot_r=${f(r.slotR)} slot_f1=${f(r.slotF1)}`);
  return lines.join('\n');
}
