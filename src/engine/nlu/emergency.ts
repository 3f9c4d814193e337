// Emergencies must practically never be missed, so a hazard phrase decides the intent
// whatever the model says. TAXONOMY is just as clear about what is NOT one: negated
// hazards (masked in rules.ts), drips, one dead socket, a lift button, a planned cut,
// and a hazard that is only talked about: over already (误报, 已经救出来了), in the past
// (上周报的电梯困人那个事), hypothetical (万一着火, 停电的话) or a drill (消防演习).
// Such a mention is judged per clause, so "电梯困人了 人还在里面" still fires. The hazard phrases and
// concepts themselves are in hazards.ts; this module judges a mention and holds the excuses.

import { CONCEPTS, RULES, type EmergencyKind } from './hazards';

export { KIND_SLOT_VALUES, type EmergencyKind } from './hazards';

// A question about a planned cut or a notice is a consult, not an outage.
const PLANNED_CUT_RE = /(?<!有|没|没有|未|也没|都没)(?:要|会|将|会不会|通知|计划|预计|明天|今晚|几点)\S{0,3}(?:停电|断电|停水)|(?<!没(?:收到|看到|接到|见到|有|人)?\S{0,2})停电(?:检修|通知|计划)|几点(?:来电|恢复)(?!.{0,6}(?:黑|急))/;
// "停电了" with a bill in view is a prepaid meter running out (fee), not an outage.
const PREPAID_RE = /^(?![^]*(?:没欠|不欠|不是欠费|交过了|充过了|(?:电费|钱)(?:也|都)?(?:交|充)了|还有钱|有钱|有余额|余额还有|刚充))[^]*(?:电费|欠费|余额|充值|电卡|没钱了|去哪充|怎么充|在哪充)/;
// ... unless a whole building or area is dark, which no meter explains.
const WIDE_SCOPE_RE = /整栋|整幢|全楼|整个楼|整层|全小区|整个小区|这片|整片|几栋|单元都|楼里都/;

// Within the clause of the mention: hypothetical, a drill, a false alarm, advice.
const NOT_NOW_RE = new RegExp([
  '(?:跟|像)\\S{0,2}(?:煤气|燃气|天然气)(?:泄漏|漏了?)?\\S{0,2}(?:似的|一样)|(?:跟|像)\\S{0,2}(?:停电|断电|没电)(?:了)?\\S{0,2}(?:似的|一样)|(?:跟|像)\\S{0,3}(?:打架|打人|动手|吵架)\\S{0,2}(?:似的|一样)|(?:跟|像)\\S{0,2}(?:着火|失火|火灾)(?:了)?\\S{0,2}(?:似的|一样)|以为|还当是|万一|如果|哪天|迟早|早晚|总有一天|算谁的|应该\\S{0,2}(?:走|坐|做|先|用)|走楼梯还是|还是(?:坐|走)电梯|要是|假如|假设|的话|一旦|以防|防止|预防|怕(?:进|有|被|会|着|起|失)|(?<!是不是)(?:演习|演练)(?![吗么呢]|还是)|误报|虚惊|应该(?:往|怎么|怎样)|往哪(?:跑|逃|走|撤)|逃生|怎么(?:测试|检测|预防|防范|逃|自救)|注意(?:什么|事项)',
  // a question about what might happen or what to do then ("会不会被淹", "发生火灾时能坐电梯吗")
  '会不会(?!是)|会被|(?<!什么|啥|哪个?)(?:时|的时候)\\S{0,2}(?:能|可以|要不要|该|怎么|应该|咋)',
  // planned or routine work ("要停梯多久", "年检")
  '(?:要|会|将|计划|预计)\\S{0,2}停(?:梯|电|水)|年检|是在(?:维保|检修|保养|测试|调试)',
  // a figure of speech or a story ("热得要着火了", "真着火了消防车都进不来", "火灾纪录片")
  '真(?:要|有)?(?:着火|起火|失火|出事|火灾|火情|进贼|来贼|有贼|有小偷|被偷|打起来|停电|漏水|爆管|困人)|(?:热|急|气|渴|馋|饿|累|忙|燥)得\\S{0,3}(?:着火|冒烟|冒火|起火)|(?:跟|像)\\S{0,2}(?:警报|报警|火警)(?:声)?\\S{0,2}(?:似的|一样)|是真的吗|是不是真的|回访|打个?分|评分|评个?价|纪录片|电影|电视剧|电视里|电视上|剧里|新闻里|新闻(?:说|上|报道)|报道说|网上(?:说|看到|传)|朋友圈(?:说|看到|里)|热搜|抖音上|视频里|直播里|小说|游戏里|做梦|梦见|梦到',
].join('|'));
// Within the clause: a past incident or an earlier report, unless the message says it is still going on.
const PAST_RE = new RegExp([
  '(?:跑水|漏水|着火|起火|失火|停电|断电|爆管|淹|水浸|浸水|困人|被撬|进贼)(?:了|过)?(?:以后|之后|过后)|(?:火灾|大火|水灾|那场火)(?:里|中|后)|那几天|那阵子|那段时间|那会儿|那(?:一)?个月|那(?:一)?周|听说|上周|上礼拜|上星期|上次|上回|那次|那回|上个月|去年|前几天|前两天|大前天|前天|昨天|昨晚|以前(?!\\S{0,8}(?:那种|一样|似的))|之前|曾经',
  // done before ("被撬过"), or asking what the check found ("查出来是哪家漏的没")
  '(?:撬|偷|困|淹|浸|烧|漏|停|打)过(?!来|去)|查(?:出来|清楚|明白)|什么原因|啥原因',
  // an earlier report or "the matter of" ("昨天报的燃气泄漏", "打架的事你们处理了吗")
  '(?:报|报修|反映|投诉)(?:的|过的)|(?:报|报修|反映|投诉|说)(?:的|过的)\\S{0,10}(?:事|那个|那件|单子|工单)|的事(?:情)?\\S{0,4}(?:处理|解决|怎么样|有结果|查)|(?<!分钟|刚才|刚刚)的事(?:情)?$',
  '(?:那天)\\S{0,12}(?:那家|那户|那次|那个|怎么样|结果|原因|看过)|那(?:件|个)?事\\S{0,4}(?:处理|解决|怎么样|有结果|查)',
].join('|'));
const STILL_RE = /还在|正在|越来越(?![长宽黄黑]|明显)|现在还(?!没(?:人|补|弄|赔|处理|解决|回复|说法|消息|动静|下文|结果|给)|能|可以|敢|会|要|用|让|许|准|安全|有没有|心慌|害怕|后怕|怕|不敢|吓|做噩梦)|现在又|到现在(?!\S{0,2}(?:都|也|还)?(?:没个?说法|没个?交代|没结果|没下文|没人|无险|没修|没补|没弄|没赔|没人管|没处理|没解决|没消息|没回|没动静|没来|没给|心慌|害怕|后怕|怕|不敢|吓|做噩梦))|一直(?:在|没)|从\\S{0,4}(?:开始|起)(?!\\S{0,2}(?:就|已经)?(?:好了|正常))|仍然|又开始|快来|快点|赶紧|救命|(?<!不是?|不太|没那么|别|不着)急/;
// In the clause of the mention or any later one: it is over.
const RESOLVED_RE = /已经(?:救出|恢复|没事|来电|修好)|才(?:有人|有保安|有师傅)?来(?:人)?|终于(?:有人|来人|来了)|(?:已经)?(?:拖|擦|吸|清理|收拾)(?:干净?|好|完)了|后来\S{0,3}修好了|(?:派出所|警察|民警|消防队?|110|119)(?:已经|都)?(?:来过|处理过|处理完|走了)|(?:检查|查看|看)(?:完|过)\S{0,6}没(?:问题|事)|没问题了|救出来了|恢复了|恢复正常|现在正常|(?:又|就)好了|没事了|现在没事|又(?:动|能用|能走|正常)了|来电了|不用来了|止住了|关住了|停了一(?:会儿?|下|阵)|卡了一下/;
// An alarm alone is not a fire when the owner says there is no smoke or asks whether the
// device is faulty ("烟感一直滴滴叫 家里没烟 是不是坏了").
const ALARM_ONLY_RE = /^[^烟火焦糊]*(?:烟感|报警器|警报|报警|alarm)[^烟火焦糊]*$/;
// Smoke or a burning smell alone, from a barbecue, cooking, cigarettes or incense, is a nuisance.
const SMOKE_ONLY_RE = /^[^火燃着]*[烟焦糊煳][^火燃着]*$/;
const SMOKE_SOURCE_RE = /烧烤|撸串|抽烟|吸烟|抽着烟|烟头|烧纸|烧香|上香|油烟|蚊香|烟花|鞭炮|(?<!没|没有|没在|不是)(?:做饭|炒菜)|熏肉|腊肉|烤焦|烤糊|烤面包|排烟|烟囱|煤烟/;
const ALARM_FAULT_RE = /(?:应该|可能|估计|大概)(?:是)?没电|隔一会|叫一声|无险|是不是坏了|坏了吗|是不是没电|换电池|电池|老是|总是|经常|每次|黄灯|传感器|到期|过期|故障灯|说明书/;
// Power cut in part of the home only ("别的房间都有电").
const PARTIAL_POWER_RE = /(?:别的|其他|其它|另外的?)(?:房间|屋|地方|插座|灯)\S{0,2}(?:都)?(?:有电|正常|能用|亮|好好的|没问题|没事)/;

const PATROL_ASK_RE = /多巡逻|多巡查|加强(?:巡逻|巡查|管理|安保|防范)|增加巡逻|安排巡逻|多转转/;

const CLAUSE_BREAK = /[，。,.!?！？；;\s]/;

function clauseAround(s: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(s[from - 1])) from--;
  let to = end;
  while (to < s.length && !CLAUSE_BREAK.test(s[to])) to++;
  return { from, to };
}

// Damage left behind ("吊顶泡出黄印子 现在还往下掉渣") is not the hazard still going on.
const AFTERMATH_RE = /印子|水印|水渍|发霉|霉斑|起皮|掉渣|鼓包|泡坏|泡出|裂缝|渗|一小块|一顿一顿|咯噔/;
const STILL_G = new RegExp(STILL_RE.source, 'g');

function stillGoingOn(s: string): boolean {
  STILL_G.lastIndex = 0;
  for (let m = STILL_G.exec(s); m; m = STILL_G.exec(s)) {
    const { from, to } = clauseAround(s, m.index, m.index + m[0].length);
    if (!AFTERMATH_RE.test(s.slice(from, to))) return true;
  }
  return false;
}

/** Whether a hazard mentioned at [start, end) is happening now (see the header). */
// A fire that is out is over; "里面灯都灭了" said of a stopped lift is not.
const FIRE_OUT_RE = /已经(?:灭|扑灭)|扑灭了|(?:火|明火|火苗|火势)\S{0,4}(?:灭了|熄了|灭掉了)|(?<!灯\S{0,2}|没)灭了/;

// People out of a lift ends the emergency; people out of a home full of gas or smoke do not.
const PEOPLE_OUT_RE = /(?:人|孩子|小孩|老人|我爸|我妈)(?:已经|都|也)?(?:被)?(?:救|放|弄|拉)?出来了/;

export function isCurrent(s: string, start: number, end: number, kind?: EmergencyKind): boolean {
  const { from, to } = clauseAround(s, start, end);
  const clause = s.slice(from, to);
  if (NOT_NOW_RE.test(clause)) return false;
  if (PAST_RE.test(clause) && !stillGoingOn(s)) return false;
  const rest = s.slice(from);
  const liftOnly = kind === 'elevator' || (kind === undefined && /梯|困|关在|卡在/.test(rest) && !/火|烟|燃气|煤气|天然气|液化气/.test(rest));
  if (liftOnly && PEOPLE_OUT_RE.test(rest)) return false;
  return !RESOLVED_RE.test(rest) && !((kind === undefined || kind === 'fire') && FIRE_OUT_RE.test(rest));
}

// Someone merely hanging about.
const LOITERING_RE = /转悠|徘徊|晃来晃去|转来转去|乱晃|跟着进|跟进来|随便跟|随便进/;

// A nuisance that comes back every day ("楼上每天半夜放水 哗哗的", "有时候还砸门") is a complaint.
const HABITUAL_RE = /老(?=[跳响坏停卡漏])|每天|天天|每晚|每次|经常|老是|总是|老有|常有|总有|时不时|有时候|动不动/;
// Damage found and its cause guessed at ("地板鼓起来了 是不是下面进水了") is a repair.
const DAMAGE_RE = /鼓起来|鼓包|翘起来|翘着|起皮|发霉|霉斑|水印|印子|裂缝|变形/;
const GUESS_RE = /是不是|会不会是|可能是|怀疑|估计是|应该是/;
// A cistern or tap that will not stop is a repair, unless the water spreads.
// (not a fixture named only as a likeness: "像开着水龙头一样", "like a tap turned on")
const FIXTURE_RUNNING_RE = /(?<!(?:像|跟|好像|似|like)[^，。,.]{0,5})(?:马桶|水箱|龙头|花洒)/;
const WATER_SPREAD_RE = /满地|满屋|漫|淹|全是水|都是水|溢出来|流到|流进|灌进|淌水|楼梯间|成河|往外冒|往外流|到处|喷|崩|断|脱开|(?<![费表]\S{0,2})爆|瀑布|门缝|接不过来/;
// A blocked drain backing up the owner's own water is a repair ("下水道堵了 洗个澡满地都是水"),
// unless it backs up from the sewer or spreads beyond the room.
const DRAIN_BLOCKED_RE = /(?:下水道?|地漏|马桶|水槽|洗手池|洗手盆|面盆|洗菜池)\S{0,6}(?:堵|不下水|下不去|不通)/;
const DRAIN_WORSE_RE = /反水|返水|倒灌|往上(?:冒|涌|翻)|往外(?:冒|涌)|涌出|喷|漫|流到|淹|没过|涨|楼下|天花板|爆|溢到|粪|污水|门外|走廊|楼道|车库|地库|排水沟/;

/** A socket or plug that sparks, with nothing alight: a repair ("插座一插电暖器就冒火花 现在不敢用了"). */
function socketSpark(masked: string): boolean {
  return /(?:插座|插头|插排|排插|插线板|开关|电源|插孔)[^]{0,12}(?:火花|打火|冒火星|噼啪)/.test(masked)
    && !/着火|烧起来|起火|烟|火苗|烧着|焦|糊/.test(masked);
}

/** A hazard seen in the news or online, or at another estate ("我朋友那个小区电梯困人了 他们物业不管"). */
function newsFromElsewhere(masked: string): boolean {
  return /新闻|报道|热搜|抖音|视频号|(?:朋友|亲戚|同事|别人|同学)(?:那个|的|家|那)?(?:小区|楼盘|那边)|(?:别的|其他|其它|对面|人家)小区|他们(?:小区|物业)/.test(masked)
    && !/我家|我们(?:楼|小区|单元|这)|咱(?:们)?(?:楼|小区)|楼道|楼下|楼上|隔壁|\d+(?:栋|号楼|座)|快来|救命|快点/.test(masked);
}

/** Hearsay the owner asks us to confirm ("群里有人说B2进水了 是真的吗"); a report relayed from a group chat stays one. */
function rumourAsked(masked: string): boolean {
  return /(?:群里|听人|有人|别人|邻居)\S{0,6}(?:说|传|发)[^]*(?:是真的吗|真的假的|是不是真的)/.test(masked) && !soundsUrgent(masked);
}

/** A blocked drain with the water staying in the room it was used in. */
function drainJustBlocked(masked: string): boolean {
  return DRAIN_BLOCKED_RE.test(masked) && !DRAIN_WORSE_RE.test(masked);
}

/** A cistern or tap that will not stop, with the water going nowhere ("马桶冲完水一直在流 止不住"). */
function fixtureJustRunning(masked: string): boolean {
  return FIXTURE_RUNNING_RE.test(masked) && !WATER_SPREAD_RE.test(masked);
}

/** Damage found and its cause guessed at, with no water spreading and no urgency. */
function damageGuessedAt(masked: string): boolean {
  return DAMAGE_RE.test(masked) && GUESS_RE.test(masked) && !WATER_SPREAD_RE.test(masked) && !soundsUrgent(masked);
}

export interface EmergencyHit { kind: EmergencyKind; match: string }

const GLOBAL_RULES: [EmergencyKind, RegExp][] = [...RULES, ...CONCEPTS].map(([k, re]) => [k, new RegExp(re.source, re.flags + 'g')]);

/** A current hazard in (already normalized, negation-masked) text, or null. */
export function detectEmergency(masked: string): EmergencyHit | null {
  if (newsFromElsewhere(masked) || rumourAsked(masked)) return null;
  const planned = PLANNED_CUT_RE.test(masked);
  const alarmFault = ALARM_FAULT_RE.test(masked);
  const smokeSource = SMOKE_SOURCE_RE.test(masked);
  // A drill that is scheduled or announced ("明天消防演习 警报响了用不用下楼"); owners mostly name
  // one to say it is not ("别跟我说演习", "不像是演习", "是演习吗").
  const drill = /(?:明天|后天|下周|下礼拜|周[一二三四五六日天]|几点|通知|安排|计划)\S{0,8}(?:消防)?(?:演习|演练)|(?:演习|演练)\S{0,4}(?:几点|什么时候|时间|安排|通知说)/.test(masked)
    && !/(?:没|不是|没人|不像)\S{0,8}(?:演习|演练)|是不是\S{0,2}(?:演习|演练)|(?:演习|演练)(?:吗|么|还是|呢)/.test(masked);
  const fixtureRunning = fixtureJustRunning(masked);
  const drainBlocked = drainJustBlocked(masked);
  // Worrying over a gas bill ("燃气费怎么这么多 不会是哪里漏气了吧") with nothing smelt or heard.
  const billWorry = /燃气费|煤气费|气费/.test(masked) && /不会是|会不会|是不是|担心/.test(masked) && !/味|嘶|呲|头晕|恶心|报警器/.test(masked);
  const damageGuess = damageGuessedAt(masked);
  const spark = socketSpark(masked);
  // Asking for more patrols over strangers seen lately is a complaint, unless it is happening now.
  const patrolAsk = PATROL_ASK_RE.test(masked) && !soundsUrgent(masked);
  const prepaid = PREPAID_RE.test(masked) && !WIDE_SCOPE_RE.test(masked);
  // Strangers seen about, in a message about something habitual ("东门老是开着 大半夜有陌生人在楼下转悠"), is a complaint.
  // (the same in a complaint about lax access: "门禁形同虚设 陌生人随便跟着进 … 你们管不管")
  const loiteringOnly = (HABITUAL_RE.test(masked) || /形同虚设|管不管|(?:很|太)不安全|随便(?:进|跟)/.test(masked)) && !STILL_RE.test(masked);
  const hits: EmergencyHit[] = [];
  for (const [kind, re] of GLOBAL_RULES) {
    if (kind === 'power_outage' && (planned || PARTIAL_POWER_RE.test(masked))) continue;
    if (hits.some((h) => h.kind === kind)) continue;
    if (kind === 'security' && patrolAsk) continue;
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      if (alarmFault && ALARM_ONLY_RE.test(m[0].replace(/烟雾?(?:报警器?|探测器?|感应器?|传感器?)|烟感/g, '报警器'))) continue;
      // (a breaker that trips again at once is no meter run dry: "跳闸了 推上去又掉 … 顺便问下电费交了没")
      if (kind === 'power_outage' && prepaid && !/闸|空开|空气开关/.test(m[0])) continue;
      if (kind === 'security' && loiteringOnly && LOITERING_RE.test(m[0])) continue;
      if (kind === 'flood' && (fixtureRunning || drainBlocked)) continue;
      if (kind === 'flood' && damageGuess) continue;
      if (kind === 'gas' && billWorry) continue;
      if (kind === 'fire' && (drill || spark)) continue;
      const { from, to } = clauseAround(masked, m.index, m.index + m[0].length);
      const clause = masked.slice(from, to);
      if (HABITUAL_RE.test(clause) && !STILL_RE.test(clause)) continue;
      if (kind === 'fire' && smokeSource && SMOKE_ONLY_RE.test(m[0])) continue;
      if (isCurrent(masked, m.index, m.index + m[0].length, kind)) { hits.push({ kind, match: m[0] }); break; }
    }
  }
  // A lift that stopped because the building lost power is the outage ("整栋没电 电梯也停了"),
  // unless people are inside it.
  const lift = hits.find((h) => h.kind === 'elevator');
  const outage = hits.find((h) => h.kind === 'power_outage');
  // Someone shut in a lift comes first whatever stopped it ("电梯井进水了 … 里面有个送外卖的小哥", "停电了 我爸在里面").
  const flood = hits.find((h) => h.kind === 'flood');
  if (lift && (outage || flood) && /(?:在|关在|困在|卡在)(?:电梯)?(?:里面|里头|里边)|(?:里面|里头)(?:还)?有|困|关着人|关了人/.test(masked)) return lift;
  if (lift && outage && !/困|人|关|在(?:里面|里头|里边)/.test(lift.match)) return outage;
  // Blood alone is someone hurt, not a crime ("老大爷摔倒了起不来 头在流血").
  const medical = hits.find((h) => h.kind === 'medical');
  const security = hits.find((h) => h.kind === 'security');
  // Someone unwell in a lift that has stopped is the lift ("3号梯突然停了 … 有个同事喘不上气").
  if (medical && !lift && /(?:电梯|货梯|客梯|轿厢|[\dA-Z一二三四五六七八九十]号梯)[^]*(?:停了|停在|卡住|卡在|困|不动|出不来|上不去|下不来)/.test(masked)) return { kind: 'elevator', match: medical.match };
  if (medical && security && /^(?:流血|见血)$/.test(security.match) && !/打架|打人|打起来|打伤|砍|刀|捅|扭打|殴|推搡|砸|抢/.test(masked)) return medical;
  return hits[0] ?? null;
}

// When no rule fired, the model alone may read an emergency only if the message names
// something hazardous at all ("股市崩了 救命" and "道闸抬不起来" do not) or is nothing but
// a call for help, and does not talk about it as over, past or hypothetical.
const HAZARD_VOCAB_RE = /火|烟|焦|糊味|烧|炸|爆|燃气|煤气|天然气|液化气|气味|味道|漏气|水|淹|泡|漫|涌|灌|喷|电梯|货梯|困|关在|卡在|没电|停电|断电|黑|电闸|总闸|空开|偷|抢(?!购|票|红包|单|课|位|先)|撬|盗|贼|打架|打人(?!工)|打起来|砸|刀|血|醉|酒|跟踪|跟着|陌生|可疑|闯|翻|爬|踹|闹事|推搡|威胁|fire|smoke|gas|flood|stuck|trapped|thief/i;
const CALL_FOR_HELP_RE = /救命|快来人|来人|出大事了?|出事了|紧急情况|紧急|急急急|help|快派人|赶紧|过来|快|啊|了|呀|吧|[!！?？\s]/gi;

// A fault that keeps coming back or is merely slow is a repair ("电闸老跳 推上去过一会又跳了",
// "电梯门关得慢"), unless the owner says it is urgent.
const CHRONIC_RE = /老是|总是|经常|时不时|动不动|天天|老(?=[跳响坏停卡漏])|(?:关|开|走|跑)得(?:很|特别|太)?慢/;

// Someone planning an improvement or saying they will reply later is in no danger
// ("屋里太黑了 想多装个灯", "我在电梯里面 信号不好 一会回你").
const ORDINARY_RE = /(?:有人|在)(?:抽烟|吸烟)|想(?:多|再)?(?:装|加|换|买|弄|改)|打算|准备(?:装|换|加)|建议|一会儿?(?:回|再|说|聊)|待会儿?(?:回|再|说|聊)|回头(?:再)?(?:说|聊)|信号不好/;

/** The owner says it is urgent or going on now ("快来", "救命", "还在"). */
export function soundsUrgent(masked: string): boolean {
  return STILL_RE.test(masked) || /[!！]{2,}|help|紧急|出事/i.test(masked);
}

export function mayBeEmergency(masked: string): boolean {
  if (!isCurrent(masked, 0, masked.length)) return false;
  if (ORDINARY_RE.test(masked) && !soundsUrgent(masked)) return false;
  // A few lights out is a repair ("停车场有几盏灯不着 好黑"), not an outage.
  if (/(?:几|一|两|有的|部分|个别|那一?|这一?)(?:盏|个|排|串|路)灯/.test(masked) && !/停电|没电|断电|全黑|都黑/.test(masked) && !soundsUrgent(masked)) return false;
  // Dirt is a complaint ("电梯轿厢里全是手印子 地上还有痰").
  if (/痰|手印|脏兮兮|好脏|太脏|没擦|没打扫|没人打扫|拉屎|撒尿|狗屎|便便|粑粑|呕吐物|吐了一地/.test(masked) && !/醉|喝多|酒鬼|酒瓶|酒疯/.test(masked) && !soundsUrgent(masked)) return false;
  // A smell from the sewer, a floor drain or the bins is a nuisance, not gas ("下水道一股臭鸡蛋味").
  if (/下水道|地漏|化粪池|马桶|垃圾|污水/.test(masked) && /味|臭/.test(masked) && !/煤气|燃气|天然气|液化气|头晕|晕倒/.test(masked)) return false;
  if (CHRONIC_RE.test(masked) && !STILL_RE.test(masked)) return false;
  if (damageGuessedAt(masked)) return false;
  // The same excuses as the rules: a running cistern or tap, damage with a guessed cause.
  if (fixtureJustRunning(masked) || drainJustBlocked(masked) || socketSpark(masked) || newsFromElsewhere(masked) || rumourAsked(masked)) return false;
  // A neighbour throwing or pouring water out is a complaint ("楼上往阳台外边泼水 下边全冻成冰了").
  if (/(?:泼|倒|浇|甩)水/.test(masked) && /楼上|邻居|对门|隔壁|那户|那家/.test(masked) && !/淹|漫|涌|爆|灌|喷|成河|天花板/.test(masked)) return false;
  // A musty smell or mould is a complaint or a repair ("电梯地毯发霉 好大一股霉味").
  if (/霉/.test(masked) && !/火|烟|燃气|煤气|天然气|困|爆|淹|涌|喷|灌/.test(masked)) return false;
  // Building work shaking the walls is a renovation complaint ("楼下是不是在砸墙 整栋楼都在震").
  if (/砸墙|拆墙|装修|电钻|电锤|施工|打孔/.test(masked) && !/火|烟|水|燃气|煤气|困|血|打人|刀|塌/.test(masked)) return false;
  // A prepaid meter run dry or a planned cut is no hazard ("电费用完了 停电了 在哪充").
  let text = PREPAID_RE.test(masked) || PLANNED_CUT_RE.test(masked) ? masked.replace(/停电|没电|断电|黑/g, '') : masked;
  // The same excuses as the rules: a faulty alarm, smoke from cooking or a barbecue.
  if (ALARM_FAULT_RE.test(text)) text = text.replace(/(?:燃气|煤气|烟感|消防)?(?:报警器|警报|报警)|没电|响|叫/g, '');
  if (SMOKE_SOURCE_RE.test(text) && !/火|燃|着了/.test(text)) text = text.replace(/烟|焦|糊|烧|熏|呛/g, '');
  // A stove burning badly is a repair ("火苗是黄的不是蓝的 锅底都烧黑了").
  if (/(?:火苗|火焰|火)\S{0,2}(?:是|发|变)?(?:黄|红)(?:的|色)|火(?:很|太|特别)?小|打不着火/.test(masked) && !/着火|起火|烟|燃气味|煤气味|天然气味|烧起来|窜/.test(masked)) return false;
  // A screen gone dark is a fault, not darkness ("快递柜屏幕黑了 取件码输不进去").
  text = text.replace(/(?:屏幕|显示屏|屏|电视|电脑|显示器)\S{0,2}黑(?:了|屏)?|黑屏/g, '');
  if (HAZARD_VOCAB_RE.test(text)) return true;
  return masked.replace(CALL_FOR_HELP_RE, '').length <= 1;
}
