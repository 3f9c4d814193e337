// The embedded understanding engine: a linear intent model and per-intent slot-value
// models trained at start from intents/*.yaml, plus deterministic rules (emergencies,
// negation, multi-concern priority) and the slot extractors.
import { exampleKey, FeatureIndex, modelText, type Vector } from './features';

export { exampleKey };
import { LinearModel, type Sample } from './linear';
import { defaultIntentsDir, loadIntentData, NO_VALUE, type Example, type IntentData } from './data';
import { modelFingerprint, readModels, writeModels, type StoredModels } from './modelStore';
import { normalizeText } from './normalize';
import { noisyVariants } from './augment';
import { WordSpotter, applyClassWeights } from './training';
import { LEADING_SMALL_TALK_RE, maskNegatedHazards, TOPIC_SWITCH_RE } from './rules';
import { detectEmergency, KIND_SLOT_VALUES, mayBeEmergency, soundsUrgent, type EmergencyKind } from './emergency';
import {
  CATEGORICAL_SLOTS, INTENTS, PRIORITY_TIER, SCORED_SLOTS,
  type Intent, type NluResult, type Slots, type Understander,
} from './types';
import {
  extractAttendees, extractDate, extractFeeType, extractRoom, extractScore,
  extractTimeRange, extractUnit,
} from './extractors';

export interface EngineOptions {
  intentsDir?: string;
  /** Extra labelled examples (cross-validation adds dev folds here). */
  extraExamples?: Example[];
  /** Texts to leave out of intents/ (cross-validation: a held-out line must not be trained on). */
  excludeTexts?: ReadonlySet<string>;
  /** Corpus files to leave out (leave-one-set-out: a set is never scored by a model built from it). */
  excludeSources?: ReadonlySet<string>;
  /** Softens the model's probabilities; tuned by scripts/nlu-cv.ts on held-out folds. */
  temperature?: number;
  /** Noisy training variants per example (augment.ts); 0 turns augmentation off. */
  augment?: number;
  /** Training weight of one noisy variant (the example itself weighs 1). */
  augmentWeight?: number;
  /** Class weights against big intents drowning small ones: none, sqrt (of inverse frequency) or balanced. */
  classWeight?: 'none' | 'sqrt' | 'balanced';
  /** L2 penalty of the intent model. */
  l2?: number;
  epochs?: number;
  /** Shuffling seed of the intent model's training (the spread over seeds is the noise floor of a comparison). */
  seed?: number;
  /** Below this, an emergency the model alone proposes (no hazard rule fired) is not taken. */
  modelOnlyEmergency?: number;
  /** Training passes of the closed-set slot models. */
  slotEpochs?: number;
  /** Lexicon and cue words found in the text as extra intent features. */
  lexFeatures?: boolean;
  /**
   * A directory for trained models: the first start trains and stores the models there, later
   * starts with the same data, code and options load them instead (modelStore.ts). Off when unset.
   */
  modelStore?: string;
}

const SMALL_TALK = new Set<Intent>(['greeting', 'thanks', 'out_of_scope']);
const DONE_THANKS_RE = /(?:修好了|弄好了|处理好了|处理完了|检查完|解决了|没问题了|恢复了|搞定了)[^]{0,12}(?:谢谢|谢了|多谢|感谢|辛苦了)[啊啦哈呀了你们师傅!！~。.\s]*$/;
// ... unless something is still wrong or asked ("修好了 但是又漏了 谢谢", "谢谢 什么时候来收尾?").
const STILL_OPEN_RE = /[?？]|吗|还(?:是|有|没|在|要)|又|但是|可是|不过|就是|没修|不行|投诉|再来|什么时候|多少|怎么/;

/** A lexicon entry: a word, or two parts joined by `*` ("天花板*滴水": a few characters may sit between). */
interface LexEntry { value: string; re: RegExp; plain: string }
/** A closed-set slot model: its own small feature space, reached from the shared one through `local`. */
interface SlotModel { model: LinearModel; lexicon: LexEntry[]; local: Int32Array }
/** Trained (or restored) models, ready to use. */
interface Models {
  index: FeatureIndex;
  intent: LinearModel;
  slots: { intent: Intent; model: LinearModel; local: Int32Array; lexicon: [string, string[]][] }[];
  spotter: WordSpotter | null;
}

function lexEntries(lexicon: [string, string[]][]): LexEntry[] {
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return lexicon.flatMap(([value, words]) => words.map((w) => {
    const parts = w.split('*').map((x) => modelText(x)).filter(Boolean);
    return { value, plain: parts.join(''), re: new RegExp(parts.map(esc).join('[^，。,.!?！？]{0,6}')) };
  })).filter((e) => e.plain);
}

// Tuned by leave-one-set-out (docs/nlu.md): 0.7 kept every emergency the model alone found and
// halved its false alarms against 0.4.
const MODEL_ONLY_EMERGENCY = 0.7;
// Training passes and step size, tuned by leave-one-set-out (docs/nlu.md): with ~9,300 lines over 52
// sets, 3 and 3 passes gave the same pooled figures as 5 and 4; with 14,327 lines over 78 sets, 2 slot
// passes gave the same as 3; with 16,927 lines over 92 sets, 2 intent passes at a step of 0.8 give the
// same pooled figures (and calibration) as 3 at 0.5, in 12% less build time (2 at 0.5 missed two more
// emergencies).
const EPOCHS = 2;
const INTENT_LR = 0.8;
const SLOT_EPOCHS = 2;
/** Confidence of a model-only emergency the owner does not call urgent (the dialogue acts unasked at 0.9). */
const MODEL_ONLY_CAP = 0.85;

export class EmbeddedNlu implements Understander {
  /** The features' ids, shared by all the models. */
  private readonly index: FeatureIndex;
  private readonly intentModel: LinearModel;
  private readonly slotModels = new Map<Intent, SlotModel>();
  /** Softmax temperature; public so the CV script can calibrate without retraining. */
  temperature: number;
  readonly buildMs: number;
  /** Whether the models were trained by this process or loaded from the model store. */
  readonly modelSource: 'trained' | 'store';
  /** Why the trained models could not be stored (the engine works regardless). */
  readonly storeError?: string;
  private readonly modelOnlyEmergency: number;

  constructor(opts: EngineOptions = {}) {
    const t0 = Date.now();
    this.temperature = opts.temperature ?? 0.6;
    this.modelOnlyEmergency = opts.modelOnlyEmergency ?? MODEL_ONLY_EMERGENCY;
    const intentsDir = opts.intentsDir ?? defaultIntentsDir();
    let stored: StoredModels | null = null;
    let fingerprint: string | undefined;
    if (opts.modelStore) {
      fingerprint = modelFingerprint(intentsDir, trainingInputs(opts));
      stored = readModels(opts.modelStore, fingerprint);
    }
    const models = stored ? fromStored(stored) : trainModels(loadIntentData(intentsDir), opts);
    this.index = models.index;
    this.intentModel = models.intent;
    for (const s of models.slots) this.slotModels.set(s.intent, { model: s.model, local: s.local, lexicon: lexEntries(s.lexicon) });
    this.lexFeatures = models.spotter;
    this.modelSource = stored ? 'store' : 'trained';
    if (opts.modelStore && fingerprint && !stored) {
      try { writeModels(opts.modelStore, fingerprint, toStored(models)); } catch (err) { this.storeError = (err as Error).message; }
    }
    this.buildMs = Date.now() - t0;
  }

  async understand(text: string, now: Date): Promise<NluResult> {
    return this.parseSync(text, now);
  }

  /** Intent probabilities for a piece of text (best first). */
  classify(text: string): { label: Intent; p: number }[] {
    const masked = maskNegatedHazards(modelText(text));
    const v = this.index.vectorize(masked, false, this.lexFeatures?.spot(masked));
    return this.intentModel.predict(v.ids, v.n, this.temperature) as { label: Intent; p: number }[];
  }

  private readonly lexFeatures: WordSpotter | null;

  parseSync(text: string, now: Date): NluResult {
    const norm = normalizeText(text);
    if (!norm) return { intent: 'out_of_scope', slots: {}, confidence: 0, source: 'rules', alternatives: [] };
    const masked = maskNegatedHazards(norm);
    const dist = this.classify(norm);
    let intent = dist[0].label;
    let confidence = dist[0].p;
    let focus = norm; // the part of the message the chosen intent comes from

    const hazard = detectEmergency(masked);
    if (hazard) {
      intent = 'emergency.report';
      const pe = dist.find((d) => d.label === intent)!.p;
      confidence = Math.max(0.9, Math.min(0.99, 0.9 + pe * 0.1));
    } else {
      // No hazard rule fired: the model alone may still read an emergency, but only when fairly
      // sure ("油烟机不行 满屋子烟" is a repair) and when the message names a hazard that is
      // happening now (emergency.ts); otherwise the next reading, emergency kept as an alternative.
      if (intent === 'emergency.report' && (confidence < this.modelOnlyEmergency || !mayBeEmergency(masked))) { intent = dist[1].label; confidence = dist[1].p; }
      // The model alone is not sure enough to raise the alarm unasked: below 0.9 the dialogue asks
      // which was meant ("电梯" alone), unless the owner says it is urgent.
      if (intent === 'emergency.report' && !soundsUrgent(masked)) confidence = Math.min(confidence, MODEL_ONLY_CAP);
      // A greeting in front of a request is the request ("你好 在吗 帮我查下水费"); thanks in
      // front of news that it is done stays thanks ("多谢多谢 师傅修好了").
      const rest = norm.replace(LEADING_SMALL_TALK_RE, '').trim();
      if (rest !== norm && rest.replace(/\s/g, '').length >= 2) {
        const top = this.classify(rest)[0];
        const overrides = (SMALL_TALK.has(intent) && intent !== 'thanks') || top.p > confidence;
        if (!SMALL_TALK.has(top.label) && this.modelMayTake(top.label, rest) && overrides) {
          intent = top.label; confidence = top.p; focus = rest;
        }
      }
      // News that a job is done, closed with thanks ("燃气味那个 师傅检查完说没问题了 谢谢"), is thanks.
      if (intent !== 'thanks' && DONE_THANKS_RE.test(norm) && !STILL_OPEN_RE.test(norm)) {
        intent = 'thanks'; confidence = Math.max(dist.find((d) => d.label === 'thanks')!.p, 0.8);
      }
      // Two concerns in one message: act on the one that needs action first; within a
      // tier, the part the model is surer about.
      const parts = norm.split(TOPIC_SWITCH_RE).map((p) => p.trim()).filter((p) => p.replace(/\s/g, '').length >= 3);
      if (parts.length > 1) {
        for (const part of parts) {
          const top = this.classify(part)[0];
          if (top.p < 0.55 || SMALL_TALK.has(top.label) || !this.modelMayTake(top.label, part)) continue;
          const higher = PRIORITY_TIER[top.label] > PRIORITY_TIER[intent];
          const surer = PRIORITY_TIER[top.label] === PRIORITY_TIER[intent] && top.p > confidence + 0.1;
          if (higher || surer) { intent = top.label; confidence = Math.min(top.p, 0.9); focus = part; }
        }
      }
    }
    const slots = this.fillSlots(intent, norm, focus, now, hazard?.kind, text);
    const alternatives = dist.filter((d) => d.label !== intent).slice(0, 3)
      .map((d) => ({ intent: d.label, confidence: round(d.p) }));
    // Never claim certainty: a model probability of 0.9996 is still a guess.
    const result: NluResult = { intent, slots, confidence: Math.min(0.99, round(confidence)), source: 'rules', alternatives };
    if (intent === 'emergency.report' && hazard?.kind === 'medical') result.hazard = 'medical';
    return result;
  }

  /** An emergency the model proposes for `text` without a hazard rule is taken only when plausible. */
  private modelMayTake(label: Intent, text: string): boolean {
    return label !== 'emergency.report' || mayBeEmergency(maskNegatedHazards(text));
  }

  /** The closed-set slot value: lexicon words first (a stated word beats the model), model second. */
  slotValue(intent: Intent, text: string): string | undefined {
    const sm = this.slotModels.get(intent);
    if (!sm) return undefined;
    const masked = maskNegatedHazards(modelText(text));
    const v = this.index.vectorize(masked, false);
    const pred = sm.model.predict(toLocal(v.ids, sm.local), v.n);
    // The longest matching word wins: "空调外机…滴水" is the air conditioner, "猫尿" the cat.
    let best = 0;
    let hits: string[] = [];
    for (const { value, re } of sm.lexicon) {
      const m = re.exec(masked);
      if (!m) continue;
      const len = m[0].length;
      if (len > best) { best = len; hits = [value]; } else if (len === best && !hits.includes(value)) hits.push(value);
    }
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) {
      return pred.find((p) => hits.includes(p.label))?.label;
    }
    return pred[0].label === NO_VALUE ? undefined : pred[0].label;
  }

  /** The slots this engine fills for `intent` from `text` (used when another reader picked the intent). */
  slotsFor(intent: Intent, text: string, now: Date): Slots {
    const norm = normalizeText(text);
    const hazard = intent === 'emergency.report' ? detectEmergency(maskNegatedHazards(norm)) : null;
    return this.fillSlots(intent, norm, norm, now, hazard?.kind, text);
  }

  /** `raw`: the message as sent (a room named in English is kept as the owner wrote it). */
  private fillSlots(intent: Intent, norm: string, focus: string, now: Date, kind?: string, raw = norm): Slots {
    const scored = SCORED_SLOTS[intent] ?? [];
    const slots: Slots = {};
    const cat = CATEGORICAL_SLOTS[intent];
    if (cat) {
      // (someone collapsed is an emergency of no TAXONOMY kind: the slot stays empty)
      const v = intent === 'emergency.report' && kind ? (KIND_SLOT_VALUES.includes(kind as EmergencyKind) ? kind : undefined)
        : this.slotValue(intent, focus) ?? (focus !== norm ? this.slotValue(intent, norm) : undefined);
      if (v) slots[cat.slot] = v;
    }
    if (scored.includes('unit')) { const u = extractUnit(norm); if (u) slots.unit = u; }
    if (scored.includes('date')) { const d = extractDate(norm, now); if (d) slots.date = d; }
    if (scored.includes('start')) {
      const t = extractTimeRange(norm, now);
      if (t?.start) slots.start = t.start;
      if (t?.end) slots.end = t.end;
    }
    if (scored.includes('attendees')) { const a = extractAttendees(norm); if (a !== undefined) slots.attendees = a; }
    if (scored.includes('room')) { const r = extractRoom(raw); if (r) slots.room = r; }
    if (scored.includes('fee_type')) { const f = extractFeeType(norm); if (f) slots.fee_type = f; }
    if (scored.includes('score')) { const s = extractScore(norm); if (s !== undefined) slots.score = s; }
    return slots;
  }
}


/** Ids of the shared feature space mapped into a slot model's own (features it never saw dropped). */
function toLocal(ids: Int32Array, local: Int32Array): Int32Array {
  const out: number[] = [];
  for (let t = 0; t < ids.length; t++) { const l = ids[t] < local.length ? local[ids[t]] : -1; if (l >= 0) out.push(l); }
  return Int32Array.from(out);
}

/** What training depends on besides the data and the code (part of the model store's fingerprint). */
function trainingInputs(opts: EngineOptions): unknown {
  return {
    augment: opts.augment ?? 0, augmentWeight: opts.augmentWeight ?? 0.5, classWeight: opts.classWeight ?? 'balanced',
    l2: opts.l2 ?? null, epochs: opts.epochs ?? EPOCHS, seed: opts.seed ?? null, slotEpochs: opts.slotEpochs ?? SLOT_EPOCHS,
    lexFeatures: opts.lexFeatures ?? true,
    excludeTexts: [...(opts.excludeTexts ?? [])].sort(), excludeSources: [...(opts.excludeSources ?? [])].sort(),
    extraExamples: opts.extraExamples ?? [],
  };
}

/** Trains the intent model and the closed-set slot models from intents/ data. */
function trainModels(data: IntentData[], opts: EngineOptions): Models {
  // Each text is normalised once (the exclusion key and the features both start from it).
  const modelTexts = new Map<string, string>();
  const mtext = (t: string) => {
    let m = modelTexts.get(t);
    if (m === undefined) { m = modelText(t); modelTexts.set(t, m); }
    return m;
  };
  const excluded = opts.excludeTexts;
  const examples = data.flatMap((d) => d.examples)
    .filter((e) => !excluded?.has(mtext(e.text).replace(/\s+/g, '')) && !(e.source && opts.excludeSources?.has(e.source)))
    .concat(opts.extraExamples ?? []);
  const spotter = opts.lexFeatures ?? true ? new WordSpotter(data) : null;
  const index = new FeatureIndex();
  // An example's n-grams serve both the intent model and its intent's slot model; the intent
  // model also sees the lexicon and cue words spotted in it.
  const seen = new Map<string, { ngrams: Vector; intent: Int32Array }>();
  const vectors = (modelTextMasked: string) => {
    const ngrams = index.vectorize(modelTextMasked, true);
    const spotted = spotter?.spot(modelTextMasked) ?? [];
    let intent = ngrams.ids;
    if (spotted.length) {
      intent = new Int32Array(ngrams.ids.length + spotted.length);
      intent.set(ngrams.ids);
      for (let i = 0; i < spotted.length; i++) intent[ngrams.ids.length + i] = index.namedId(spotted[i], true);
    }
    return { ngrams, intent };
  };
  const prepared = (t: string) => {
    let p = seen.get(t);
    if (!p) { p = vectors(maskNegatedHazards(mtext(t))); seen.set(t, p); }
    return p;
  };
  const samples: Sample[] = examples.map((e) => ({ ids: prepared(e.text).intent, label: e.intent as string }));
  const nAug = opts.augment ?? 0;
  if (nAug > 0) {
    const w = opts.augmentWeight ?? 0.5;
    examples.forEach((e, i) => {
      for (const v of noisyVariants(e.text, e.intent, nAug, i + 1)) samples.push({ ids: prepared(v).intent, label: e.intent, weight: w });
    });
  }
  for (const d of data) for (const c of d.cues) samples.push({ ids: vectors(modelText(c)).intent, label: d.intent });
  applyClassWeights(samples, opts.classWeight ?? 'balanced', ['emergency.report']);

  // The slot models' samples, interned before the intent model is sized so one index serves all.
  const slotSets: { intent: Intent; values: readonly string[]; lexicon: [string, string[]][]; samples: Sample[] }[] = [];
  for (const [intent, spec] of Object.entries(CATEGORICAL_SLOTS) as [Intent, { slot: string; values: readonly string[] }][]) {
    const d = data.find((x) => x.intent === intent);
    const lexicon = Object.entries(d?.lexicon ?? {});
    const slotSamples: Sample[] = examples.filter((e) => e.intent === intent && e.value !== undefined)
      .map((e) => ({ ids: prepared(e.text).ngrams.ids, label: e.value! }));
    for (const [value, words] of lexicon) for (const w of words) slotSamples.push({ ids: index.vectorize(modelText(w.replace(/\*/g, '')), true).ids, label: value });
    if (slotSamples.length) slotSets.push({ intent, values: spec.values, lexicon, samples: slotSamples });
  }

  const intentModel = new LinearModel([...INTENTS]);
  intentModel.train(samples, index.size, { epochs: opts.epochs ?? EPOCHS, lr: INTENT_LR, l2: opts.l2, seed: opts.seed });
  const slots: Models['slots'] = slotSets.map(({ intent, values, lexicon, samples: slotSamples }) => {
    // A slot model's own ids: the shared ids its samples use, numbered in order of first use.
    const local = new Int32Array(index.size).fill(-1);
    let n = 0;
    const localSamples = slotSamples.map((smp) => {
      const ids = new Int32Array(smp.ids.length);
      for (let t = 0; t < ids.length; t++) { const id = smp.ids[t]; ids[t] = local[id] >= 0 ? local[id] : (local[id] = n++); }
      return { ...smp, ids };
    });
    const model = new LinearModel([...values, NO_VALUE]);
    model.train(localSamples, n, { epochs: opts.slotEpochs ?? SLOT_EPOCHS });
    return { intent, model, local, lexicon };
  });
  return { index, intent: intentModel, slots, spotter };
}

/** What the model store keeps of trained models: each model's weights and its features by name. */
function toStored(m: Models): StoredModels {
  return {
    intent: m.intent.state(m.index.features()),
    slots: m.slots.map((s) => {
      const names = new Array<string>(s.model.featureCount);
      s.local.forEach((l, id) => { if (l >= 0) names[l] = m.index.feature(id); });
      return { intent: s.intent, model: s.model.state(names), lexicon: s.lexicon };
    }),
    spotter: m.spotter?.state() ?? null,
  };
}

function fromStored(st: StoredModels): Models {
  const index = FeatureIndex.fromFeatures(st.intent.features);
  const intent = LinearModel.restore(st.intent);
  const slotIds = st.slots.map((s) => s.model.features.map((f) => index.add(f)));
  const slots = st.slots.map((s, i) => {
    const local = new Int32Array(index.size).fill(-1);
    slotIds[i].forEach((id, l) => { local[id] = l; });
    return { intent: s.intent as Intent, model: LinearModel.restore(s.model), local, lexicon: s.lexicon };
  });
  return { index, intent, slots, spotter: st.spotter ? new WordSpotter(st.spotter) : null };
}

function round(x: number): number { return Math.round(x * 1000) / 1000; }
