// Emergencies must practically never be missed, so a hazard phrase decides the intent
// whatever the model says. TAXONOMY is just as clear about what is NOT one: negated
// hazards (masked in rules.ts), drips, one dead socket, a lift button, a planned cut,
// and a hazard that is only talked about: over already (误报, 已经救出来了), in the past
// (上周报的电梯困人那个事), hypothetical (万一着火, 停电的话) or a drill (消防演习).
// Such a mention is judged per clause, so "电梯困人了 人还在里面" still fires.

export type EmergencyKind = 'fire' | 'flood' | 'elevator' | 'gas' | 'power_outage' | 'security';

// Checked in this order; the first kind with a current mention wins.
const RULES: [EmergencyKind, RegExp][] = [
  ['gas', /煤气味|燃气味|天然气味|液化气味|(?:煤气|燃气|天然气|液化气)(?:的)?(?:味道|气味)|(?:煤气|燃气|天然气)(?:泄漏|外泄)|漏(?:煤气|燃气|天然气|液化气)|(?:煤气|燃气|液化气|天然气)(?:罐|管道?|表|阀门?|灶)?.{0,10}(?:漏(?![费交缴])|嘶嘶|呲呲|滋滋)|(?:像|好像|像是|是不是)\S{0,2}(?:煤气|燃气|天然气|液化气)(?!费|灶|表|公司|开户|卡)|(?:燃气|煤气)报警器.{0,6}(?:响|叫)|(?<![胎球轮车垫暖])漏气(?!费)|一股气味.{0,4}煤气|(?:闻到|闻着).{0,6}(?:煤气|燃气|液化气|天然气)|gas\s*(?:leak|smell)|smell(?:s|ing)?\s*(?:of\s*)?gas/i],
  ['fire', /(?<![不没])着火|起火|失火|火灾|自燃|烧起来|(?<![不没])烧着了|冒烟|冒黑烟|浓烟|全是烟|好多烟|一股烟|(?<!油)烟(?:雾)?(?:很|好|太|特别|超|非常)(?:大|浓)|(?:好|很|太|特别|超|这么)大的烟|火(?:势|光)|火(?:很|好|太|特别|非常)大|烟雾|烟感.{0,6}(?:响|叫|报警)|smoke|火警|火苗.{0,2}(?:窜|蹿|冒|很大|好大)|明火|烧焦味|焦糊味|(?:消防|火灾)报警.{0,4}(?:响|叫)|fire(?!wall)/i],
  ['elevator', /(?:困|关|卡|锁)\s*在\s*(?:电梯|货梯|客梯|轿厢)|(?:电梯|货梯|客梯|轿厢)(?!门|按钮|按键|显示|屏)[^，。,.!?！？]{0,12}?(?:困人|困住|被困|关在里面|把人关|人关|人在里面|里面有人|里面.{0,2}人在|卡住了|卡住|卡在|停在半[路空]|停在.{0,4}中间|停在.{0,5}不走|不动了|停住|停了|急停|坠|掉下|往下掉|下坠|冲顶|蹲底|不走了|门打不开.{0,8}(?:人|里面))|停梯|被困.{0,4}电梯|电梯.{0,6}出不来|(?:lift|elevator).{0,10}(?:stuck|trapped)/i],
  ['flood', /水管.{0,3}(?:爆|裂(?!了?(?:个|一?条|一?道)?小?(?:缝|纹|口子))|炸|崩)|爆管|管子.{0,2}(?:爆|崩)|管道.{0,2}爆|爆水管|跑水|水漫|漫水|漫金山|淹了|被淹|水淹|淹水|泡水|进水了|水浸|瀑布|成河|成了河|灌水|倒灌|往(?:外|下|屋里|家里)(?:涌|灌)|水(?:一直|不停|还在|大量)(?:往外|往下)?(?:冒|涌|淌)|水.{0,4}(?:往外喷|喷出来|一直喷|哗哗|止不住|关不住|没过)|哗哗.{0,4}(?:流|漏|往下)|天花板.{0,6}(?:往下流|像下雨|跟下雨|灌水)|(?:流|漫)到(?:走廊|楼道|楼下|客厅|卧室)|满屋子?(?:都是|全是)水|地上全是水|发大水|flood/i],
  ['power_outage', /(?:整栋|整幢|整层|全楼|全小区|全单元|这栋|这幢|我们楼|楼里|整个(?:楼|大楼|楼栋|单元|小区|楼层|写字楼|大厦|商场|园区|家|屋子?|办公室|公司))[^，。,.!?！？\s]{0,6}?(?:停电|没电|断电|全黑|黑了|黑灯)|(?:楼|单元|小区|大厦|写字楼|商场|园区)(?:里|都|全)?(?:全黑|全部没电|都没电|全没电)|全部没电|一点电都没有|全(?:屋|家|楼|层|部)\s*(?:都)?(?:没电|断电|停电|黑)|(?:家里|屋里|全家|整个家|楼里|办公室|公司|全屋|家)\S{0,4}(?:都|全)?没电了|停电了|突然停电|断电了|掉闸|(?:跳闸|总闸|电闸|空开).{0,8}(?:合不上|推不上|拉不上|合不回|推不回|上不去|合不了)|power\s*(?:outage|cut)|blackout/i],
  ['security', /撬[^，。,.!?！？\s]{0,3}(?:门|锁|窗|开)|尾随|一直跟着我|有贼|进贼|(?:翻|爬|闯)(?:窗)?进(?:了)?(?:我家|隔壁|邻居家?|别人家|屋里|家里|楼里|单元)|(?:有人|人|小偷|贼|男的|女的|陌生人)\S{0,6}(?:翻|爬|闯|钻)(?:窗户?|墙|阳台)?(?:进|进去|进来)|(?:从|顺着)\S{0,6}(?:窗户?|阳台|墙|管道)\S{0,2}(?:爬|翻|钻)(?:进|了进)|被撬|有人撬|小偷|入室(?:盗|偷|抢)|有人入室|盗窃|正在偷|在偷东西|偷东西|打架|斗殴|打人(?!工)|打起来|动刀|持刀|拿刀|拿着刀|砍人|见血|流血|醉汉|喝醉|醉鬼|酒鬼|发酒疯|酒疯|砸车|砸门|踹门|踢门|抢劫|抢包|抢(?:了)?(?:我|他|她|人)?的?(?:包|手机|钱包?|项链|金链|首饰)|被抢(?!购|光|先|占)|非礼|耍流氓|跟踪|可疑的人|可疑人员|(?:有人|陌生|男的|女的)\S{0,10}(?:拧|掰|试)\S{0,3}门把|陌生.{0,12}(?:闯|撬|翻|跟|转悠|徘徊)|翻墙进|闯进|报警吧|快报警|thief|break-?in/i],
];

// Hazard concepts rather than phrases: an object and a state of it close together. These catch
// wordings the phrase lists above have not seen ("电梯里关了个小孩", "电梯把我关里面",
// "电梯掉了两层", "alarm一直在响 … 烟味", "互砸 打得头破血流", "门锁被人撬了").
const NEAR = '[^，。,.!?！？；;]{0,10}?';
const CONCEPTS: [EmergencyKind, RegExp][] = [
  ['elevator', new RegExp(`(?:电梯|货梯|客梯|轿厢)${NEAR}(?:(?:关|困|锁)(?:(?:了|住|着)?(?:人|我|小孩|孩子|老人|宝宝)|(?:了|住|着)(?:个|一个|几个|两个))|把(?:我|人|孩子|小孩|老人|我们)(?:给)?(?:关|困|锁)|(?:掉|坠|滑)了?(?:一截|一层|两层|几层|好几层|下去)|(?:我|人|孩子|小孩|老人|我们)\S{0,3}出不来)`)],
  ['fire', /(?:alarm|警报|报警器|报警铃)[^，。,.!?！？]{0,6}(?:响|叫|鸣)(?=.*(?:烟|焦|糊|火))|(?:烟|焦|糊|火).*(?:alarm|警报|报警器|报警铃)[^，。,.!?！？]{0,6}(?:响|叫|鸣)/],
  ['security', /头破血流|打(?:得|成)\S{0,4}(?:血|伤|住院)|互(?:砸|殴|砍|捅)|(?:拿|持|抡|举)着?(?:刀|棍子?|棒子?|酒瓶子?|砖头?|铁棍)|(?:门|锁|窗)\S{0,3}被(?:人)?撬|(?:人|小偷|贼)(?:可能)?还没走/],
];

// A question about a planned cut or a notice is a consult, not an outage.
const PLANNED_CUT_RE = /(?:要|会|将|是否|是不是|会不会|通知|计划|预计|明天|今晚|几点)\S{0,3}(?:停电|断电|停水)|停电(?:检修|通知|计划)|几点(?:来电|恢复)(?!.{0,6}(?:黑|急))/;
// "停电了" with a bill in view is a prepaid meter running out (fee), not an outage.
const PREPAID_RE = /电费|欠费|余额|充值/;

// Within the clause of the mention: hypothetical, a drill, a false alarm, advice.
const NOT_NOW_RE = /万一|如果|要是|假如|假设|的话|一旦|以防|防止|预防|怕(?:进|有|被|会)|演习|演练|误报|虚惊|应该(?:往|怎么|怎样)|往哪(?:跑|逃|走|撤)|逃生|怎么(?:测试|检测|预防|防范|逃)|注意(?:什么|事项)/;
// Within the clause: a past incident or an earlier report, unless the message says it is still going on.
const PAST_RE = /听说|上周|上礼拜|上星期|上次|上回|上个月|去年|前几天|以前|(?:报|报修|反映|投诉|说)(?:的|过的)\S{0,10}(?:事|那个|那件|单子|工单)|(?:昨天|昨晚|前天|那天)\S{0,12}(?:那家|那户|那次|那个|怎么样|结果|原因|看过)/;
const STILL_RE = /还在|正在|越来越|现在还|仍然|又开始|快来|快点|赶紧|救命|急/;
// In the clause of the mention or any later one: it is over.
const RESOLVED_RE = /已经(?:救出|恢复|没事|来电)|救出来了|恢复了|恢复正常|现在正常|(?:又|就)好了|没事了|现在没事|又(?:动|能用|能走|正常)了|来电了|不用来了|止住了|关住了/;

const CLAUSE_BREAK = /[，。,.!?！？；;\s]/;

function clauseAround(s: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(s[from - 1])) from--;
  let to = end;
  while (to < s.length && !CLAUSE_BREAK.test(s[to])) to++;
  return { from, to };
}

/** Whether a hazard mentioned at [start, end) is happening now (see the header). */
// A fire that is out is over; "里面灯都灭了" said of a stopped lift is not.
const FIRE_OUT_RE = /已经(?:灭|扑灭)|(?<![没灯])灭了/;

export function isCurrent(s: string, start: number, end: number, kind?: EmergencyKind): boolean {
  const { from, to } = clauseAround(s, start, end);
  const clause = s.slice(from, to);
  if (NOT_NOW_RE.test(clause)) return false;
  if (PAST_RE.test(clause) && !STILL_RE.test(s)) return false;
  const rest = s.slice(from);
  return !RESOLVED_RE.test(rest) && !((kind === undefined || kind === 'fire') && FIRE_OUT_RE.test(rest));
}

export interface EmergencyHit { kind: EmergencyKind; match: string }

const GLOBAL_RULES: [EmergencyKind, RegExp][] = [...RULES, ...CONCEPTS].map(([k, re]) => [k, new RegExp(re.source, re.flags + 'g')]);

/** A current hazard in (already normalized, negation-masked) text, or null. */
export function detectEmergency(masked: string): EmergencyHit | null {
  const planned = PLANNED_CUT_RE.test(masked);
  const hits: EmergencyHit[] = [];
  for (const [kind, re] of GLOBAL_RULES) {
    if (kind === 'power_outage' && (planned || PREPAID_RE.test(masked))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      if (isCurrent(masked, m.index, m.index + m[0].length, kind)) { hits.push({ kind, match: m[0] }); break; }
    }
  }
  // A lift that stopped because the building lost power is the outage ("整栋没电 电梯也停了"),
  // unless people are inside it.
  const lift = hits.find((h) => h.kind === 'elevator');
  const outage = hits.find((h) => h.kind === 'power_outage');
  if (lift && outage && !/困|人|关/.test(lift.match)) return outage;
  return hits[0] ?? null;
}

// When no rule fired, the model alone may read an emergency only if the message names
// something hazardous at all ("股市崩了 救命" and "道闸抬不起来" do not) or is nothing but
// a call for help, and does not talk about it as over, past or hypothetical.
const HAZARD_VOCAB_RE = /火|烟|焦|糊味|烧|炸|爆|燃气|煤气|天然气|液化气|气味|味道|漏气|水|淹|泡|漫|涌|灌|喷|电梯|货梯|困|关在|卡在|没电|停电|断电|黑|电闸|总闸|空开|偷|抢|撬|盗|贼|打架|打人(?!工)|打起来|砸|刀|血|醉|酒|跟踪|跟着|陌生|可疑|闯|翻|爬|踹|闹事|推搡|威胁|fire|smoke|gas|flood|stuck|trapped|thief/i;
const CALL_FOR_HELP_RE = /救命|快来人|来人|出大事了?|出事了|紧急情况|紧急|急急急|help|快派人|赶紧|过来|快|啊|了|呀|吧|[!！?？\s]/gi;

export function mayBeEmergency(masked: string): boolean {
  if (!isCurrent(masked, 0, masked.length)) return false;
  if (HAZARD_VOCAB_RE.test(masked)) return true;
  return masked.replace(CALL_FOR_HELP_RE, '').length <= 1;
}
