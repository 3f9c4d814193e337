// Training-time noise: variants of each intents/ example in the ways owners vary a message
// without changing what they want (a greeting or filler in front, a particle at the end, no
// spaces at all, clauses in another order, a dropped character as an unknown typo, Chinese
// numerals for digits). The model then learns that these do not carry the intent, instead of
// memorising one surface form. Emoji, sticker codes, traditional characters and the known
// homophones are folded by normalize.ts before the model sees anything, so varying them here
// would change nothing. Deterministic (seeded) so a build is reproducible.
import type { Intent } from './types';

const PREFIXES = ['你好 ', '在吗 ', '那个 ', '请问 ', '麻烦问下 ', '喂 你好 ', '您好 打扰一下 ', '物业你好 ', '哎 ', '就是 '];
const SUFFIXES = [' 哈', '啊', '呢', ' 谢谢', '吧', '!!', '?', ' 急', '了', ' 麻烦了'];
const CN = '零一二三四五六七八九';
// Small talk keeps its own label only as said; a greeting in front of "thanks" is not thanks.
const NO_PREFIX = new Set<Intent>(['greeting', 'thanks', 'feedback.rating', 'out_of_scope']);
const NO_SUFFIX = new Set<Intent>(['feedback.rating']);

type Rand = () => number;
function rng(seed: number): Rand {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 0x100000000; };
}
const pick = <T>(xs: readonly T[], r: Rand): T => xs[Math.floor(r() * xs.length)];

const OPS: ((t: string, intent: Intent, r: Rand) => string | null)[] = [
  (t, i, r) => (NO_PREFIX.has(i) ? null : pick(PREFIXES, r) + t),
  (t, i, r) => (NO_SUFFIX.has(i) ? null : t + pick(SUFFIXES, r)),
  // voice-to-text run-on: no spaces or punctuation at all
  (t) => { const s = t.replace(/[\s,.!?，。！？、~]+/g, ''); return s !== t ? s : null; },
  // clauses in another order
  (t) => { const c = t.split(/[\s,，。]+/).filter(Boolean); return c.length > 1 ? [...c.slice(1), c[0]].join(' ') : null; },
  // an unknown typo: one Chinese character dropped (never from very short texts)
  (t, _i, r) => {
    const idx = [...t].map((ch, k) => (/\p{Script=Han}/u.test(ch) ? k : -1)).filter((k) => k >= 0);
    if (idx.length < 6) return null;
    const chars = [...t]; chars.splice(pick(idx, r), 1); return chars.join('');
  },
  // digits read out as Chinese numerals (3号楼 → 三号楼, 501 → 五零一)
  (t) => (/\d/.test(t) ? t.replace(/\d/g, (d) => CN[Number(d)]) : null),
];

/** Up to `perExample` distinct noisy variants of `text` (not including the text itself). */
export function noisyVariants(text: string, intent: Intent, perExample: number, seed: number): string[] {
  const r = rng(seed);
  const out = new Set<string>();
  for (let tries = 0; out.size < perExample && tries < perExample * 4; tries++) {
    const v = OPS[Math.floor(r() * OPS.length)](text, intent, r);
    if (v && v !== text) out.add(v);
  }
  return [...out];
}
