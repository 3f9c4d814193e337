// Satisfaction score 1-5 (TAXONOMY `score`): a stated number wins, then stars, then words.
import { normalizeText } from '../normalize';
import { parseNum } from '../numerals';

const NUMBER_RE = /(?:打|给|评|就|算)?\s*([1-5一二两三四五])\s*(?:分|星|颗星|个星)(?!钟)|(?:打|给|评|评分|打分|分数)\s*[:：]?\s*([1-5一二两三四五])(?![\d个小点号])/;
const WORDS: [RegExp, number][] = [
  [/非常不满意|十分不满意|特别不满意|极不满意|(?:很|太|极|非常|特别|真|超)差|差劲|垃圾|差评|糟糕|一星|零分/, 1],
  [/不满意|不太满意|不怎么样|不好|较差|有点差|不行/, 2],
  [/非常满意|十分满意|特别满意|超级满意|很满意|相当满意|太棒|完美|好评|五星|满分|非常好|特别好|超赞|点赞|无可挑剔/, 5],
  [/一般般?|还行|还可以|凑合|马马虎虎|过得去|中规中矩|将就/, 3],
  [/满意|挺好|不错|很好|蛮好|还不错|可以的|挺满意|比较满意|good|ok/i, 4],
];

// Not the owner's score: a deduction ("扣一分"), the scale ("满分是五分", "5分制").
const NOT_A_SCORE_RE = /(?:扣|减|少给?|差)\s*[1-5一二两三四五]\s*分|满分\s*(?:是|为|才)?\s*[0-9一二两三四五十]+\s*分|[0-9一二两三四五十]+\s*分制/g;
const NUMBER_G = new RegExp(NUMBER_RE.source, 'g');

export function extractScore(text: string): number | undefined {
  const s = normalizeText(text).replace(NOT_A_SCORE_RE, ' ');
  // A bare digit is the answer to "please rate 1-5".
  const bare = /^\s*([1-5])\s*[!！。.~]*\s*$/.exec(s);
  if (bare) return +bare[1];
  // "4/5", "4 out of 5"
  const ofFive = /(?<![\d.])([1-5])\s*(?:\/|out\s+of|of)\s*5(?![\d.])/i.exec(s);
  if (ofFive) return +ofFive[1];
  // The last stated number wins: owners correct themselves ("给5分 算了 给4分吧").
  let last: number | undefined;
  NUMBER_G.lastIndex = 0;
  for (let n = NUMBER_G.exec(s); n; n = NUMBER_G.exec(s)) {
    const v = parseNum(n[1] ?? n[2]);
    if (v !== undefined && v >= 1 && v <= 5) last = v;
  }
  if (last !== undefined) return last;
  const stars = (s.match(/[⭐★]/g) ?? []).length;
  if (stars >= 1 && stars <= 5) return stars;
  for (const [re, v] of WORDS) if (re.test(s)) return v;
  return undefined;
}
