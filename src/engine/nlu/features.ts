// Text -> sparse features for the linear models: character 1-3 grams (robust to typos
// and to unsegmented voice-to-text run-ons) plus jieba words when available. Digits are
// folded to "0" so "3栋2单元501" and "12号楼1502" look alike to the model.
import { normalizeText } from './normalize';

type Cutter = (s: string) => string[];
let cutter: Cutter | null | undefined;

/** jieba is optional: loading its dictionary costs ~0.2 s, so it is opt-in (NLU_JIEBA=1). */
function getCutter(): Cutter | null {
  if (cutter !== undefined) return cutter;
  cutter = null;
  if (process.env.NLU_JIEBA === '1') {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Jieba } = require('@node-rs/jieba');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { dict } = require('@node-rs/jieba/dict');
      const j = Jieba.withDict(dict);
      cutter = (s: string) => j.cut(s, false);
    } catch { cutter = null; }
  }
  return cutter;
}

/** Canonical form the models see: normalized, lower-case, digits folded. */
export function modelText(text: string): string {
  return normalizeText(text).toLowerCase().replace(/\d+/g, '0');
}

/** Two texts that only differ in spacing, case or digits count as the same example. */
export function exampleKey(text: string): string { return modelText(text).replace(/\s+/g, ''); }

/**
 * A text's features as strings: the readable definition. The models use `FeatureIndex.vectorize`,
 * which gives the same features as ids (a test holds the two together on every intents/ line).
 */
export function featurize(text: string, alreadyModelText = false): string[] {
  const s = alreadyModelText ? text : modelText(text);
  const feats = new Set<string>();
  // Punctuation and spaces are boundaries; n-grams do not cross them except via '|'.
  const chunks = s.split(/[\s,.!?;:，。！？；：、…"'“”‘’()（）\[\]【】~-]+/).filter(Boolean);
  for (const chunk of chunks) {
    // English words are whole tokens (AC, book, meeting, thx).
    const words = chunk.match(/[a-z]+/g);
    if (words) for (const w of words) feats.add('w:' + w);
    const c = '|' + chunk.replace(/[a-z]+/g, 'a') + '|';
    const chars = [...c];
    for (let i = 0; i < chars.length; i++) {
      if (i > 0 && i < chars.length - 1) feats.add(chars[i]);
      if (i + 1 < chars.length) feats.add(chars[i] + chars[i + 1]);
      if (i + 2 < chars.length) feats.add(chars[i] + chars[i + 1] + chars[i + 2]);
    }
  }
  const cut = getCutter();
  if (cut) for (const w of cut(s)) if (w.trim().length > 1) feats.add('j:' + w);
  if (chunks.join('').length <= 4) feats.add('len:short');
  return [...feats];
}

// ---------------------------------------------------------------------------------------------
// The fast path: the same features as `featurize`, as integer ids of a growing index, without
// making a string per n-gram. Training interns ~130k distinct n-grams from ~16k texts; doing that
// through strings and a Map (and collecting the garbage) was half of the cold model build.

/** Characters that end a chunk (the class `featurize` splits on). */
// (\s as JavaScript's regular expressions read it, and the punctuation.)
const BOUNDARY = new Uint8Array(0x10000);
for (const c of ' \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff,.!?;:，。！？；：、…"\'“”‘’()（）[]【】~-') BOUNDARY[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) BOUNDARY[c] = 1;
const BAR = 0x7c; // '|', the chunk boundary inside n-grams
const LOWER_A = 0x61;
/** The second key of a named feature's id (no n-gram packs to it: its high bits are a code point). */
const NAMED = -1;

/** The table slot hash of an n-gram's two keys. */
function hashKeys(k1: number, k2: number): number {
  const h = Math.imul(k1 ^ (k1 >>> 16), 0x85ebca6b) ^ Math.imul(k2 ^ (k2 >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 15);
}

/** What `FeatureIndex.vectorize` found: the known features' ids and how many features the text has in all. */
export interface Vector { ids: Int32Array; n: number }

/**
 * Feature ids for n-grams (1–3 code points, packed into two int32 keys in an open-addressing
 * table) and for named features (`w:book`, `len:short`, the word spotter's `lx:…`/`cue:…`).
 * Ids are dense, in the order features were first seen; `feature(id)` gives back the string
 * `featurize` would have produced, so a model is stored (and restored) by its feature strings.
 */
export class FeatureIndex {
  // Sized for the trained index (~150k features): growing from small rehashes the table twice.
  private mask = (1 << 18) - 1;
  private slots = new Int32Array(1 << 18).fill(-1); // table slot -> id
  private keys1 = new Int32Array(1 << 17); // id -> packed key (grams); unused for named ids
  private keys2 = new Int32Array(1 << 17);
  private readonly named = new Map<string, number>();
  private readonly nameOf = new Map<number, string>();
  private stamp = new Int32Array(1 << 17); // id -> last vectorize call that saw it (dedupe)
  private call = 0;
  /** Scratch: the current chunk's code points, '|' first. */
  private chunk = new Int32Array(256);
  size = 0;

  /** An index of the given feature strings, their ids in list order. */
  static fromFeatures(features: readonly string[]): FeatureIndex {
    const ix = new FeatureIndex();
    for (const f of features) ix.add(f);
    return ix;
  }

  /** The id of a feature string, added when new. */
  add(f: string): number { return this.idOf(f, true); }

  /** The id of a feature string, or -1. */
  lookup(f: string): number { return this.idOf(f, false); }

  private idOf(f: string, grow: boolean): number {
    // An n-gram is 1–3 code points; a named feature holds ':' (a chunk boundary, so no n-gram does).
    const cps = this.parsed;
    let n = 0;
    for (let i = 0; i < f.length && n <= 3; i++) {
      let c = f.charCodeAt(i);
      if (c === 0x3a) { n = 4; break; }
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < f.length) {
        const lo = f.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo < 0xe000) { c = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000; i++; }
      }
      cps[n++] = c;
    }
    if (n === 0 || n > 3) return this.namedId(f, grow);
    return this.gramId(cps[0], n > 1 ? cps[1] : -1, n > 2 ? cps[2] : -1, grow);
  }

  private readonly parsed = new Int32Array(4);

  /** The feature string of an id. */
  feature(id: number): string {
    const name = this.nameOf.get(id);
    if (name !== undefined) return name;
    const k1 = this.keys1[id], k2 = this.keys2[id];
    const a = k1 & 0x1fffff;
    const b = ((k1 >>> 21) | ((k2 & 0x3ff) << 11)) - 1;
    const c = (k2 >>> 10) - 1;
    return String.fromCodePoint(a) + (b >= 0 ? String.fromCodePoint(b) : '') + (c >= 0 ? String.fromCodePoint(c) : '');
  }

  /** All features, by id. */
  features(): string[] {
    const out = new Array<string>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.feature(i);
    return out;
  }

  /** Adds a known id to this call's output once; false for an unknown feature (-1). */
  private mark(id: number, call: number): boolean {
    if (id < 0) return false;
    if (this.stamp[id] !== call) { this.stamp[id] = call; this.out.push(id); }
    return true;
  }

  namedId(f: string, grow: boolean): number {
    let id = this.named.get(f);
    if (id === undefined) {
      if (!grow) return -1;
      id = this.newId(0, NAMED);
      this.named.set(f, id);
      this.nameOf.set(id, f);
    }
    return id;
  }

  /** `b`, `c` = -1 when absent. Keys: a (21 bits) | b+1 (21 bits) | c+1 (21 bits) over two int32s. */
  private gramId(a: number, b: number, c: number, grow: boolean): number {
    const k1 = (a | (((b + 1) & 0x7ff) << 21)) | 0;
    const k2 = (((b + 1) >>> 11) | ((c + 1) << 10)) | 0;
    const mask = this.mask, slots = this.slots, keys1 = this.keys1, keys2 = this.keys2;
    for (let i = hashKeys(k1, k2) & mask; ; i = (i + 1) & mask) {
      const id = slots[i];
      if (id < 0) {
        if (!grow) return -1;
        const nid = this.newId(k1, k2);
        this.slots[i] = nid; // (newId may have grown keys*, not slots)
        if (this.size * 2 > this.mask) this.rehash();
        return nid;
      }
      if (keys1[id] === k1 && keys2[id] === k2) return id;
    }
  }

  private newId(k1: number, k2: number): number {
    const id = this.size++;
    if (id >= this.keys1.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.keys1 = grow(this.keys1); this.keys2 = grow(this.keys2); this.stamp = grow(this.stamp);
    }
    this.keys1[id] = k1; this.keys2[id] = k2;
    return id;
  }

  private rehash(): void {
    const cap = (this.mask + 1) * 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap).fill(-1);
    for (let id = 0; id < this.size; id++) {
      if (this.keys2[id] === NAMED) continue;
      let i = hashKeys(this.keys1[id], this.keys2[id]) & this.mask;
      while (this.slots[i] >= 0) i = (i + 1) & this.mask;
      this.slots[i] = id;
    }
  }

  /**
   * The features of model text (what `featurize(s, true)` gives, jieba aside) plus `extra` named
   * features, as ids. `grow` adds unseen features; otherwise they are only counted in `n`, the
   * number of distinct features (the models scale by it).
   */
  vectorize(s: string, grow: boolean, extra: readonly string[] = []): Vector {
    // No closures in here: tsx names every function it creates, which costs more than the work.
    const call = ++this.call;
    this.out.length = 0;
    this.unknown = undefined;
    if (this.chunk.length < s.length + 2) this.chunk = new Int32Array(s.length * 2 + 2);
    const buf = this.chunk;
    buf[0] = BAR;
    let len = 0; // code points of the current chunk, at buf[1..len]
    let textLen = 0; // UTF-16 length of the chunks (for len:short)
    let wordStart = -1; // where the current English word began (it becomes one 'a' in the chunk)
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const lo = s.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo < 0xe000) { c = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000; i++; textLen++; }
      }
      if (c >= 0x61 && c <= 0x7a) {
        textLen++;
        if (wordStart < 0) { wordStart = i; buf[++len] = LOWER_A; }
        continue;
      }
      if (wordStart >= 0) { this.takeNamed('w:' + s.slice(wordStart, i), grow, call); wordStart = -1; }
      if (c < 0x10000 && BOUNDARY[c]) { this.takeChunk(len, grow, call); len = 0; continue; }
      textLen++;
      buf[++len] = c;
    }
    if (wordStart >= 0) this.takeNamed('w:' + s.slice(wordStart), grow, call);
    this.takeChunk(len, grow, call);
    const cut = getCutter();
    if (cut) for (const w of cut(s)) if (w.trim().length > 1) this.takeNamed('j:' + w, grow, call);
    if (textLen <= 4) this.takeNamed('len:short', grow, call);
    for (const f of extra) this.takeNamed(f, grow, call);
    return { ids: Int32Array.from(this.out), n: this.out.length + ((this.unknown as Set<string> | undefined)?.size ?? 0) };
  }

  private out: number[] = [];
  private unknown: Set<string> | undefined;

  private takeNamed(f: string, grow: boolean, call: number): void {
    if (!this.mark(this.namedId(f, grow), call)) (this.unknown ??= new Set()).add(f);
  }

  /** The n-grams of the chunk at chunk[1..len], between '|' marks. */
  private takeChunk(len: number, grow: boolean, call: number): void {
    if (len === 0) return;
    const cps = this.chunk;
    cps[len + 1] = BAR;
    const L = len + 2;
    for (let i = 0; i < L; i++) {
      const a = cps[i];
      if (i > 0 && i < L - 1 && !this.mark(this.gramId(a, -1, -1, grow), call)) (this.unknown ??= new Set()).add(String.fromCodePoint(a));
      if (i + 1 < L) {
        const b = cps[i + 1];
        if (!this.mark(this.gramId(a, b, -1, grow), call)) (this.unknown ??= new Set()).add(`${a},${b}`);
        if (i + 2 < L) {
          const c = cps[i + 2];
          if (!this.mark(this.gramId(a, b, c, grow), call)) (this.unknown ??= new Set()).add(`${a},${b},${c}`);
        }
      }
    }
  }
}
