// Text clean-up shared by the classifier and every extractor. Owners type on phones:
// full-width digits, traditional characters, WeChat sticker codes, emoji and
// input-method homophones all appear; we fold them to one canonical form first so
// that the data in intents/ and the rules only need to know the simplified spelling.
import { SIMP, TRAD } from './tradTable';

const TRAD_MAP = new Map<string, string>();
for (let i = 0; i < TRAD.length; i++) TRAD_MAP.set(TRAD[i], SIMP[i]);

// WeChat sticker codes ("[捂脸]") and emoji carry mood, not content. We keep two moods
// the classifier can use (approval -> 👍, anger -> 😡) and drop the rest.
const POSITIVE_STICKERS = new Set(['强', '赞', '好', '微笑', '握手', 'OK', 'ok', '抱拳', '玫瑰', '鼓掌', '爱心', '胜利', '愉快', '憨笑', '呲牙', '耶', '庆祝', '比心', '合十', '666']);
const ANGRY_STICKERS = new Set(['发怒', '怒', '咒骂', '抓狂', '白眼', '鄙视', '炸弹', '菜刀', '生气', '衰', '弱', '裂开']);
const POSITIVE_EMOJI = /[👍👌🙏😊😀😃😄😁🙂☺😘🥰❤💕🌹👏🤝✌🎉💯😍]/gu;
const ANGRY_EMOJI = /[😡😠🤬😤💢👎]/gu;
// Stars are kept (ratings like ⭐⭐⭐⭐⭐); everything else pictographic goes.
const OTHER_EMOJI = /(?![⭐👍😡])[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]/gu;

// Input-method homophones and common slips, only where the wrong form has no other
// plausible meaning in a property front desk's inbox.
const TYPOS: [RegExp, string][] = [
  [/报休|抱修|报秀/g, '报修'],
  [/保修(?!期|卡|单)/g, '报修'],
  [/物业废|物叶费|务业费/g, '物业费'],
  [/物叶/g, '物业'],
  [/会意室|会以室|会义室|会仪室|汇议室|会议是/g, '会议室'],
  [/点梯|电体|店梯/g, '电梯'],
  [/赌了|睹了|堵住了/g, '堵了'],
  [/赌住|睹住/g, '堵住'],
  [/在马(?![路桶上])|在嘛/g, '在吗'],
  [/门进卡|门金卡|们禁卡/g, '门禁卡'],
  [/被站了|被战了/g, '被占了'],
  [/煤气位|煤汽味/g, '煤气味'],
  [/然气/g, '燃气'],
  [/跳匝|跳扎/g, '跳闸'],
  [/掉匝/g, '掉闸'],
  [/热水气/g, '热水器'],
  [/下水到/g, '下水道'],
  [/马统/g, '马桶'],
  [/水笼头/g, '水龙头'],
  [/插坐/g, '插座'],
  [/快第|快地(?=到|放|柜)/g, '快递'],
  [/放行调/g, '放行条'],
  [/(人工|找|转)克服/g, '$1客服'],
  [/蟹蟹|谢拉|血血/g, '谢谢'],
  [/\b3q\b|\b3Q\b/g, '谢谢'],
  [/着活了/g, '着火了'],
  [/冒眼/g, '冒烟'],
  [/空挑/g, '空调'],
  [/漏谁/g, '漏水'],
  [/停车废/g, '停车费'],
  [/水废/g, '水费'],
  [/电废/g, '电费'],
];

function mapSticker(_m: string, name: string): string {
  if (POSITIVE_STICKERS.has(name)) return ' 👍 ';
  if (ANGRY_STICKERS.has(name)) return ' 😡 ';
  return ' ';
}

// Every extractor normalizes its input so each can be used alone; the engine calls
// several on one message, so recent results are cached (outputs map to themselves).
const cache = new Map<string, string>();

export function normalizeText(text: string): string {
  const key = String(text ?? '');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const out = normalizeUncached(key);
  if (cache.size >= 256) cache.clear();
  cache.set(key, out);
  cache.set(out, out);
  return out;
}

function normalizeUncached(text: string): string {
  let s = text.normalize('NFKC');
  let out = '';
  for (const ch of s) out += TRAD_MAP.get(ch) ?? ch;
  s = out;
  s = s.replace(/\[([^\[\]\s]{1,4})\]/g, mapSticker);
  s = s.replace(POSITIVE_EMOJI, ' 👍 ').replace(ANGRY_EMOJI, ' 😡 ').replace(OTHER_EMOJI, ' ');
  s = s.replace(/[–—―~～〜]/g, (c) => (c === '～' || c === '〜' || c === '~' ? '~' : '-'));
  for (const [re, rep] of TYPOS) s = s.replace(re, rep);
  return s.replace(/\s+/g, ' ').trim();
}
