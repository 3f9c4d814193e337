// Deterministic rules where rules are right. Emergencies must practically never be
// missed, so a hazard phrase decides the intent whatever the model says; but TAXONOMY's
// boundaries are explicit that negated hazards (没冒烟, 没有煤气味), drips, one dead
// socket, a lift button or a planned power cut are NOT emergencies.

export type EmergencyKind = 'fire' | 'flood' | 'elevator' | 'gas' | 'power_outage' | 'security';

// A hazard word right after a negation is masked before anything reads it, so neither
// the rules nor the model see "冒烟" in "没冒烟".
const NEGATED_RE = /(?:没有|没|无|不是|并不是|未|不像是?|不再)\s*(?:闻到|看到|发现|什么|任何|明显的?|一点)?\s*(冒烟|烟味|有烟|烟|煤气味|燃气味|天然气味|煤气|燃气|漏气|着火|起火|火苗.{0,2}(?:窜|蹿|冒|很大|好大)|明火|焦味|焦糊味|烧焦味|漏水|积水|淹|被困|困人|人被困|人在里面|人|停电|断电)/g;

// Batteries running flat are not power cuts: "手机也快没电了", "指纹锁没电了".
const BENIGN_RE = /(手机|电话|电动车|电瓶车|电瓶|电池|车|门锁|指纹锁|密码锁|智能锁|遥控器|充电宝|电脑)\S{0,3}(?:没电|断电)/g;

// Water left on the floor after a job is sloppiness, not a flood: "修完地上全是水也没擦".
const AFTER_WORK_WATER_RE = /((?:修完|修好|干完|弄完|施工完|装完|拖完地?|洗完|拖地)\S{0,6}?)(?:地上|满地|一地)(?:全是|都是)?水/g;

export function maskNegatedHazards(s: string): string {
  return s.replace(NEGATED_RE, '无险').replace(BENIGN_RE, '$1电量低').replace(AFTER_WORK_WATER_RE, '$1留了水渍');
}

// Greetings and pleasantries an owner puts in front of the real request.
export const LEADING_SMALL_TALK_RE = /^(?:\s*(?:你好呀?|您好|你们好|在吗|在不在|在么|有人吗|有人在吗|hi|hello|hey|嗨|哈喽|喂+|早上好|下午好|晚上好|物业你好|管家你好|打扰了|不好意思|麻烦问下|请问|谢谢你们上次(?:的)?(?:处理|帮忙)|谢谢|多谢)[\s,.!?，。！？~]*)+/i;

// A question about a planned cut or a notice is a consult, not an outage.
const PLANNED_CUT_RE = /(?:要|会|将|是否|是不是|会不会|通知|计划|预计|明天|今晚|几点)\S{0,3}(?:停电|断电|停水)|停电(?:检修|通知|计划)|几点(?:来电|恢复)/;

const RULES: [EmergencyKind, RegExp][] = [
  ['gas', /煤气味|燃气味|天然气味|液化气味|煤气泄漏|燃气泄漏|天然气泄漏|漏煤气|漏燃气|漏天然气|煤气.{0,4}漏|燃气.{0,4}漏(?!费)|(?:燃气|煤气)报警器.{0,4}(?:响|叫)|(?<![胎球])漏气了|一股气味.{0,4}煤气|闻到.{0,3}(?:煤气|燃气)/],
  ['fire', /(?<![不没])着火|起火|失火|火灾|烧起来|烧着了|冒烟|冒黑烟|浓烟|全是烟|好多烟|一股烟|烟雾|烟感.{0,6}(?:响|叫|报警)|smoke|火警|火苗.{0,2}(?:窜|蹿|冒|很大|好大)|明火|烧焦味|焦糊味|(?:消防|火灾)报警.{0,4}(?:响|叫)|fire(?!wall)/i],
  ['elevator', /(?:困|关|卡|锁)\s*在\s*(?:电梯|货梯|客梯|轿厢)|(?:电梯|货梯|客梯|轿厢)(?!门|按钮|按键|显示|屏)[^，。,.!?！？]{0,12}?(?:困人|困住|被困|关在里面|把人关|人关|人在里面|里面有人|里面.{0,2}人在|卡住了|卡住|卡在|停在半[路空]|停在.{0,4}中间|停在.{0,5}不走|不动了|停住|停了|急停|坠|掉下|往下掉|下坠|冲顶|蹲底|不走了|门打不开.{0,8}(?:人|里面))|停梯|被困.{0,4}电梯|电梯.{0,6}出不来|(?:lift|elevator).{0,10}(?:stuck|trapped)/i],
  ['flood', /水管.{0,3}(?:爆|裂|炸)|爆管|管子.{0,2}爆|管道.{0,2}爆|爆水管|跑水|水漫|漫水|漫金山|淹了|被淹|水淹|淹水|泡水|进水了|水浸|水.{0,4}(?:往外喷|喷出来|一直喷|哗哗|止不住|关不住|没过)|哗哗.{0,4}(?:流|漏|往下)|天花板.{0,6}(?:往下流|像下雨|跟下雨|灌水)|(?:流|漫)到(?:走廊|楼道|楼下|客厅)|满屋子?(?:都是|全是)水|地上全是水|发大水|flood/i],
  ['power_outage', /(?:整栋|整幢|整个单元|整个小区|整个楼|整层|全楼|全小区|全单元).{0,10}(?:停电|没电|断电|全黑|黑了|黑灯)|全部没电|全(?:屋|家|楼|层|部)\s*(?:都)?(?:没电|断电|停电|黑)|整层.{0,6}没电|(?:家里|屋里|全家|整个家|楼里|办公室|公司|全屋|家)\S{0,4}(?:都|全)?没电了|停电了|突然停电|断电了|掉闸|(?:跳闸|总闸|电闸|空开).{0,8}(?:合不上|推不上|拉不上|合不回|推不回|上不去|合不了)|power\s*(?:outage|cut)|blackout/i],
  ['security', /撬(?:我家|我们家|他家|邻居家|隔壁|别人家)?的?(?:门|锁|窗|开)|尾随|一直跟着我|有贼|进贼|(?:翻|爬|闯)(?:窗)?进(?:了)?(?:我家|隔壁|邻居家?|别人家|屋里|家里|楼里|单元)|被撬|有人撬|小偷|入室(?:盗|偷|抢)|有人入室|盗窃|正在偷|在偷东西|打架|斗殴|打人了|打起来|动刀|持刀|拿刀|砍人|见血|流血|醉汉|喝醉|醉鬼|发酒疯|酒疯|砸车|砸门|踹门|踢门|抢劫|抢包|非礼|耍流氓|跟踪|可疑的人|可疑人员|陌生人.{0,6}(?:闯|撬|翻|跟)|翻墙进|闯进|报警吧|快报警|thief|break-?in/i],
];

export interface EmergencyHit { kind: EmergencyKind; match: string }

/** Hazard found in (already normalized, negation-masked) text, or null. */
export function detectEmergency(masked: string): EmergencyHit | null {
  const planned = PLANNED_CUT_RE.test(masked);
  const hits: EmergencyHit[] = [];
  for (const [kind, re] of RULES) {
    const m = re.exec(masked);
    if (!m) continue;
    if (kind === 'power_outage' && planned) continue;
    // "停电了" with a bill in view is a prepaid meter running out (fee), not an outage.
    if (kind === 'power_outage' && /电费|欠费|余额|充值/.test(masked)) continue;
    hits.push({ kind, match: m[0] });
  }
  // A lift that stopped because the building lost power is the outage ("整栋没电 电梯也停了"),
  // unless people are inside it.
  const lift = hits.find((h) => h.kind === 'elevator');
  if (lift && hits.some((h) => h.kind === 'power_outage') && !/困|人|关/.test(lift.match)) return hits.find((h) => h.kind === 'power_outage')!;
  return hits[0] ?? null;
}

// Markers where an owner switches to a second concern ("顺便问下物业费").
export const TOPIC_SWITCH_RE = /顺便|另外|还有(?!.{0,2}(?:多久|多少|几))|对了|此外|再问|还想问|也想问|然后还有|btw/i;
