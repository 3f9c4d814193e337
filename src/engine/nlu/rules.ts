// Deterministic text rules shared by the engine: negated hazards are masked before
// anything reads them, greetings in front of a request, and topic switches. The hazard
// rules themselves are in emergency.ts.

// A hazard word right after a negation is masked before anything reads it, so neither
// the rules nor the model see "冒烟" in "没冒烟".
// ("是不是停电了" asks, it does not deny.)
const NEGATED_RE = /(?:没有|没|无|(?<!是)不是|不(?=进水|漏水|冒烟)|并不是|未|不像是?|不再|别(?!人)|不要)\s*(?:闻到|闻着|闻见|看到|看见|发现|什么|任何|明显的?|一点)?\s*(冒烟|烟味|有烟|烟(?!感|雾?报警|头|蒂|灰)|煤气味|燃气味|天然气味|煤气|燃气|漏气|着火|起火|烧起来|烧着|火苗.{0,2}(?:窜|蹿|冒|很大|好大)|明火|焦味|焦糊味|烧焦味|火警|火灾|漏水|进水|积水|淹|被困|困人|人被困|打架|打人|动手|人在里面|人(?=\s*(?:被困|困|关|在里面|在里头))|停电|断电)/g;
// Nobody inside the lift: "电梯停了 里面没人" (a shop with nobody in it is another matter).
const NOBODY_INSIDE_RE = /(里面|里头|电梯里|梯里|轿厢里)\s*(?:没有|没)人/g;

// Batteries running flat are not power cuts: "手机也快没电了", "指纹锁没电了".
const BENIGN_RE = /(手机|电话|电动车|电瓶车|电瓶|电池|车|门锁|指纹锁|密码锁|智能锁|遥控器|充电宝|电脑)\S{0,4}(?:没电|断电|没有电|一点电都没有)/g;

// A cistern's noise is not a flood: "水箱一直流水 哗哗的声音".
const WATER_SOUND_RE = /哗哗(?:的|地)?(?:声音|声|响)|哗哗(?:的|地)?(?=\s*\S{0,3}(?:吵|睡不着|噪音))/g;

// Water left on the floor after a job is sloppiness, not a flood: "修完地上全是水也没擦".
const AFTER_WORK_WATER_RE = /((?:修完|修好|干完|弄完|施工完|装完|拖完地?|洗完|拖地)\S{0,6}?)(?:地上|满地|一地)(?:全是|都是)?水/g;

// ... and right after it: "燃气味倒是没闻到", "烟倒没有".
const NEGATED_AFTER_RE = /(?:冒烟|烟味|煤气味|燃气味|天然气味|焦味|焦糊味|烧焦味|煤气|燃气|明火|火苗)(?:倒是|倒|也|都|就|是)?(?:(?:没有|没|未)(?:闻到|看到|发现|见到|冒)|没有(?=$|[，。,.!?！？\s]))/g;

export function maskNegatedHazards(s: string): string {
  return s.replace(NOBODY_INSIDE_RE, '$1无险').replace(NEGATED_RE, '无险').replace(NEGATED_AFTER_RE, '无险').replace(BENIGN_RE, '$1电量低').replace(AFTER_WORK_WATER_RE, '$1留了水渍')
    .replace(WATER_SOUND_RE, '水声');
}

// Greetings and pleasantries an owner puts in front of the real request.
export const LEADING_SMALL_TALK_RE = /^(?:\s*(?:你好呀?|您好|你们好|在吗|在不在|在么|有人吗|有人在吗|hi|hello|hey|嗨|哈喽|喂+|早上好|下午好|晚上好|物业你好|管家你好|打扰了|不好意思|麻烦问下|请问|谢谢你们上次(?:的)?(?:处理|帮忙)|谢谢|多谢)[\s,.!?，。！？~]*)+/i;

// Markers where an owner switches to a second concern ("顺便问下物业费").
export const TOPIC_SWITCH_RE = /顺便|另外|不过|还有(?!.{0,2}(?:多久|多少|几))|对了|此外|再问|还想问|也想问|然后还有|btw/i;
