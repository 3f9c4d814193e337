// Small lexical retrieval over the knowledge entries. Owners type short, colloquial Chinese,
// so we match on character bigrams (no word segmenter needed) plus the entries' curated
// keywords, which carry the colloquial forms and typos. Everything is precomputed at load;
// a lookup is a few set probes per entry.
import { normalizeText } from '../nlu/normalize';
import type { KnowledgeEntry } from './schema';

/** Tuning in one place. Scores are in [0, 1]. */
export const RETRIEVAL = {
  /** Below this the bot should offer a person rather than guess. */
  threshold: 0.3,
  /** Share of the score from curated keywords; the rest is bigram overlap. */
  keywordWeight: 0.55,
  /** Multiplier for entries of the topic the NLU already detected. */
  topicBoost: 1.25,
  /** A keyword match adds this much (times its length weight) to the keyword part, saturating. */
  keywordStep: 0.6,
  /** Weight of a bigram that only the answer (not the question or keywords) contains. */
  answerBigramWeight: 0.5,
  /** A keyword matched with words slipped in between ("门禁卡弄丢了") earns this share of the credit. */
  gappedCredit: 0.75,
  /** How many extra characters a gapped keyword match may span. */
  maxGap: 2,
};

// Function-word bigrams that say nothing about the subject of a question.
const STOP_BIGRAMS = new Set([
  '怎么', '么办', '怎样', '什么', '么时', '请问', '问一', '问下', '一下', '可以', '以吗', '需要', '要什', '要怎',
  '我们', '你们', '我家', '我的', '你好', '您好', '谢谢', '是不', '不是', '有没', '没有', '这个', '那个', '一个',
  '如果', '现在', '能不', '不能', '能吗', '吗吗', '好的', '麻烦', '帮我', '帮忙', '想问', '我想', '想要', '咨询',
  '知道', '告诉', '一样', '哪里', '在哪', '多少', '还是', '就是', '的话', '了吗', '了吧', '么样', '样的', '啊啊',
]);

// Spoken question words folded to their standard form, so a keyword written "什么时候退"
// also matches "啥时候退". Only forms with no other meaning at a property front desk.
const COLLOQUIAL: [RegExp, string][] = [
  [/啥/g, '什么'], [/咋/g, '怎么'], [/哪儿/g, '哪里'], [/木有|没得/g, '没有'],
];

export function toSegments(text: string): string[] {
  let s = normalizeText(text).toLowerCase();
  for (const [re, rep] of COLLOQUIAL) s = s.replace(re, rep);
  return s
    .split(/[^\p{Script=Han}a-z0-9]+/u)
    .filter((s) => s.length > 0);
}

function bigramsOf(segments: string[], dropStop: boolean): Set<string> {
  const out = new Set<string>();
  for (const seg of segments) {
    const chars = [...seg];
    if (chars.length === 1 && !dropStop) out.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) {
      const b = chars[i] + chars[i + 1];
      if (!dropStop || !STOP_BIGRAMS.has(b)) out.add(b);
    }
  }
  return out;
}

function lengthWeight(len: number): number {
  if (len >= 4) return 1;
  if (len === 3) return 0.85;
  if (len === 2) return 0.65;
  return 0.3;
}

interface IndexedEntry {
  entry: KnowledgeEntry;
  /** Normalised keywords, longest first, so a long phrase claims its characters before its parts. */
  keywords: string[];
  /** Bigram -> weight: 1 from the question and keywords, less from the answer alone. */
  bigrams: Map<string, number>;
}

export interface Scored { entry: KnowledgeEntry; score: number }

export class KnowledgeIndex {
  private readonly items: IndexedEntry[];
  private readonly idf = new Map<string, number>();
  private readonly unknownIdf: number;

  constructor(entries: readonly KnowledgeEntry[]) {
    this.items = entries.map((entry) => {
      const keywords = [...new Set(entry.keywords.map((k) => toSegments(k).join('')).filter(Boolean))]
        .sort((a, b) => [...b].length - [...a].length);
      const bigrams = new Map<string, number>();
      for (const b of bigramsOf(toSegments(entry.answer.replace(/\{[^{}]*\}/g, ' ')), true)) bigrams.set(b, RETRIEVAL.answerBigramWeight);
      for (const b of bigramsOf([...toSegments(entry.question), ...keywords], false)) bigrams.set(b, 1);
      return { entry, keywords, bigrams };
    });
    const df = new Map<string, number>();
    for (const it of this.items) for (const b of it.bigrams.keys()) df.set(b, (df.get(b) ?? 0) + 1);
    const n = this.items.length;
    for (const [b, d] of df) this.idf.set(b, Math.log(1 + n / d));
    // A query bigram the knowledge base has never seen dilutes coverage, but less than a rare
    // known one: chatty filler ("我家那个…") should not sink a clear question.
    this.unknownIdf = Math.log(1 + n) * 0.5;
  }

  /** All entries with a positive score, best first. */
  rank(text: string, topic?: string): Scored[] {
    const segments = toSegments(text);
    const compact = segments.join('');
    if (compact.length === 0) return [];
    const queryBigrams = bigramsOf(segments, true);
    let queryMass = 0;
    for (const b of queryBigrams) queryMass += this.idf.get(b) ?? this.unknownIdf;

    const out: Scored[] = [];
    for (const it of this.items) {
      const kw = this.keywordPart(compact, it.keywords);
      let shared = 0;
      for (const b of queryBigrams) shared += (it.bigrams.get(b) ?? 0) * (this.idf.get(b) ?? 0);
      const bg = queryMass > 0 ? shared / queryMass : 0;
      let score = RETRIEVAL.keywordWeight * kw + (1 - RETRIEVAL.keywordWeight) * bg;
      if (topic && it.entry.topic === topic) score = Math.min(1, score * RETRIEVAL.topicBoost);
      if (score > 0) out.push({ entry: it.entry, score });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  /**
   * Saturating credit for keywords found in the query. Each query character is credited once,
   * so "门禁卡丢了" does not also score "卡丢了" and "门禁卡" on the same text. Owners often
   * slip a word into a phrase ("门禁卡弄丢了", "通个马桶"), so a keyword of three or more
   * characters also counts, for less, when its characters occur in order within a short window.
   */
  private keywordPart(compact: string, keywords: string[]): number {
    const chars = [...compact];
    const covered = new Array<boolean>(chars.length).fill(false);
    let miss = 1;
    for (const k of keywords) {
      const kc = [...k];
      const hit = findExact(chars, kc) ?? (kc.length >= 3 ? findGapped(chars, kc) : undefined);
      if (!hit) continue;
      const fresh = hit.positions.filter((i) => !covered[i]);
      if (fresh.length * 2 < kc.length) continue;
      for (const i of fresh) covered[i] = true;
      miss *= 1 - RETRIEVAL.keywordStep * hit.credit * lengthWeight(kc.length) * (fresh.length / kc.length);
    }
    return 1 - miss;
  }
}

interface Hit { positions: number[]; credit: number }

function findExact(chars: string[], kc: string[]): Hit | undefined {
  outer: for (let s = 0; s + kc.length <= chars.length; s++) {
    for (let j = 0; j < kc.length; j++) if (chars[s + j] !== kc[j]) continue outer;
    return { positions: kc.map((_, j) => s + j), credit: 1 };
  }
  return undefined;
}

/** Keyword characters in order, with at most RETRIEVAL.maxGap extra characters in between. */
function findGapped(chars: string[], kc: string[]): Hit | undefined {
  for (let s = 0; s < chars.length; s++) {
    if (chars[s] !== kc[0]) continue;
    const positions = [s];
    for (let i = s + 1, j = 1; i < chars.length && j < kc.length && i - s < kc.length + RETRIEVAL.maxGap; i++) {
      if (chars[i] === kc[j]) { positions.push(i); j++; }
    }
    if (positions.length === kc.length) return { positions, credit: RETRIEVAL.gappedCredit };
  }
  return undefined;
}
