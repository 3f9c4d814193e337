// Training helpers of the intent model beyond plain n-grams: words of the lexicons and cues
// spotted in a text (a feature per slot value and per intent, so a fixture word the model has
// never seen in this intent's examples still points to it), and class weights.
import { modelText } from './features';
import type { IntentData } from './data';

/** Finds lexicon and cue words (plain ones; `A*B` entries are for slots only) in model text. */
// (keyed by UTF-16 code unit: a one-character string per step costs an allocation for every CJK character)
interface TrieNode { next: Map<number, TrieNode>; feats?: string[] }

export class WordSpotter {
  private readonly words = new Map<string, string[]>();
  /** The words as a character trie, so spotting walks the text once per start position. */
  private trie?: TrieNode;

  constructor(data: IntentData[] | { words: [string, string[]][] }) {
    if (!Array.isArray(data)) {
      for (const [k, feats] of data.words) this.words.set(k, feats);
      return;
    }
    const add = (w: string, feat: string) => {
      const k = modelText(w).replace(/\s+/g, '');
      if ([...k].length < 2 || w.includes('*')) return;
      const l = this.words.get(k) ?? [];
      if (!l.includes(feat)) l.push(feat);
      this.words.set(k, l);
    };
    for (const d of data) {
      for (const [value, ws] of Object.entries(d.lexicon)) for (const w of ws) add(w, `lx:${d.intent}:${value}`);
      for (const c of d.cues) add(c, `cue:${d.intent}`);
    }
  }

  /** The spotted words and their features, for the model store. */
  state(): { words: [string, string[]][] } { return { words: [...this.words] }; }

  private buildTrie(): TrieNode {
    const root: TrieNode = { next: new Map() };
    for (const [w, feats] of this.words) {
      let node = root;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) { child = { next: new Map() }; node.next.set(c, child); }
        node = child;
      }
      node.feats = feats;
    }
    return root;
  }

  spot(text: string): string[] {
    const s = text.replace(/\s+/g, '');
    const root = (this.trie ??= this.buildTrie());
    const out = new Set<string>();
    for (let i = 0; i < s.length; i++) {
      let node: TrieNode | undefined = root;
      for (let j = i; j < s.length; j++) {
        node = node.next.get(s.charCodeAt(j));
        if (!node) break;
        if (node.feats && j > i) for (const f of node.feats) out.add(f);
      }
    }
    return [...out];
  }
}

/**
 * Scales sample weights so small intents are not drowned by big ones. `keep` classes are not
 * boosted: emergencies are decided by the hazard rules, and a boosted emergency class made the
 * model alone read a bare "漏水了" as one.
 */
export function applyClassWeights(samples: { label: string; weight?: number }[], mode: 'none' | 'sqrt' | 'balanced', keep: readonly string[] = []): void {
  if (mode === 'none') return;
  const mass = new Map<string, number>();
  for (const s of samples) mass.set(s.label, (mass.get(s.label) ?? 0) + (s.weight ?? 1));
  const mean = [...mass.values()].reduce((a, b) => a + b, 0) / mass.size;
  for (const s of samples) {
    const r = keep.includes(s.label) ? Math.min(1, mean / mass.get(s.label)!) : mean / mass.get(s.label)!;
    s.weight = (s.weight ?? 1) * (mode === 'sqrt' ? Math.sqrt(r) : r);
  }
}
