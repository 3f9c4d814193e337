// Which fee the owner means (TAXONOMY `fee_type`). "Everything I owe" beats a single
// fee; parking words beat 管理费 (车位管理费 is a parking fee).
import { normalizeText } from '../normalize';

const ALL_RE = /欠的(?:全|都)|(?:啥|什么|哪样)费都算|都算上|(?:都|还)?有(?:啥|什么|哪些)没交|哪些(?:费)?没交|所有|全部|一共|总共|总额|哪些费|什么费|费.{0,3}哪些|一起|加起来|一次性|都交了?吗|全都|总计|合计|所欠|欠的钱|欠(?:你们|物业)多少钱?|欠费(?:总额|明细|清单)|总账|\ball\b/i;
const TYPES: [string, RegExp][] = [
  ['parking', /停车|车位|临停|月租车|车费|月卡续费|parking/i],
  ['electricity', /电费|电表|用电|电量|电卡|充电费|购电|买电|电(?:卡|表)?\S{0,2}(?:咋|怎么|怎样|在哪|哪里|去哪)\S{0,2}充(?!电)|electric|power bill/i],
  ['water', /水费|水表|用水|吨水|water/i],
  ['property', /物业费|管理费|物业管理|物管费|物业服务费|property fee|management fee/i],
];

// Fees outside TAXONOMY's values (加班空调费, 取暖费, 装修押金): not one of them, not "all".
const OTHER_FEE_RE = /(?:空调|加班|取暖|暖气|垃圾|清运|装修|维修基金|公摊|网|会议室|场地|开锁|保洁|服务)费|押金/;

export function extractFeeType(text: string): string | undefined {
  const s0 = normalizeText(text);
  // 水电费 (and 水电 in a list of fees) names two fees: water and electricity.
  const s = s0.replace(/水电(?:费)?(?![工路站梯])/g, '水费电费');
  const found = TYPES.map(([t, re]) => ({ t, m: re.exec(s) })).filter((f) => f.m);
  const hits = found.map((f) => f.t);
  if (!hits.length && OTHER_FEE_RE.test(s)) return undefined;
  // One named fee stays that fee even with 一共/所有 ("车位费今年一共交了多少").
  if (hits.length === 1) return hits[0];
  if (ALL_RE.test(s) || hits.length >= 3) return 'all';
  // Two named fees without "all" (水电费多少): neither value is what was asked.
  if (hits.length === 2 && /水电费/.test(s0)) return undefined;
  // Two fees, one of them asked about ("物业费欠不欠 顺便问问停车月卡怎么办理"): that one.
  if (hits.length === 2) {
    const asked = found.filter(({ m }) => ASKED_RE.test(s.slice(m!.index + m![0].length, m!.index + m![0].length + 8)));
    if (asked.length === 1) return asked[0].t;
  }
  return hits[0];
}

const ASKED_RE = /^\S{0,3}(?:欠|多少|交|缴|查|账单|余额|明细|还剩|到期|续费|怎么付|扣)/;
