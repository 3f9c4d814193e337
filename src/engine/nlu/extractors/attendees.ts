// Number of people for a booking (TAXONOMY `attendees`): one stated number counts even
// when hedged (约12人, 40人左右); parts are added (我们3个 客户2个 -> 5); a range or a
// vague count (8-10个, 七八个, 十来个, 十几个) means the owner did not state a number.
import { normalizeText } from '../normalize';
import { parseNum } from '../numerals';

const N = '(\\d{1,3}|[一二两三四五六七八九十百]{1,4})';
const PEOPLE_NOUN = '(?:人|位|名|个人|位客人|个同事|个客户|个领导|个嘉宾|个小朋友|个孩子|个学生|个家长|pax|people|persons?|ppl|(?:clients?|colleagues?|guests?|visitors?|customers?|others)\\b)';
// A number followed by a people word: 8个人, 6位, 20人, 3个客户
const COUNT_RE = new RegExp(`(?<![\\d.:\\-~到至])${N}\\s*${PEOPLE_NOUN}`, 'gi');
// A part named by who it is: 我们3个, 客户2个, 对方两位
const PART_RE = new RegExp(`(?:我这边|我们这边|我们|咱们|我方|他们|对方|客户|同事|领导|嘉宾|外部|外面|team|老师|家长|学生|团队|顾问|社区|街道|公司|部门|供应商|合作方|甲方|乙方|朋友|居民|业主|专家|评委|志愿者)\\s*(?:的|这边|那边|一共|总共|共|来)?\\s*${N}\\s*(?:个|位|名)(?!小时|钟|月|星期|礼拜|工作日|半)`, 'gi');
const VAGUE_RE = /[一二三四五六七八九]{2}十\s*(?:个|人|位|名|号人)|\d+\s*[-~到至]\s*\d+\s*(?:个|人|位|名)|(?<![一二两三四五六七八九])十?(?:一两|一二|两三|二三|三四|三五|四五|五六|六七|七八|八九)\s*[个人位名]|(?:十|几十|\d+)\s*(?:来|几|多)\s*(?:个|人|位|号人)|几\s*(?:个|位)\s*人|(?<![\d])几个(?:人|同事|客户)/;
// Any other "N个/N位/N名" is a part too ("部门经理8个 加上财务2个", "2个面试官加1个候选人",
// "20个左右"), unless it counts something else (两个小时, 3个屏幕).
const ANY_PART_RE = new RegExp(`(?<![\\d.:\\-~到至])${N}\\s*(?:个|位|名)(?!小时|季度|季|年|会|例会|项目|地方|时间|电话|review|meeting|钟|多小时|月|星期|礼拜|工作日|半|屏|话筒|麦|无线|有线|投影|桌|椅|房|会议室|插|接口|座|楼|单元|号|点|周|天|晚上|上午|下午|问题|事)`, 'gi');
// "我和2个同事": the speaker counts too.
const WITH_ME_RE = new RegExp(`(?:我|本人)\\s*(?:和|跟|带|加|带着)\\s*(?:同事|客户|朋友|家人|领导|同学|嘉宾)?\\s*${N}\\s*(?:个|位|名)|\\bme\\s+(?:and|plus|with|加)\\s*${N}\\s+[a-z]`, 'i');
// "就我们俩", "我们俩人"
const PAIR_RE = /(?:我们|咱们|咱|我俩|他们)俩|俩人|两口子/;
const TOTAL_RE = new RegExp(`(?:一共|总共|共|合计|总计)\\s*${N}\\s*(?:个人|个|人|位|名)|(?:人数|参会人数|与会人数|人员)\\s*[:：]?\\s*(?:约|大概)?\\s*${N}(?![\\d:点])`);

function num(raw: string): number | undefined {
  const n = parseNum(raw);
  return n !== undefined && n > 0 && n < 1000 ? n : undefined;
}

export function extractAttendees(text: string): number | undefined {
  // 仨 is three people ("仨人", "就我们仨").
  // 俩 is two ("我们俩+客户三个" is 5); a '+' joins parts.
  const said = normalizeText(text);
  const s = said.replace(/仨(?=个|人|位)/g, '三').replace(/仨/g, '三个')
    .replace(/(?<=我们|咱们|他们|我|咱|加|再加|还有)俩(?!个|人|位)/g, '两个').replace(/\+/g, ' 加 ');
  const total = TOTAL_RE.exec(s);
  if (total) return num(total[1] ?? total[2]);
  // A range or vague count anywhere makes the count unstated, even if a part is exact.
  if (VAGUE_RE.test(s)) return undefined;
  const spans: { index: number; len: number; n: number }[] = [];
  const withMe = WITH_ME_RE.exec(s);
  for (const re of [PART_RE, COUNT_RE, ANY_PART_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const n = num(m[1]);
      if (n === undefined) continue;
      // "一个" is mostly an article ("开一个季度会"); one person is said as 一个人.
      if (re === ANY_PART_RE && m[1] === '一') continue;
      // Skip a number already counted by an overlapping match (我们3个人 matches both).
      const numIndex = m.index + m[0].indexOf(m[1]);
      if (spans.some((sp) => numIndex >= sp.index && numIndex < sp.index + sp.len)) continue;
      spans.push({ index: numIndex, len: m[1].length, n });
    }
  }
  // Just the owner ("就我一个", "就我自己").
  if (!spans.length && /(?:就|只有|只是)我(?:一个人?|自己)|就我自己|我一个人(?!在家)/.test(said)) return 1;
  if (!spans.length) return PAIR_RE.test(said) ? 2 : undefined;
  return spans.reduce((sum, sp) => sum + sp.n, 0) + (withMe ? 1 : 0);
}
