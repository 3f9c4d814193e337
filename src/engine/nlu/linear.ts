// Multinomial logistic regression over sparse binary features, trained in-process with
// AdaGrad. Chosen over naive Bayes because its probabilities are far better calibrated
// (the dialogue uses them to decide when to ask "您是想A还是B?"). It trains on ~16k short
// examples in about a quarter of a second (most of the cold model build's remainder is reading
// and normalising the data).

// Hoisted so hot loops do not look up globals (slow inside jest's vm sandbox).
const { sqrt, abs, exp, floor } = Math;
// A class's gradient below this is skipped for the sample: once a sample is learnt most classes
// have p ≈ 0, and skipping them saves ~60% of the updates with the same leave-one-set-out figures
// as 1e-3 and 1e-4 (docs/nlu.md).
const MIN_GRADIENT = 1e-2;

/** A trained model's parts, as the model store (modelStore.ts) keeps them. */
export interface LinearModelState { classes: string[]; features: string[]; w: Float32Array; b: Float32Array }

export interface TrainOptions { epochs?: number; lr?: number; l2?: number; seed?: number }

/** A training example: its features' ids (distinct, each < the model's feature count). */
export interface Sample { ids: Int32Array; label: string; weight?: number }

/**
 * The model works on dense feature ids 0..F-1 (features.ts's FeatureIndex gives them); which
 * feature an id stands for is the caller's business, and is stored beside the weights.
 */
export class LinearModel {
  readonly classes: string[];
  private w: Float32Array = new Float32Array(0); // [feature * nClass + class]
  private b: Float32Array;
  private F = 0;

  constructor(classes: string[]) {
    this.classes = classes;
    this.b = new Float32Array(classes.length);
  }

  /** Number of features the model has weights for. */
  get featureCount(): number { return this.F; }

  train(samples: readonly Sample[], featureCount: number, opts: TrainOptions = {}): void {
    const { epochs = 25, lr = 0.5, l2 = 1e-4, seed = 7 } = opts;
    const K = this.classes.length;
    const classIdx = new Map(this.classes.map((c, i) => [c, i]));
    // Plain typed arrays, not objects: a weight of 1 (an int) in one model and 0.83 in another
    // changed the objects' field representation and threw away the optimised loop (measured).
    const kept = samples.filter((s) => classIdx.has(s.label));
    const idsOf = kept.map((s) => s.ids);
    const ys = Int32Array.from(kept, (s) => classIdx.get(s.label)!);
    const wts = Float64Array.from(kept, (s) => s.weight ?? 1);
    const F = (this.F = featureCount);
    const w = (this.w = new Float32Array(F * K));
    const bias = this.b;
    const g2 = new Float32Array(F * K).fill(1e-2);
    const gb2 = new Float32Array(K).fill(1e-2);
    const p = new Float64Array(K);
    let rnd = seed;
    const rand = () => ((rnd = (rnd * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const order = Array.from(kept, (_, i) => i);
    for (let ep = 0; ep < epochs; ep++) {
      for (let i = order.length - 1; i > 0; i--) { const j = floor(rand() * (i + 1)); const o = order[i]; order[i] = order[j]; order[j] = o; }
      for (let oi = 0; oi < order.length; oi++) {
        const i = order[oi];
        const ids = idsOf[i], y = ys[i], wt = wts[i];
        const n = ids.length;
        const scale = 1 / sqrt(n || 1);
        softmaxScores(w, bias, K, ids, n, scale, 1, p);
        for (let k = 0; k < K; k++) {
          const g = (p[k] - (k === y ? 1 : 0)) * wt;
          if (abs(g) < MIN_GRADIENT) continue;
          gb2[k] += g * g;
          bias[k] -= (lr * g) / sqrt(gb2[k]);
          const gs = g * scale;
          for (let t = 0; t < n; t++) {
            const o = ids[t] * K + k;
            const gg = gs + l2 * w[o];
            const acc = (g2[o] += gg * gg);
            w[o] -= (lr * gg) / sqrt(acc);
          }
        }
      }
    }
  }

  /** The trained parts; `LinearModel.restore` makes the same model from them. */
  state(features: string[]): LinearModelState {
    if (features.length !== this.F) throw new Error('model state: one feature name per weight row');
    return { classes: this.classes, features, w: this.w, b: this.b };
  }

  /** The model of a stored state; its features are the caller's to map to ids (row i = features[i]). */
  static restore(s: LinearModelState): LinearModel {
    const K = s.classes.length;
    if (s.b.length !== K || s.w.length !== s.features.length * K) throw new Error('model store: weights do not match the model\'s shape');
    const m = new LinearModel(s.classes);
    m.F = s.features.length;
    m.w = s.w;
    m.b = s.b;
    return m;
  }

  /**
   * Class probabilities, best first. `ids`: the text's known features (ids ≥ the model's feature
   * count are ignored); `n`: how many features the text has in all, known or not (the scale).
   * `temperature` > 1 softens over-confident outputs.
   */
  predict(ids: Int32Array, n: number, temperature = 1): { label: string; p: number }[] {
    const K = this.classes.length;
    let known = ids;
    for (let t = 0; t < ids.length; t++) if (ids[t] >= this.F) { known = ids.filter((id) => id < this.F); break; }
    const p = new Float64Array(K);
    softmaxScores(this.w, this.b, K, known, known.length, 1 / sqrt(n || 1), temperature, p);
    return this.classes.map((label, k) => ({ label, p: p[k] })).sort((a, b) => b.p - a.p);
  }
}

/** The classes after the last block of four, one at a time. */
function sumRest(w: Float32Array, K: number, from: number, ids: Int32Array, n: number, out: Float64Array): void {
  for (let k = from; k < K; k++) {
    let s0 = 0;
    for (let t = 0; t < n; t++) s0 += w[ids[t] * K + k];
    out[k] = s0;
  }
}

/**
 * out = softmax((b + scale · Σ w[id]) / temperature). The sum runs four classes at a time in
 * locals (2.5x faster than accumulating into `out`, measured: it is most of the training time).
 */
function softmaxScores(w: Float32Array, b: Float32Array, K: number, ids: Int32Array, n: number, scale: number, temperature: number, out: Float64Array): void {
  let k = 0;
  for (; k + 4 <= K; k += 4) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let t = 0; t < n; t++) {
      const o = ids[t] * K + k;
      s0 += w[o]; s1 += w[o + 1]; s2 += w[o + 2]; s3 += w[o + 3];
    }
    out[k] = s0; out[k + 1] = s1; out[k + 2] = s2; out[k + 3] = s3;
  }
  if (k < K) sumRest(w, K, k, ids, n, out);
  let max = -Infinity;
  for (k = 0; k < K; k++) { const v = (out[k] = (b[k] + out[k] * scale) / temperature); if (v > max) max = v; }
  let sum = 0;
  for (k = 0; k < K; k++) { const e = exp(out[k] - max); out[k] = e; sum += e; }
  for (k = 0; k < K; k++) out[k] /= sum;
}
