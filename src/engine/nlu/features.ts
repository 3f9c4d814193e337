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
