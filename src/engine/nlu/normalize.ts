// Text clean-up shared by the classifier and every extractor. Owners type on phones:
// full-width digits, traditional characters, WeChat sticker codes, emoji and
// input-method homophones all appear; we fold them to one canonical form first so
// that the data in intents/ and the rules only need to know the simplified spelling.
import { Converter, Locale } from 'opencc-js/t2cn';

// Traditional -> simplified by OpenCC's dictionaries (Hong Kong variants included, so 𨋢 and
// 騎 are read too), then the few forms a property desk reads differently (帳單 is 账单, 睡不著 is 着).
const toSimplified = Converter({ from: 'hk', to: 'cn' });
const AFTER_OPENCC = new Map([['帐', '账'], ['著', '着'], ['妳', '你'], ['祂', '他'], ['甦', '苏'], ['䢂', '电梯']]);
const AFTER_OPENCC_RE = /[帐著妳祂甦䢂]/g;

// What OpenCC would change: its dictionaries' keys that differ from their values (characters, and
// phrases by their first character). Most messages contain none, and then the conversion, the
// costliest step here, is skipped; any text with a key in it still goes through OpenCC whole.
let openccKeys: { chars: Set<number>; phrases: Map<number, string[]>; bmp: Uint8Array } | undefined;
function loadOpenccKeys(): NonNullable<typeof openccKeys> {
  const chars = new Set<number>();
  const phrases = new Map<number, string[]>();
  const add = (k: string, v: string) => {
    if (!k || k === v) return;
    const first = k.codePointAt(0)!;
    if (String.fromCodePoint(first).length === k.length) { chars.add(first); return; }
    const list = phrases.get(first);
    if (list) list.push(k); else phrases.set(first, [k]);
  };
  for (const dict of [Locale.from.hk, Locale.to.cn].flat(2)) {
    if (typeof dict === 'string') for (const e of dict.split('|')) { const [k, v] = e.split(' '); add(k, v); }
    else for (const [k, v] of dict) add(k, v);
  }
  // BMP code points: bit 1 = a key, bit 2 = the first character of a phrase key.
  const bmp = new Uint8Array(0x10000);
  for (const c of chars) if (c <= 0xffff) bmp[c] |= 1;
  for (const c of phrases.keys()) if (c <= 0xffff) bmp[c] |= 2;
  return { chars, phrases, bmp };
}

/** Whether OpenCC would change anything in `s` (see above). */
export function hasTraditional(s: string): boolean {
  const { chars, phrases, bmp } = (openccKeys ??= loadOpenccKeys());
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp < 0x2e80) continue; // below the CJK blocks: nothing OpenCC converts
    if (cp <= 0xffff) {
      // one typed-array read for the common case: neither a key nor a phrase's first character
      const b = bmp[cp];
      if (b === 0) continue;
      if (b & 1) return true;
    } else if (chars.has(cp)) return true;
    const list = phrases.get(cp);
    if (list) for (const p of list) if (s.startsWith(p, i)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

// WeChat sticker codes ("[捂脸]") and emoji carry mood, not content. We keep two moods
// the classifier can use (approval -> 👍, anger -> 😡) and drop the rest.
const POSITIVE_STICKERS = new Set(['强', '赞', '好', '微笑', '握手', 'OK', 'ok', '抱拳', '玫瑰', '鼓掌', '爱心', '胜利', '愉快', '憨笑', '呲牙', '耶', '庆祝', '比心', '合十', '666']);
const ANGRY_STICKERS = new Set(['发怒', '怒', '咒骂', '抓狂', '白眼', '鄙视', '炸弹', '菜刀', '生气', '衰', '弱', '裂开']);
const POSITIVE_EMOJI = /[👍👌🙏😊😀😃😄😁🙂☺😘🥰❤💕🌹👏🤝✌🎉💯😍]/gu;
const ANGRY_EMOJI = /[😡😠🤬😤💢👎]/gu;
// Emoji that stand for a thing or an act in this inbox ("🔥🔥 车库", "👋").
const CONTENT_EMOJI: [RegExp, string][] = [[/🔥+/gu, ' 火 '], [/🚨+/gu, ' 警报 '], [/💧+/gu, ' 水 '], [/👋+/gu, ' 你好 ']];
// Pinyin initials owners type as whole words, where they mean nothing else here.
const INITIALS: [RegExp, string][] = [
  [/(?<![a-z])tdl(?![a-z])/gi, '停电了'], [/(?<![a-z])dt(?=停|坏|卡|里|关|困|门|\s|$)/gi, '电梯'], [/(?<![a-z])mq(?=味|$|\s)/gi, '煤气'], [/(?<![a-z])rq(?=味|$|\s)/gi, '燃气'],
  [/^\s*(?:rg[\s,.!]*)+$/i, '人工'], [/^\s*xx+\s*$/i, '谢谢'], [/^\s*xxs\s*$/i, '谢谢'],
];
// Stars are kept (ratings like ⭐⭐⭐⭐⭐); everything else pictographic goes.
const OTHER_EMOJI = /(?![⭐👍😡])[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]/gu;

/** The input method's slips for 会议室 (read as 会议室 here; the room extractor keeps the owner's spelling). */
export const MEETING_ROOM_SLIPS = ['会意室', '会以室', '会义室', '会仪室', '汇议室', '会议是'];

// Input-method homophones and common slips, only where the wrong form has no other
// plausible meaning in a property front desk's inbox.
const TYPOS: [RegExp, string][] = [
  [/报休|抱修|报秀/g, '报修'],
  [/保修(?!期|卡|单)/g, '报修'],
  [/物业废|物叶费|务业费|无业费/g, '物业费'],
  [/物叶/g, '物业'],
  [new RegExp(MEETING_ROOM_SLIPS.join('|'), 'g'), '会议室'],
  [/点梯|电体|店梯|垫梯/g, '电梯'],
  // 上午/下午 slipped to 上五/下五 before a time ("明天上五10点")
  [/(?<=[上下])五(?=\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:点|:|：))/g, '午'],
  // 十点 heard as 是点 after a part of the day ("明天上午是点到十二点")
  [/(?<=(?:上午|下午|晚上|早上|中午)\s*)是点/g, '十点'],
  [/赌了|睹了|堵住了/g, '堵了'],
  [/赌住|睹住/g, '堵住'],
  [/在马(?![路桶上])|在嘛/g, '在吗'],
  [/门进卡|门金卡|们禁卡/g, '门禁卡'],
  [/被站了|被战了/g, '被占了'],
  [/煤气位|煤汽味/g, '煤气味'],
  [/媒气/g, '煤气'],
  [/燃汽|然汽|然气/g, '燃气'],
  [/煤汽/g, '煤气'],
  [/瓦斯/g, '燃气'],
  [/泄露/g, '泄漏'],
  [/着伙/g, '着火'],
  [/保暗|保岸/g, '保安'],
  [/电题|电提|电悌|电涕|电剃/g, '电梯'],
  // 停点了 / 燃起…味: pinyin slips for 停电了 and 燃气 (燃起 alone is a real word: 燃起希望).
  [/停点了/g, '停电了'],
  [/燃起(?=\S{0,4}味)/g, '燃气'],
  [/跳匝|跳扎/g, '跳闸'],
  [/电匝|电扎/g, '电闸'],
  [/掉匝/g, '掉闸'],
  [/热水气/g, '热水器'],
  [/(?<![电取油])暖器/g, '暖气'],
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
  [/着货了|着货啦/g, '着火了'],
  [/(?<=修\S{0,4}|维修|的)师父/g, '师傅'],
  // 物业非 (voice input for 物业费) before a question about it; 费…怎么叫 is 怎么交.
  [/物业非(?=\s*(?:多少|交|缴|欠|怎么|是|的|在哪|哪里|账单|$))/g, '物业费'],
  [/(费\S{0,4}(?:怎么|咋|在哪|去哪|哪里))叫(?=[啊呀呢吗嘛]|\s|$)/g, '$1交'],
  [/冒眼/g, '冒烟'],
  [/空挑/g, '空调'],
  [/漏谁/g, '漏水'],
  [/停车废/g, '停车费'],
  [/水废/g, '水费'],
  [/电废/g, '电费'],
];

// Regional Mandarin put into the standard forms the rules read, only where the form means
// nothing else here ("屋头莫得电了" → "屋里没电了", "电瓶车遭人偷了" → "电瓶车被人偷了").
const REGIONAL: [RegExp, string][] = [
  [/(?:莫得|没得|冇得)(?=电|水|气|人|事|反应|动静|信号)/g, '没'],
  // 莫有 is 没有 in the south-west ("快递帮我收了莫有")
  [/莫有/g, '没有'],
  // 俩点 is 两点 ("下个礼拜一俩点到四点")
  [/俩(?=\s*点)/g, '两'],
  // Wu 停脱/坏脱 and Hunan 哒 mark a change that has happened: 停了, 坏了.
  [/(停|坏|断|烧|没|死|漏)脱(?=了|哉|$|\s)/g, '$1'],
  [/(?<=[\u4e00-\u9fa5])哒(?=$|\s|[！!，。,.?？~])/g, '了'],
  [/屋头/g, '屋里'],
  // 两个钟 / 一个半钟 (Cantonese and southern speech): hours
  [/((?:\d+|[一两二三四五六七八九十俩仨]+)\s*个\s*半?|半个)钟(?![头点表声])/g, '$1小时'],
  // A dash read out by voice input ("8杠3杠702"), and "9#1-201" (building 9)
  [/(?<=\d)\s*杠\s*(?=\d)/g, '-'],
  [/(?<![\d#])(\d{1,3})\s*#\s*(?=\d{1,2}\s*-\s*\d{3,4})/g, '$1-'],
  [/黑起(?:的|了)/g, '黑了'],
  [/跟到我/g, '跟着我'],
  [/遭(?:人|贼)?(?=偷|撬|抢|打|砸)/g, '被人'],
  [/俺们/g, '我们'],
  [/俺(?=家|妈|爸|爹|娘|老|媳妇|孩子|闺女|儿子|这|那|住|是|的)/g, '我'],
];

// Cantonese words put into Mandarin, where the word means nothing else in this inbox
// ("成屋冇电 总掣推唔返上去" → "全屋没电 总闸推不回上去", "两班人打紧交" → "两班人在打架").
const CANTONESE: [RegExp, string][] = [
  [/𨋢/g, '电梯'],
  [/喺度/g, '在'], [/锁匙/g, '钥匙'], [/几耐/g, '多久'], [/好耐/g, '很久'], [/几钱/g, '多少钱'], [/仲(?=要|有|未|系|在|係)/g, '还'],
  [/(?<=[就唔都又])[系係]/g, '是'],
  [/入面/g, '里面'],
  [/燶/g, '焦'],
  [/走落(?:楼|樓)/g, '往楼下跑'],
  [/擘(?:唔|不)开/g, '睁不开'],
  [/多谢晒|唔该晒/g, '谢谢'],
  [/而家/g, '现在'],
  [/几多/g, '多少'], [/得唔得/g, '行不行'], [/有冇/g, '有没有'], [/咩/g, '什么'], [/讲嘢/g, '说话'], [/曱甴/g, '蟑螂'],
  [/打风/g, '刮台风'], [/火警钟/g, '火警铃'], [/(?<=[响叫喷冒烧])紧/g, '着'],
  [/听日/g, '明天'], [/琴日|寻日/g, '昨天'], [/下昼/g, '下午'], [/上昼/g, '上午'],
  // 黑晒 / 停晒: all of it (全黑了)
  [/(?<=[黑停坏死烧湿])晒(?=$|\s|[啊呀了喇啦!！,，。])/g, '了'],
  [/好似/g, '好像'],
  [/落雨/g, '下雨'],
  [/落嚟|落来/g, '下来'],
  [/头先/g, '刚才'],
  [/郁返/g, '又动了'],
  [/打紧交/g, '在打架'],
  [/打交/g, '打架'],
  [/成个/g, '整个'],
  [/成(?=屋|间屋|栋|幢|层)/g, '全'],
  [/屋企/g, '家里'],
  [/雪柜/g, '冰箱'],
  [/(总|电)掣/g, '$1闸'],
  [/黑蚊蚊|黑咪麻|黑麻麻/g, '黑漆漆'],
  [/拎住|揸住/g, '拿着'],
  [/点算/g, '怎么办'],
  [/乜嘢/g, '什么'],
  [/边度/g, '哪里'],
  [/冇/g, '没'],
  [/喺/g, '在'],
  [/咗/g, '了'],
  [/嚟/g, '来'],
  [/啲/g, '点'],
  [/嘅/g, '的'],
  [/佢/g, '他'],
  [/睇/g, '看'],
  [/畀/g, '给'],
  [/揾/g, '找'],
  [/咁/g, '这么'],
  [/唔返/g, '不回'],
  [/唔(?!该)/g, '不'],
];
const CANTONESE_HINT = /[冇喺咗嚟啲嘅佢睇畀揾咁唔掣𨋢燶咩]|几多|讲嘢|曱甴|打风|火警钟|[响叫喷冒烧]紧|听日|琴日|寻日|[上下]昼|[黑停坏死烧湿]晒|锁匙|几耐|好耐|几钱|仲要|好似|落雨|落来|而家|头先|郁返|多谢晒|打交|打紧交|成个|成屋|成栋|成幢|成层|成间屋|屋企|雪柜|黑蚊蚊|黑咪麻|黑麻麻|拎住|揸住|点算|乜嘢|边度/;

// English words owners mix in, put into the Chinese the data, rules and extractors know
// ("book个meeting room tmr", "lift stuck", "OT tonight"). Longer phrases first; "help" is
// left alone (help me book is not a call for help), and "room 1502" is not a meeting room.
const WEEKDAYS: Record<string, string> = { mon: '一', tues: '二', wednes: '三', thurs: '四', fri: '五', satur: '六', sun: '日' };
const SHORT_DAYS: Record<string, string> = { mon: '一', tue: '二', tues: '二', wed: '三', thu: '四', thur: '四', thurs: '四', fri: '五', sat: '六', sun: '日' };
const ENGLISH: [RegExp, string | ((m: string, ...g: string[]) => string)][] = [
  [/\b(?:a|an|the)\s+(?=[a-z])/gi, ''],
  // counts and clock ranges said in English or pinyin ("6ren", "just 3 of us", "from 10 to 12")
  [/(\d+)\s*ren\b/gi, '$1人'], [/\b(?:just\s+|only\s+)?(\d+)\s+of\s+us\b/gi, '$1人'],
  [/\bfrom\s+(\d{1,2})(?::(\d\d))?\s*(?:to|till|until|-)\s*(\d{1,2})(?::(\d\d))?\b(?!\s*(?:am|pm|ppl|people|人))/gi,
    (_m: string, a: string, am: string, b: string, bm: string) => `${a}${am ? ':' + am : '点'}到${b}${bm ? ':' + bm : '点'}`],
  [/\bwyf\b/gi, '物业费'], [/\bwy(?![a-z])/gi, '物业'],
  // hazards typed in full pinyin ("dianti tingle!! wo zai limian chu bu qu")
  [/\bdian\s*ti\b/gi, '电梯'], [/\bting\s*le\b/gi, '停了'], [/\bli\s*mian\b/gi, '里面'], [/\bchu\s*bu\s*(?:qu|lai)\b/gi, '出不去'],
  [/\bkun\s*zhu\b/gi, '困住'], [/\bzhao\s*huo\b|\bqi\s*huo\b/gi, '着火'], [/\bmao\s*yan\b/gi, '冒烟'], [/\b(?:mei|ran)\s*qi\b/gi, '燃气'],
  [/\blou\s*shui\b/gi, '漏水'], [/\bting\s*dian\b/gi, '停电'], [/\bjiu\s*ming\b/gi, '救命'], [/\bkuai\s*lai\b/gi, '快来'],
  // short weekdays ("this thu 2-3pm") and a bare ordinal day ("for the 26th"; not "3rd of January" or "Dec 20th")
  [/\b(next|this)\s+(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?/gi, (_m: string, w: string, d: string) => (w.toLowerCase() === 'next' ? '下周' : '这周') + SHORT_DAYS[d.toLowerCase()]],
  [/(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|floor|fl\b))/gi, '$1号'],
  // a tower is a building ("Tower A 2203", "Apt 2507, Tower A")
  [/\btower\s+([a-z]\d?)\b|\b([a-z]\d?)\s+tower\b/gi, (_m: string, a?: string, b?: string) => `${(a ?? b ?? '').toUpperCase()}座`],
  [/\s*\b(?:is|are|got|was|'s)?\s*(?:clogged|blocked)(?:\s+up)?\b/gi, '堵了'], [/\b(?:shower\s+|floor\s+|sink\s+)?drains?\b/gi, '下水道'],
  [/\b(?:bins?|trash|garbage|rubbish)\b(?!\s*room)/gi, '垃圾'], [/\b(?:in\s+total|altogether|all\s+together)\b/gi, '一共'],
  [/\bele\b/gi, '电梯'],
  [/\b(next|this)\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b/gi, (_m, w, d) => (w.toLowerCase() === 'next' ? '下周' : '这周') + WEEKDAYS[d.toLowerCase()]],
  [/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/gi, (_m, d) => '周' + WEEKDAYS[d.toLowerCase()]],
  [/\bday after (?:tomorrow|tmr)\b/gi, '后天'],
  [/\b(?:tmr|tmrw|tomorrow)\b/gi, '明天'],
  [/\btonight\b/gi, '今晚'],
  [/\blast\s+night\b/gi, '昨晚'], [/\byesterday\b/gi, '昨天'], [/\blast\s+(?:week|time)\b/gi, '上周'],
  [/\btoday\b/gi, '今天'],
  [/\bweekends?\b/gi, '周末'],
  // (a server, boiler or store room is no meeting room)
  [/\bmeeting\s*rooms?\b|(?<!\b(?:server|boiler|store|storage|bed|living|bath|rest|changing|plant|machine|control|utility|pump|trash|garbage|rubbish|waiting|laundry|mail|bike|meter|dining|my|our|his|her|their)\s)\brooms?\b(?!\s*\d)/gi, '会议室'],
  [/\bmy\s+(?:bookings?|reservations?)\b/gi, '我订的会议室'],
  [/\b(?:bookings?|reservations?)\b/gi, '预订'],
  [/\b(?:book|reserve)\b/gi, '订'],
  [/\bcancel(?:led)?\b/gi, '取消'],
  [/\b(?:free|available)\b/gi, '有空'],
  [/\b(?:any\s+)?updates?\b|\bstatus\b|\bprogress\b/gi, '进度'],
  [/\bOT\b|\bovertime\b/gi, '加班'],
  [/\b(?:AC|A\/C|aircon|air\s*con)\b/gi, '空调'],
  // Hazards told in English ("smoke alarm keeps going off", "smell gas", "stuck in lift",
  // "water pouring through ceiling", "power out", "someone is trying to break into my car").
  [/\bsmoke\s*(?:alarms?|detectors?)\b/gi, '烟感'],
  [/物业\s*fees?\b/gi, '物业费'],
  [/\bfire\s*drills?\b/gi, '消防演习'],
  // "fire" in a place's or a thing's name is no fire; "gas" on a bill is no leak.
  [/\bfire\s*(?:lanes?|exits?|escapes?|doors?|access|road)\b/gi, '消防通道'], [/\bfire\s*extinguishers?\b/gi, '灭火器'],
  [/\bgas\s+(?:company|bills?|fees?|meters?|cards?)\b/gi, (m: string) => (/compan/i.test(m) ? '燃气公司' : /meter/i.test(m) ? '燃气表' : /card/i.test(m) ? '燃气卡' : '燃气费')],
  [/\blast\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b/gi, (_m: string, d: string) => '上周' + WEEKDAYS[d.toLowerCase()]],
  [/\b(?:hazy|haze|smoky)\b/gi, '烟雾'], [/\beyes?\s+(?:are\s+)?(?:stinging|burning|watering)\b/gi, '呛得睁不开眼'],
  [/\bsprinklers?(?:\s+heads?)?\b/gi, '喷淋头'], [/\bpopped\b/gi, '爆了'], [/\bsoak(?:ing|ed)\b/gi, '泡水'],
  [/\bhoses?\b/gi, '软管'], [/\b(?:came|come|is|got)\s+loose\b/gi, '松了'], [/\bhiss(?:ing|es)?\b/gi, '嘶嘶'], [/\b(?:cooker|stove|hob)\b/gi, '灶'],
  [/\bblack(?:ed)?\s*out\b/gi, '全黑'], [/\bpower\s+(?:has\s+been|had\s+been|was|is)\s+(?:out|off|down|cut)\b/gi, '停电了'],
  [/\b(?:lock|door)\s+(?:looks\s+|was\s+|is\s+|been\s+)?forced(?:\s+open)?\b/gi, '门锁被撬'], [/\b(?:someone|somebody)'?s?\s+been\s+inside\b/gi, '有人进了我家'],
  [/\bclimbing\s+(?:over|up)\s+(?:our\s+)?(?:[a-z]+\s+)?(?:fence|wall)\b/gi, '翻围墙'], [/\bclimbing\s+(?:over|up)\b/gi, '翻'], [/\bfence\b/gi, '围墙'], [/\bfollow(?:ed|ing)\s+(?:me|my\s+\w+)\b/gi, '跟着我'],
  [/\brest\s+of\s+(?:the\s+|my\s+)?(?:flat|apartment|house|home)\s+(?:is\s+)?(?:fine|ok|okay)\b/gi, '其他房间都正常'], [/\bsockets?\b|\boutlets?\b/gi, '插座'],
  [/\b(?:was|were|got|been|is)\s+stolen\b|\bstolen\b/gi, '被偷了'], [/\bstole\b/gi, '偷了'],
  [/\b(?:burnt|burning)\s+(?:plastic|rubber|wires?|electrical)\b/gi, '烧塑料味'], [/\bburning\s+smell\b/gi, '烧焦味'],
  [/\b(?:grey|gray|black|thick)\s+(?:haze|smoke)\b/gi, '浓烟'],
  [/\bpipe\s+(?:came\s+apart|came\s+off|broke|snapped|split)\b/gi, '水管爆了'], [/\bspraying\b/gi, '往外喷'],
  [/\btrying\s+(?:(?:my|the|our)\s+)?(?:door\s*handle|handle|door|lock)s?\b/gi, '拧门把手'],
  [/\b(?:lifts?|elevators?)(?:\s+[a-z]+){0,3}?\s+(?:died|dead)\b/gi, '电梯停了'],
  [/\b(?:everything|power|electricity|all\s+the\s+lights)\s+(?:just\s+)?died\b/gi, '停电了'],
  [/\b(?:completely|totally|entirely)\s+(?=全黑)/gi, '整栋'], [/\bdoor\s*handles?\b/gi, '门把手'],
  [/\bchirp(?:s|ing|ed)?\b/gi, '滴滴叫'], [/\bbatter(?:y|ies)\b/gi, '电池'],
  [/\b(?:won'?t|doesn'?t|does\s+not|will\s+not)\s+(?:light|ignite)\b|\bno\s+flame\b/gi, '打不着火'], [/\bno\s+smell\b/gi, '没有异味'],
  [/\bcracks?\b/gi, '裂缝'], [/\bpeeling\b/gi, '掉皮'], [/\bdrip(?:s|ping)?\b/gi, '滴水'], [/\b(?:faucet|tap)\b/gi, '水龙头'],
  [/\b(?:hallway|corridor)\b/gi, '楼道'], [/\blights?\s+(?:is\s+|are\s+)?out\b/gi, '灯不亮'], [/\bpitch\s+black\b/gi, '黑漆漆'],
  [/\bexhaust\s+fan\b/gi, '排气扇'], [/\brattl\w*\b/gi, '异响'], [/\bintercom\b/gi, '对讲'],
  [/\bparking\s+(?:spot|space|lot)\b/gi, '车位'], [/\btow\b/gi, '拖车'], [/\b(?:trash|garbage|rubbish)\s+room\b/gi, '垃圾房'], [/\bstinks?\b/gi, '好臭'],
  [/\bCCTV\b/gi, '监控'], [/\beverything\s+I\s+owe\b/gi, '一共欠多少'], [/\bworst\b/gi, '很差'], [/\b([1-5])\s*stars?\b/gi, '$1星'],
  [/\bspeaks?\s+English\b/gi, '会说英语的人工'], [/\bETA\b|\bhow\s+long\s+until\b/gi, '多久能来'],
  [/\b(?:smells?|smelling)\s+(?:like\s+)?rotten\s+eggs?\b|\brotten\s+eggs?\s+smell\b/gi, '一股臭鸡蛋味'],
  [/\b(?:someone|somebody)\s+(?:is\s+)?trying\s+to\s+(?:open|get\s+into|break\s+into)\s+(?:my|our)\s+(?:door|home|flat|apartment)\b/gi, '有人在拧我家门锁'],
  [/\b(?:whole|entire)\s+(?:floor|building)\s+(?:is\s+)?(?:dark|without\s+power|has\s+no\s+power)\b/gi, '整层全黑'],
  [/\bsmoke\s+(?:is\s+)?(?:coming|pouring|billowing|rising)(?:\s+(?:out|in|up))?\b/gi, '冒烟'],
  [/\b(?:fire\s*)?alarms?\b(?!\s*clock)/gi, (m) => (/fire/i.test(m) ? m : '警报')],
  [/\b(?:going|goes|went|gone)\s+off\b|\b(?:ringing|beeping|blaring|sounding)\b/gi, '响'],
  [/\bsmell(?:s|ing|ed)?\s+(?:like\s+|of\s+)?/gi, '闻到'],
  [/\b(?:stuck|trapped)\s+in\s+(?:lift|elevator)s?\b/gi, '困在电梯里'],
  [/\s*\b(?:is|are|'s|'re)\s+(?:still\s+)?inside\b/gi, '在里面'],
  [/\bcolleagues?\b|\bco-?workers?\b/gi, '同事'],
  [/\b(?:kids?|child|children|son|daughter)\b/gi, '孩子'],
  [/\b(?:froze|frozen|stalled|stopped)\b/gi, '停了'],
  [/\bpower\s+(?:is\s+)?(?:out|off|down|gone)\b|\bno\s+(?:power|electricity)\b/gi, '停电了'],
  [/\b(?:whole|entire)\s+(?:apartment|flat|house|home|unit)\b/gi, '全屋'],
  [/\b(?:just\s+)?(?:went|gone|goes|going)\s+dark\b/gi, '黑了'],
  [/\b(?:main\s+)?(?:breaker|fuse\s*box|circuit\s*breaker)\b/gi, '总闸'],
  [/\b(?:won'?t|will\s+not|doesn'?t|does\s+not)\s+(?:stay\s+(?:up|on)|reset)\b/gi, '推不上'],
  [/\bwater\s+(?:is\s+)?(?:pouring|gushing|spraying|flooding|coming\s+in)\b/gi, '水往外涌'],
  [/\b(?:pipes?\s+(?:has\s+|have\s+|just\s+)?burst|burst\s+pipes?)\b/gi, '水管爆了'],
  [/\b(?:pouring|gushing)\b/gi, '往外涌'],
  [/\beverywhere\b/gi, '到处都是'],
  [/\bwater\b(?!\s*(?:bills?|fees?|charges?|rates?|meters?|heaters?|dispensers?|tanks?))/gi, '水'],
  [/\bceiling\b/gi, '天花板'],
  [/\b(?:break(?:ing)?|broke)[\s-]*in(?:to)?\b|\bburgl(?:ary|ed|arized)\b/gi, '撬开'],
  [/\b(?:someone|somebody)\b/gi, '有人'],
  [/\bfight(?:ing|s)?\b/gi, '打架'],
  [/\bdrunk\b/gi, '醉汉'],
  [/\bintruders?\b|\bstrangers?\b/gi, '陌生人'],
  [/\brobb(?:ed|ery|ing)\b/gi, '抢劫'],
  [/\b(?:lift|elevator)\b/gi, '电梯'],
  [/\bstuck\b/gi, '卡住了'],
  [/\btrapped\b/gi, '被困'],
  [/\bgas\s+leak(?:ing|s)?\b/gi, '燃气泄漏'],
  [/\bgas\b/gi, '燃气'],
  [/\bfire\s*alarm\b/gi, '火警警报'],
  [/\bsmoke\b/gi, '烟'],
  [/\bon\s+fire\b|\bfire\b/gi, '着火'],
  [/\bflood(?:ing|ed)?\b/gi, '水淹'],
  [/\bpower\s*(?:outage|cut|failure)\b|\bblackout\b/gi, '停电了'],
  [/\bleak(?:ing|s|y)?\b/gi, '漏水'],
  [/\bthief\b|\bburglar\b/gi, '小偷'],
  [/\b(?:human|real\s*person|agent)\b/gi, '人工'],
  [/\b(?:thanks|thx|thank\s*(?:you|u)|tks|ty)\b/gi, '谢谢'],
  [/\b(?:pls|plz|please)\b/gi, '请'],
  [/\b(?:urgent|asap)\b/gi, '急'],
  [/\bbills?\b/gi, '账单'],
  [/\binvoices?\b/gi, '发票'],
  [/\breceipts?\b/gi, '收据'],
  [/\bpay(?:ment)?\b/gi, '支付'],
  [/\b(?:parcels?|packages?|deliver(?:y|ies))\b/gi, '快递'],
  [/\bvisitors?\b/gi, '访客'],
  [/\bpass(?:es)?\b/gi, '通行证'],
  [/\bcleaning\b/gi, '保洁'],
  [/\bkeys?\b/gi, '钥匙'],
  [/\bbroken\b/gi, '坏了'],
  [/\brepairs?\b/gi, '报修'],
  [/\b(?:ppl|people|persons?|pax)\b/gi, '人'],
  // a theft just now with the man still about ("bike just got stolen … lock cut … a guy still hanging around")
  [/\bjust\s+(?=被|got\b|been\b|now\b)/gi, '刚刚'], [/\block\s+(?:was\s+|got\s+)?cut\b|\bcut\s+(?:the\s+|my\s+)?lock\b/gi, '锁被剪了'],
  [/\b(?:still\s+)?(?:hanging|lurking|loitering)\s+(?:around|about|outside)\b/gi, '还在附近转悠'],
  [/\b(?:dogs?|puppy)\b/gi, '狗'], [/\b(?:poo(?:p|ped|ps|ing)?|pooed|shit|crap)\b/gi, '拉屎'], [/\b(?:pee(?:d|s|ing)?|piss(?:ed)?)\b/gi, '撒尿'],
];

function mapSticker(_m: string, name: string): string {
  if (POSITIVE_STICKERS.has(name)) return ' 👍 ';
  if (ANGRY_STICKERS.has(name)) return ' 😡 ';
  return ' ';
}

const anyOf = (table: [RegExp, unknown][]) => new RegExp(table.map(([re]) => `(?:${re.source})`).join('|'), 'i');
const TYPO_ANY = anyOf(TYPOS);
const REGIONAL_ANY = anyOf(REGIONAL);

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
  if (/[^\x00-\x7f]/.test(s) && hasTraditional(s)) s = toSimplified(s);
  s = s.replace(AFTER_OPENCC_RE, (c) => AFTER_OPENCC.get(c)!);
  s = s.replace(/\[([^\[\]\s]{1,4})\]/g, mapSticker);
  for (const [re, rep] of CONTENT_EMOJI) s = s.replace(re, rep);
  if (/[a-z]/i.test(s)) for (const [re, rep] of INITIALS) s = s.replace(re, rep);
  s = s.replace(POSITIVE_EMOJI, ' 👍 ').replace(ANGRY_EMOJI, ' 😡 ').replace(OTHER_EMOJI, ' ');
  s = s.replace(/[–—―~～〜]/g, (c) => (c === '～' || c === '〜' || c === '~' ? '~' : '-'));
  // Every English pattern needs a word of two letters or more ("A座", "3#B" skip all of them).
  if (/[a-z]{2}/i.test(s)) for (const [re, rep] of ENGLISH) s = s.replace(re, rep as string);
  // One scan says whether any table entry applies (most messages need none of them).
  if (TYPO_ANY.test(s)) for (const [re, rep] of TYPOS) s = s.replace(re, rep);
  if (CANTONESE_HINT.test(s)) for (const [re, rep] of CANTONESE) s = s.replace(re, rep);
  if (REGIONAL_ANY.test(s)) for (const [re, rep] of REGIONAL) s = s.replace(re, rep);
  return s.replace(/\s+/g, ' ').trim();
}
