// Multinomial logistic regression over sparse binary features, trained in-process with
// AdaGrad. Chosen over naive Bayes because its probabilities are far better calibrated
// (the dialogue uses them to decide when to ask "您是想A还是B?"), and it trains on
// ~2k short examples in well under a second.

// Hoisted so hot loops do not look up globals (slow inside jest's vm sandbox).
const { sqrt, abs, exp, floor } = Math;
// A class's gradient below this is skipped for the sample: once a sample is learnt most classes
// have p ≈ 0, and skipping them saves ~60% of the updates with the same leave-one-set-out figures
// as 1e-3 and 1e-4 (docs/nlu.md).
const MIN_GRADIENT = 1e-2;

/** A trained model's parts, as the model store (modelStore.ts) keeps them. */
export interface LinearModelState { classes: string[]; features: string[]; w: Float32Array; b: Float32Array }

export interface TrainOptions { epochs?: number; lr?: number; l2?: number; seed?: number }

export class LinearModel {
  readonly classes: string[];
  private readonly index = new Map<string, number>();
  private w: Float32Array = new Float32Array(0); // [feature * nClass + class]
  private b: Float32Array;

  constructor(classes: string[]) {
    this.classes = classes;
    this.b = new Float32Array(classes.length);
  }

  private ids(feats: string[], grow: boolean): number[] {
    const out: number[] = [];
    for (const f of feats) {
      let id = this.index.get(f);
      if (id === undefined && grow) { id = this.index.size; this.index.set(f, id); }
      if (id !== undefined) out.push(id);
    }
    return out;
  }

  train(samples: { feats: string[]; label: string; weight?: number }[], opts: TrainOptions = {}): void {
    const { epochs = 25, lr = 0.5, l2 = 1e-4, seed = 7 } = opts;
    const K = this.classes.length;
    const classIdx = new Map(this.classes.map((c, i) => [c, i]));
    const data = samples.map((s) => ({ ids: Int32Array.from(this.ids(s.feats, true)), y: classIdx.get(s.label)!, wt: s.weight ?? 1 }))
      .filter((d) => d.y !== undefined);
    const F = this.index.size;
    const w = (this.w = new Float32Array(F * K));
    const bias = this.b;
    const g2 = new Float32Array(F * K).fill(1e-2);
    const gb2 = new Float32Array(K).fill(1e-2);
    const p = new Float64Array(K);
    let rnd = seed;
    const rand = () => ((rnd = (rnd * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const order = data.map((_, i) => i);
    for (let ep = 0; ep < epochs; ep++) {
      for (let i = order.length - 1; i > 0; i--) { const j = floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
      for (let oi = 0; oi < order.length; oi++) {
        const { ids, y, wt } = data[order[oi]];
        const n = ids.length;
        const scale = 1 / sqrt(n || 1);
        this.scores(ids, scale, p);
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

  private scores(ids: ArrayLike<number>, scale: number, out: Float64Array, temperature = 1): void {
    const K = this.classes.length;
    const w = this.w;
    for (let k = 0; k < K; k++) out[k] = this.b[k];
    for (let t = 0; t < ids.length; t++) {
      const o = ids[t] * K;
      for (let k = 0; k < K; k++) out[k] += w[o + k] * scale;
    }
    let max = -Infinity;
    for (let k = 0; k < K; k++) { out[k] /= temperature; if (out[k] > max) max = out[k]; }
    let sum = 0;
    for (let k = 0; k < K; k++) { out[k] = exp(out[k] - max); sum += out[k]; }
    for (let k = 0; k < K; k++) out[k] /= sum;
  }

  /** The trained parts; `LinearModel.restore` makes the same model from them. */
  state(): LinearModelState {
    return { classes: this.classes, features: [...this.index.keys()], w: this.w, b: this.b };
  }

  static restore(s: LinearModelState): LinearModel {
    const K = s.classes.length;
    if (s.b.length !== K || s.w.length !== s.features.length * K) throw new Error('model store: weights do not match the model\'s shape');
    const m = new LinearModel(s.classes);
    s.features.forEach((f, i) => m.index.set(f, i));
    m.w = s.w;
    m.b = s.b;
    return m;
  }

  /** Class probabilities, best first. `temperature` > 1 softens over-confident outputs. */
  predict(feats: string[], temperature = 1): { label: string; p: number }[] {
    const ids = this.ids(feats, false);
    const p = new Float64Array(this.classes.length);
    this.scores(ids, 1 / sqrt(feats.length || 1), p, temperature);
    return this.classes.map((label, k) => ({ label, p: p[k] })).sort((a, b) => b.p - a.p);
  }
}

