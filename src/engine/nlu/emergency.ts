// Emergencies must practically never be missed, so a hazard phrase decides the intent
// whatever the model says. TAXONOMY is just as clear about what is NOT one: negated
// hazards (masked in rules.ts), drips, one dead socket, a lift button, a planned cut,
// and a hazard that is only talked about: over already (误报, 已经救出来了), in the past
// (上周报的电梯困人那个事), hypothetical (万一着火, 停电的话) or a drill (消防演习).
// Such a mention is judged per clause, so "电梯困人了 人还在里面" still fires.

export type EmergencyKind = 'fire' | 'flood' | 'elevator' | 'gas' | 'power_outage' | 'security' | 'medical';
/** Kinds TAXONOMY names as `kind` values; 'medical' (someone collapsed) is an emergency without one. */
export const KIND_SLOT_VALUES: readonly EmergencyKind[] = ['fire', 'flood', 'elevator', 'gas', 'power_outage', 'security'];

// Checked in this order; the first kind with a current mention wins.
const RULES: [EmergencyKind, RegExp][] = [
  ['gas', /煤气味|燃气味|天然气味|液化气味|(?:煤气|燃气|天然气|液化气)(?:的)?(?:味道|气味)|(?:煤气|燃气|天然气)(?:泄漏|外泄)|漏(?:煤气|燃气|天然气|液化气)|(?:煤气|燃气|液化气|天然气)(?:罐|管道?|表|阀门?|灶)?.{0,10}(?:漏(?![费交缴])|嘶嘶|呲呲|滋滋)|(?:像|好像|像是|是不是)\S{0,2}(?:煤气|燃气|天然气|液化气)(?!费|灶|表|公司|开户|卡)|(?:燃气|煤气)报警器.{0,6}(?:响|叫)|(?<![胎球轮车垫暖])漏气(?!费)|一股气味.{0,4}煤气|(?:闻到|闻着).{0,6}(?:煤气|燃气|液化气|天然气)|gas\s*(?:leak|smell)|smell(?:s|ing)?\s*(?:of\s*)?gas/i],
  ['fire', /(?<![不没])着火|起火|失火|火灾|自燃|烧起来|(?<![不没])烧着了|冒烟|冒黑烟|浓烟|全是烟(?![头蒂灰])|好多烟(?![头蒂灰])|一股烟(?![头蒂灰味])|(?<!油)烟(?:雾)?(?:很|好|太|特别|超|非常)(?:大|浓)|(?:好|很|太|特别|超|这么)大的烟|火(?:势|光)|火(?:很|好|太|特别|非常|挺|超|老)大|烟雾(?!报警|探测|感应|传感)|烟感.{0,6}(?:响|叫|报警(?!器))|smoke|火警(?!\S{0,2}(?:按钮|手报|电话|报警按钮))|火苗.{0,2}(?:窜|蹿|冒|很大|好大)|明火|烧焦味|焦糊味|(?:消防|火灾)报警.{0,4}(?:响|叫)|fire(?!wall)/i],
  ['elevator', /(?:困|关|卡|锁)\s*在\s*(?:电梯|货梯|客梯|轿厢|[\dA-Z一二三四五六七八九十]号梯)|(?:困|关|卡|锁)(?:住)?\s*(?:电梯|货梯|客梯|轿厢)(?:里|内)|(?:电梯|货梯|客梯|轿厢|[\dA-Z一二三四五六七八九十]号梯|(?:这|那|哪|一)部梯)(?!门|按钮|按键|显示|屏)[^，。,.!?！？]{0,12}?(?:困人|困住|被困|关在里面|把人关|人关|人在里面|里面有人(?!吗|没|不|么|吐|抽烟|吸烟|在?抽|尿|拉屎|乱|贴|画|说话|打电话|遛)|里面.{0,2}人在|卡住了|卡住|卡着(?:不动|没动|不走)|卡在|停在半[路空截道]|停在半中间|停在.{0,4}中间|停在.{0,5}不走|不动了|停住|停了|急停|坠|掉下|往下掉|下坠|冲顶|蹲底|不走了|门打不开.{0,8}(?:人|里面))|停梯|被困.{0,4}电梯|电梯.{0,6}出不来|(?:lift|elevator).{0,10}(?:stuck|trapped)/i],
  ['flood', /水管.{0,3}(?:爆|裂(?!了?(?:个|一?条|一?道)?小?(?:缝|纹|口子?|洞))|炸|崩)|爆管|管子.{0,2}(?:爆|崩)|管道.{0,2}爆|爆水管|跑水|水漫(?!到脚)|漫水|漫金山|淹了|被淹|水淹|淹水|泡水|进水了|水浸|瀑布|成河|成了河|灌水|倒灌|(?<!风\S{0,3})往(?:外|下|屋里|家里)(?:涌|灌)(?!风|冷风|凉风|寒风|冷气|沙|土|烟)|水(?:一直|不停|还在|大量)(?:往外|往下)?(?:冒|涌|淌)|水.{0,4}(?:往外喷|喷出来|一直喷|哗哗|止不住|关不住|没过)|哗哗.{0,4}(?:流|漏|往下)|天花板.{0,6}(?:往下流|像下雨|跟下雨|灌水)|(?:流|漫)到(?:走廊|楼道|楼下|客厅|卧室)|满屋子?(?:都是|全是)水(?![印渍迹珠汽垢])|地上全是水(?![印渍迹珠汽垢])|发大水|flood/i],
  ['power_outage', /(?:整栋|整幢|全栋|全幢|整层|全楼|全小区|全单元|这栋|这幢|我们楼|楼里|整个(?:楼|大楼|楼栋|单元|小区|楼层|写字楼|大厦|商场|园区|家|屋子?|办公室|公司))[^，。,.!?！？\s]{0,6}?(?:停电|没有?电(?!梯|动|瓶|脑|视|话)|断电|全黑|黑了|黑灯)|(?:(?<![\d一二三四五六七八九十几]\s*)楼|单元|小区|大厦|写字楼|商场|园区)(?:里|都|全)?(?:全黑|全部没电|都没电|全没电)|全部没电|一点电都没有|全(?:屋|家|楼|层|部)\s*(?:都)?(?:没电|断电|停电|黑)|(?:家里|屋里|全家|整个家|楼里|办公室|公司|全屋|家)(?:(?!一个|某个|有个|插座|插头|房间|卧室|厨房|客厅|卫生间|书房|阳台|灯|开关)\S){0,4}(?:都|全)?没电了|停电了|突然停电|断电了|掉闸|(?:跳闸|总闸|电闸|空开|空气开关).{0,14}(?:合不上|推不上|拉不上|合不回|推不回|上不去|合不了)|power\s*(?:outage|cut)|blackout/i],
  ['security', /撬[^，。,.!?！？\s]{0,3}(?:门|锁|窗|开)|尾随|一直跟着我|有贼|进贼|(?:翻|爬|闯)(?:窗)?进(?:了)?(?:我家|隔壁|邻居家?|别人家|屋里|家里|楼里|单元)|(?:有人|人|小偷|贼|男的|女的|陌生人)\S{0,6}(?:翻|爬|闯|钻)(?:窗户?|墙|阳台)?(?:进|进去|进来)|(?:从|顺着)\S{0,6}(?:窗户?|阳台|墙|管道)\S{0,2}(?:爬|翻|钻)(?:进|了进)|被撬|有人撬|小偷|入室(?:盗|偷|抢)|有人入室|盗窃|正在偷|在偷东西|偷东西|打架|斗殴|打人(?!工)|打起来|动刀|持刀|拿刀|拿着刀|砍人|见血|流血|醉汉|喝醉|醉鬼|酒鬼|发酒疯|酒疯|砸车|砸门(?![框套槛])|踹门|踢门|抢劫|抢包|抓贼|抓小偷|抢(?:了)?(?:我|他|她|人)?的?(?:包|手机|钱包?|项链|金链|首饰)|被抢(?!购|光|先|占)|非礼|耍流氓|跟踪|可疑的人|可疑人员|(?:有人|陌生|男的|女的)\S{0,10}(?:拧|掰|试)\S{0,3}门把|陌生.{0,12}(?:闯|撬|翻|跟|转悠|徘徊)|翻墙进|闯进|报警吧|快报警|thief|break-?in/i],
];

// Hazard concepts rather than phrases: a hazard object and a state of it (its motion, quantity,
// smell, sound, reach), or a person at risk beside it. These catch wordings the phrase lists above
// have not seen ("电梯里关了个小孩", "电梯掉了两层", "窗帘点着了 扑不灭", "一股臭鸡蛋味",
// "水跟下雨似的 盆都接不过来", "这栋楼啪一下全灭了", "有人在试我家密码锁", "扭打在一起").
const NEAR = '[^，。,.!?！？；;]{0,10}?';
// Smells with a source that is not gas.
const NOT_GAS_SMELL = '(?:垃圾|下水|臭|油漆|装修|甲醛|烟味|抽烟|香水|烧烤|油烟|霉|狗|猫|尿|屎|粪)';
// Someone frail, and alone (a welfare check: "我妈一个人在家 电话一直打不通 她有心脏病").
const FRAIL = '(?:心脏病|高血压|糖尿病|痴呆|身体不好|瘫痪|行动不便|八十多|九十多)';
const ALONE = '(?:一个人在家|独居|自己在家|独自在家|一个人住)';
// A person, for what can happen to one (collapse, a missing child).
const MISSING = '(?:孩子|小孩|女儿|儿子|宝宝|娃娃?|闺女|小朋友|孙子|孙女|外孙女?|老人|老爷子|老太太|我爸|我妈|奶奶|爷爷|外婆|姥姥|姥爷|外公)';
const LIFT = '(?:家用梯|家用电梯|电梯|货梯|客梯|轿厢|[\\dA-Z一二三四五六七八九十]号梯|(?:两|三|几|一|这|那|俩)部梯)';
const GAS = '(?:煤气|燃气|天然气|液化气)(?!费|卡|表|公司|开户|灶|报警器)';
// A building, floor or home as a whole (not one room, a corridor or the lift).
const SCOPE = '(?:所有(?:的)?(?:灯|电器)|(?:我们|咱们)?这一?层|(?:我们|咱们|咱|这个?|整个)单元|整栋|整幢|全栋|全幢|整层|整个(?!房间|卧室|厨房|客厅|电梯|轿厢)|全楼|全单元|一整栋|这栋|这幢|我们楼|我们这栋|楼里|单元里|(?:这|一|整)排楼|(?:好|这)?几栋楼?|(?:两|三)栋楼|整片|这一?片)';
const HOME = '(?:全家|全屋|家里|屋里|邻居家?也)';
// Lights gone or no power, said of that scope.
const DARK = '(?:停电(?![动瓶])|(?:啥|什么)电都没|没有?电(?!梯|动|瓶|脑|视|话)|断电|(?:都|全)黑(?:了|着)|掉电|黑着|全熄了?|都熄了?|灯(?:全|都)熄|电(?:全|都)(?:没|断)了|全黑|黑了|黑灯瞎火|一片漆黑|漆黑一片|全灭了?|都灭了|灯(?:全|都)灭|灯(?:全|都)不亮|全都没电|都没电|全没电)';
// What lies between the scope and the state must not narrow it to one room ("家里一个房间的灯全不亮").
const GAP = '(?:(?!一个|某个|有个|房间|卧室|厨房|客厅|卫生间|书房|阳台|那盏|这盏)[^，。,.!?！？；;\\s]){0,8}?';
// Someone who may be shut in or at risk.
const PEOPLE = '(?:我|人|孩子|小孩|老人|我们|女儿|儿子|老婆|老公|我爸|我妈|爸爸|妈妈|奶奶|爷爷|外婆|姥姥|宝宝|家人|同事|朋友|老太太|老爷子|小朋友)';
const PERSON = '(?:有人|有个人|一个人|陌生人|外人|男的|女的|男人|女人|两个人|几个人|黑影|小偷|贼|不认识的人)';
const TAKEN = '(?:被人?|让人|给人)?(?:偷|偷走|卸走|顺走|拿走|撬走|推走|骑走|开走)了';
const JUST_NOW = '(?:刚才|刚刚|就刚|分钟前|分钟的事|还没(?:出|走|跑|离开)|应该还在)';
const ALARM = '(?:alarm|警报|报警器|报警铃|警铃|铃)';
const EVACUATING = '(?:整栋楼?|整个楼|全楼|楼里(?:的)?人|人(?:全部|都)?(?:在)?往(?:楼)?(?:下|外)跑|都(?:在)?往(?:楼)?(?:下|外)跑|疏散|撤离|哪(?:里|儿)?着了|黑灰|飘灰|(?:要不要|该不该|需不需要|用不用)(?:往下|往外|往楼下)?(?:撤|跑|下楼|疏散|逃|走))';
const CONCEPTS: [EmergencyKind, RegExp][] = [
  ['gas', new RegExp([
    // the odorant's smell, said as a simile
    '(?<!(?:下水|地漏|马桶|化粪池|垃圾)[^]*)(?:(?:臭|坏|烂)(?:了|掉)?的?鸡蛋(?:的)?\\S{0,3}(?:味|气味)|(?:像|好像|跟|似)\\S{0,2}(?:臭|坏|烂)(?:了|掉)?的?鸡蛋)(?![^]*(?:下水|地漏|马桶|化粪池|垃圾))',
    '可燃气体',
    // a smell at the stove that grows after it is off, or a strong smell with the gas company called
    '(?:燃气灶|煤气灶|灶台?)[^]{0,16}?(?:气味|味道?|异味)[^]{0,8}?(?:越来越(?:浓|大|重|冲)|(?:很|特别|好|太)(?:浓|冲))',
    '(?:气味|味道?)\\S{0,3}(?:特别|很|好|太|非常)(?:大|浓|冲|重)[^]*燃气公司|燃气公司[^]*(?:气味|味道?)\\S{0,3}(?:特别|很|好|太|非常)(?:大|浓|冲|重)',
    // a hiss at the stove or a gas fitting
    '(?:灶|燃气|煤气|天然气|液化气)\\S{0,6}(?:嘶嘶|呲呲|滋滋|咝咝|嗤嗤)',
    // a hiss and a smell, with a stove or gas in view ("邻居家一直有咝咝的声音 还有股味 像灶没点着那种")
    '(?:嘶嘶|呲呲|滋滋|咝咝|嗤嗤|丝丝)[^]{0,16}(?:味|臭)(?=[^]*(?:灶|燃气|煤气|天然气|液化气|气罐))|(?<=(?:灶|燃气|煤气|天然气|液化气|气罐)[^]*)(?:嘶嘶|呲呲|滋滋|咝咝|嗤嗤|丝丝)[^]{0,16}(?:味|臭)',
    // a gas cylinder leaking, a yellow (gas) pipe broken
    '(?:气罐|气瓶|钢瓶)\\S{0,4}(?:漏|嘶|呲)|黄色的?(?:管子?|管道)\\S{0,8}(?:破|断|裂|漏|冒气)',
    `${GAS}(?:的)?(?:味|气味)`,
    // a room full of it, or a person overcome beside it
    `(?:全是|都是|满屋子?|一屋子?|满是)\\S{0,2}${GAS}`,
    // a gas pipe or bottle damaged
    '(?:煤气|燃气|天然气|液化气)\\S{0,2}(?:管|管道|管子|罐|瓶|阀门?)\\S{0,3}(?:断了|挖断|破了|裂了|爆了|撞坏|撞断|漏了)',
    // a gas hose or pipe, said plainly ("气管子钻破了 嘶嘶往外喷", "灶上那根胶管掉了 屋里全是那股味")
    '(?<![水暖下排])(?:气管子?|胶管|燃气软管)\\S{0,6}(?:破|断|裂|(?<![漆皮])掉了|脱了|脱落|嘶嘶|呲呲|漏)',
    '(?:胶管|软管)\\S{0,3}(?:掉|脱|断|破|裂)[^]*(?:味|气)',
    `${GAS}[^]*?(?:晕倒|晕了|晕在|头\\S{0,2}晕|恶心|喘不上)|(?:晕倒|晕了|晕在|头\\S{0,2}晕|恶心|喘不上)[^]*?${GAS}`,
    // an unnamed smell at home that makes someone dizzy ("厨房有股味 闻着头晕"), not bins, drains or paint
    `(?<!${NOT_GAS_SMELL}[^]*)(?![^]*${NOT_GAS_SMELL})(?:有股|一股|有点|那个|怪|什么)\\S{0,3}味[^]{0,24}?头\\S{0,2}(?:晕|疼|痛)(?![^]*${NOT_GAS_SMELL})`,
    // the odorant's smell with someone unwell, or a soap test bubbling ("臭鸡蛋 头晕", "洗洁精水一抹 冒泡泡")
    '(?:臭|坏|烂)(?:了|掉)?的?鸡蛋[^]*(?:头晕|头疼|头痛|恶心|晕)|(?:头晕|头疼|头痛|恶心)[^]*(?:臭|坏|烂)(?:了|掉)?的?鸡蛋',
    '(?:洗洁精|肥皂|洗衣粉)水?[^]{0,12}(?:冒泡|起泡|泡泡)',
    // gas escaping where a pipe was damaged, or still coming with the valve shut
    '(?:管子?|管道|管线)\\S{0,6}(?:挖破|挖断|撞歪|撞坏|撞断|撞破|压破|砸破)[^]{0,16}(?:冒气|漏气|出气|嘶嘶|呲呲|嗤嗤|咝咝|味|呛)',
    '(?:冒|喷|漏|出)气[^]{0,10}味',
    '(?:味|气)[^]*阀门?\\S{0,2}关(?:了|哒|咗|掉了|上了)?\\S{0,3}(?:也|还是?|都)\\S{0,2}(?:有|在)|阀门?\\S{0,2}关(?:了|哒|咗|掉了|上了)?\\S{0,3}(?:也|还是?|都)\\S{0,2}(?:有|在)[^]{0,6}(?:味|气)|(?:灶|阀)[^]{0,16}(?:出味|冒味|往外出味)',
    '(?:气管子?|软管|胶管)\\S{0,3}(?:松|脱)(?:了|咯|哒|咗|开)',
    // a hiss by the stove or a pipe, and a smell ("灶台后面那个管子松了 嘶嘶的响 一股味")
    '(?:灶|炉|厨房|管|阀)[^]{0,20}(?:嘶嘶|呲呲|滋滋)[^]{0,20}(?:味|臭|闻到)',
    // the flame put out by a pot boiling over, and the room smells or someone is dizzy
    '(?:把火|火|灶|炉)\\S{0,2}(?:被|给)?\\S{0,2}(?:浇灭|浇熄|扑灭|灭了|熄了|熄火)[^]*(?:(?:满屋子?|一屋子?|全屋|整个屋子?|整屋|到处|屋里)\\S{0,6}味|头晕|恶心|气\\S{0,2}(?:一直|还)\\S{0,2}开着)',
  ].join('|'))],
  ['fire', new RegExp([
    '(?:alarm|警报|报警器|报警铃|警铃)[^，。,.!?！？]{0,6}(?:响|叫|鸣)(?=.*(?:(?<![抽吸])烟(?![头蒂灰]|雾?(?:报警|探测|感应|传感))|焦|糊|火|呛|咳|白茫茫|看不清|怪味|异味|烧|黑了一块|发烫))|(?:(?<![抽吸])烟(?![头蒂灰]|雾?(?:报警|探测|感应|传感))|焦|糊|火|呛|咳|白茫茫|看不清).*(?:alarm|警报|报警器|报警铃|警铃)[^，。,.!?！？]{0,6}(?:响|叫|鸣)',
    // flames or sparks moving, smoke pouring
    '(?:窜|蹿|冒|喷|溅)(?:了|出|起|着)?(?:火苗|火星|火花|火舌|火焰|火光|明火)',
    '(?:黑|浓)烟(?:滚滚|弥漫|直冒|往外|冒|窜|翻|飘|涌|出来|进来)|(?:冒|窜|翻|飘|涌|滚|往外|全是|都是|一股|好多)\\S{0,3}(?:黑|浓)烟',
    // something set alight, a fire that cannot be put out, a place "着了"
    '把(?![^，。,.!?！？]*?(?:灶|炉|蜡烛|烟|打火机|火柴|蚊香|炭|香))\\S{0,8}(?:点着|烧着|引燃|点燃)了|(?:窗帘|被子|沙发|床|衣服|柜子|电线|插座|插排|电瓶车|电动车|垃圾|纸箱|房子|车棚)\\S{0,2}(?:点着|烧着|着起来|燃起来)',
    '扑不(?:灭|掉|下去)|灭不(?:了|掉|下去)|浇不灭',
    '被\\S{0,10}(?:点着|引燃|烧着)了',
    // fire coming out, a battery or bottle exploding, something still burning
    '(?:往外|在|直)?喷火|冒火(?!星)|(?:电瓶|电池|锂电池|充电宝|电动车|电瓶车|平衡车)\\S{0,6}(?:炸了|爆炸|爆了|起火|自燃)|(?:还在|正在|一直在)烧(?!水|饭|菜|香|纸|烤|开水)',
    '(?:楼道|走廊|家里|屋里|厨房|卧室|客厅|阳台|楼上|楼下|隔壁|对面|车库|地库|仓库|车棚|配电箱|配电房|配电室|电箱|电表箱|插座|插排|电线|房子|楼)(?:里|上|那边|那里|那儿|这边|这里)?也?着(?:了|起来)',
    // a burning smell that is strong or spreading (not a pot on the stove)
    '(?<!(?:炒|煮|煎|烤|饭|菜|锅|烧水|做饭)[^]*)(?![^]*(?:炒|煮|煎|烤|饭|菜|锅|烧水|做饭))(?:(?:烧焦|焦糊|焦|糊|煳|烧了|胶皮|塑料|橡胶|电线)了?的?(?:味儿?|味道|气味)(?=[^，。,.!?！？；;]*(?:越来越|浓|冲|呛|重|到处))|(?:越来越|很|好|特别|太)?(?:浓|冲|呛人)的?(?:焦|糊|胶皮|塑料))',
    '(?:像|好像|像是)\\S{0,2}(?:在)?烧(?:塑料|电线|橡胶|轮胎|东西|着了)',
    // a pan of oil alight ("油锅燃起了 锅盖都压不住", "油锅呼的一下窜上来了 锅盖盖不住")
    '(?:油锅|锅里|炒锅)\\S{0,3}(?:着了|燃起|起火|着火|烧起来|窜火|蹿火)|(?:油锅|锅里|炒锅)[^]{0,10}(?:窜|蹿)(?:上来|起来|出来)?[^]{0,16}(?:盖不住|压不住|扑不灭)',
    // a pot left on and the kitchen filling with smoke ("炖的东西忘关了 厨房灰蒙蒙的看不清")
    '(?:忘关|没关)[^]*(?:灰蒙蒙|雾蒙蒙|白茫茫|看不清|呛)|(?:灰蒙蒙|雾蒙蒙|白茫茫|看不清)[^]*(?:忘关|没关)',
    // a wall or door hot to the touch
    '(?:墙|墙壁|门|门把手?|地板)\\S{0,6}(?:烫手|滚烫)',
    // choking smoke or a burning smell with people leaving the building
    `(?:呛|焦|糊|烟)[^]*${EVACUATING}`,
    // an alarm with the building emptying or ringing everywhere ("报警器狂响 楼里人都在往下跑")
    `${ALARM}[^，。,.!?！？]{0,8}(?:响|叫|鸣)(?=[^]*${EVACUATING})|${EVACUATING}[^]*${ALARM}[^，。,.!?！？]{0,8}(?:响|叫|鸣)`,
  ].join('|'))],
  ['elevator', new RegExp([
    // "困梯", "梯里困了人", two lifts "趴窝了" and standing still
    '困梯|(?<![楼扶爬])梯(?:里|内)\\S{0,3}困',
    `${LIFT}\\S{0,3}(?:都|全)?(?:趴窝|罢工|一动不动|动不了)`,
    `${LIFT}${NEAR}(?:(?:关|困|锁)(?:(?:了|住|着)?(?:人|我|小孩|孩子|老人|宝宝)|(?:了|住|着)(?:个|一个|几个|两个))|把(?:我|人|孩子|小孩|老人|我们)(?:给)?(?:关|困|锁)|(?:掉|坠|滑)了?(?:一截|一层|两层|几层|好几层|下去)|(?:我|人|孩子|小孩|老人|我们)\\S{0,3}出不来)`,
    // someone inside a lift that will not let them out
    `${PEOPLE}(?:还|都|也)?在${LIFT}?(?:里面|里头)(?=[^]*${LIFT}|[^]*出不)|${LIFT}[^]*(?:停|卡|不动|打不开|坏)[^]*(?:里面|里头)(?:还)?有(?:个)?人|${LIFT}[^]*(?:里面|里头)(?:还)?有(?:个)?人[^]*(?:出不来|打不开|拍门|喊|救)|${LIFT}[^]*${PEOPLE}(?:还|都|也)?在(?:里面|里头)|${LIFT}(?:里|内)\\S{0,6}(?:出不(?:来|去)|下不来|上不去)`,
    // a lift running out of control ("电梯一直在上上下下 停不下来 门也不开", "一直往下溜 停不住")
    `${LIFT}[^]{0,16}?(?:停不下来|停不住|刹不住|上上下下|往下溜|往下滑|乱跑|乱窜)`,
    // a door that has caught someone and will not let go
    `${LIFT}[^]{0,12}夹住(?:了)?[^]{0,8}(?:拔不出|拿不出|抽不出|出不来|动不了)|${LIFT}[^]{0,6}(?:把|将)\\S{0,6}(?:胳膊|手|腿|脚|人|小孩|孩子)\\S{0,3}夹住`,
    // someone inside and shut in ("电梯门没人开 里面有个后生仔 困了二十分钟")
    `${LIFT}[^]*(?:里面|里头)有[^]*困(?:了|住|着)|(?:困|关|卡)(?:在|了|住)\\S{0,2}(?:部|个|这部|那部|台)${LIFT}`,
    // a lift that suddenly stands still with its doors shut ("2号梯突然不动 门打不开")
    `${LIFT}\\S{0,4}(?:突然|忽然)?不动(?:了|弹)?[^]{0,6}门\\S{0,2}(?:打不开|开不了|不开)`,
    // a lift whose doors stay shut on the owner for a long time ("电梯真贴心 打算留我过夜了 门不开 已经二十分钟了")
    `${LIFT}[^]{0,30}?门\\S{0,2}(?:不开|打不开|开不了|开不开)(?![^]*(?:慢|关不上|夹))(?=[^]*(?:(?:已经|都|等了)\\S{0,3}(?:\\d+|[一二两三四五六七八九十几半]+)\\S{0,2}(?:分钟|钟头|小时)|留我|把我|我在里面|出不去|过夜))`,
    // shut inside, said further on ("电梯门打不开 我妈和娃儿关在里头了")
    `${LIFT}[^]{0,30}?(?:关|困|锁|卡)在(?:里面|里头|里边)`,
  ].join('|'))],
  ['flood', new RegExp([
    // water likened to rain, a river or a waterfall
    '(?:跟|像|如同?)\\S{0,2}(?:下雨|下大雨|小河|河|瀑布|水帘|喷泉)(?:似的|一样|一般)?(?=[^]*(?:水|漏|渗))|(?:水|漏|渗)[^]*(?:跟|像|如同?)\\S{0,2}(?:下雨|下大雨|小河|河|瀑布|水帘)',
    // more than one can catch or mop, deep water, a drip turning into a stream
    '(?:盆|桶)\\S{0,2}都?(?:不够|接不过来|装不下)|(?:接|拖|擦|舀)不过来|(?:到|没过|淹到|漫到|淹过)\\S{0,2}(?:膝盖|小腿|大腿|腰)',
    // (a cistern or tap that will not stop running is a repair: "水箱…水一直往下流 停不下来")
    '(?<!(?:马桶|水箱|龙头)[^]*)(?<!(?:空调|外机|冰箱|饮水机|花洒|喷头)\\S{0,6})水\\S{0,4}(?:一直|不停|还在|哗哗)(?:地)?往(?:下|外)流(?![^]*(?:马桶|水箱|龙头))',
    '(?:吊顶|天花板|天花|石膏板)\\S{0,3}(?:塌|掉下来)(?=[^]*水)|(?<=水[^]*)(?:吊顶|天花板|天花|石膏板)\\S{0,3}(?:都)?(?:塌|掉下来)',
    '(?:屋里|家里|楼道|走廊|地上|满地|客厅|卧室|厨房|地下室|车库|地库|楼梯)\\S{0,2}(?:全是|都是|全都是)水(?![印渍迹珠汽垢])|(?:漫|淹|流|灌)(?:到|进|进了)\\S{0,2}(?:电梯|门口|走廊|楼道|楼下|客厅|卧室|房间|隔壁|屋里|家里|楼梯)|淹(?:到|过|没)\\S{0,2}(?:脚踝|脚面|脚背|膝盖|小腿|腰)',
    '(?:喷淋头?|消防喷头)\\S{0,6}(?:喷水|爆了|掉了|漏水|炸了|一直喷)|满地(?:都|全)?是(?:污|粪|脏|黑|臭)?水|(?:大股大股|一股一股|一股股)\\S{0,3}(?:往下|地)?(?:落|掉|流|淌|冒|涌|灌)',
    '(?:流|漏|淌|冒|喷|渗)水\\S?[\\s，,]?(?:很|好|特别|超|非常|太)(?:大|急|猛)|大量(?:漏|渗|进|冒|涌)水|越(?:滴|流|漏|渗|冒)越(?:快|大|多|急)|连成(?:了)?(?:线|串|一条线)',
    // water like an open tap, water pushing out of a room, everything beside it wet
    '(?:跟|像)\\S{0,3}(?:开了?|拧开了?|打开了?)\\S{0,2}(?:水龙头|龙头)(?:似的|一样|一般)|往外(?:冒|涌|喷)水|(?:旁边|边上|周围|里面|底下)(?:全是|都是|全都是)水(?![印渍迹珠汽垢])',
    // a drip turned into a stream ("本来是滴水 现在越来越快 直接成一条线往下流了")
    '(?:连|直接)?成(?:了)?一?(?:条|股)(?:线|水)?(?=\\S{0,4}(?:往下|流|淌|落|掉))|(?<=(?:滴|漏|渗|流)水?[^]{0,10})越来越(?:快|急|猛)',
    // a ceiling about to come down under water, or "rain" from the flat above ("楼上又给我家下雨了 暴雨级别")
    '(?:吊顶|天花板|天花|石膏板)[^]{0,8}(?:要|快|快要)塌(?=[^]*(?:水|漏|渗|滴|雨))|(?<=(?:水|漏|渗|滴|雨)[^]*)(?:吊顶|天花板|天花|石膏板)[^]{0,8}(?:要|快|快要)塌',
    '(?:楼上|天花板|吊顶|屋顶)[^]{0,10}(?:下暴雨|下大雨|暴雨级别)',
    // water moving hard
    '(?<!(?:空调|外机|冰箱|饮水机|花洒|喷头)\\S{0,6})(?:(?:往(?:下|外|里|屋里|家里|我家|楼下|房间)|到处)\\S{0,1}(?:淌|冲|灌|涌|喷|飙)(?=[^]*水)|(?<=水[^]*)(?:往(?:下|外|里|屋里|家里|我家|楼下|房间)|到处)\\S{0,1}(?:淌|冲|灌|涌|喷|飙))|水\\S{0,3}(?:冲|喷|呲|滋|飙|涌)得?(?:满|到处|老高|一地|一屋)',
    // a pipe or fitting that has burst or come off (not a small crack)
    '(?<!(?:煤气|燃气|天然气|液化气)\\S{0,2})(?:(?<![下排])水管|(?<![下排])管子|(?<![下排])管道|进水管|暖气管|暖气片|消防管|阀门|水阀|接头|软管)\\S{0,3}(?:爆|崩|炸|破了|脱了|脱落|断了|裂开)(?!了?个?(?:小|一点|点))',
  ].join('|'))],
  ['power_outage', new RegExp([
    `${SCOPE}${GAP}${DARK}`,
    // the main switch drops again the moment it is pushed up ("推上去啪的一下又掉"); one that holds a while is a repair
    '(?:总闸|电闸|空开|空气开关|闸)[^，。,.!?！？]{0,4}(?:一推|推上去|一合|合上去?)(?:(?!过一会|一会|过会|几分钟)\\S){0,6}(?:就|又|马上|立马|立刻)\\S{0,4}(?:掉|跳)|(?:跳闸|电闸|总闸|空开)[^]{0,16}(?:推|合)了?\\S{0,4}(?:次|遍)\\S{0,2}(?:都|也)?(?:不行|没用|推不上|合不上)',
    // a home: "屋里黑了" may just be dusk
    `${HOME}${GAP}(?!黑了)${DARK}`,
    '一点电\\S{0,2}(?:都|也)?没有?(?!\\S{0,2}(?:了吗|吧))',
    // every appliance dead at once ("啥电器都用不了", "冰箱空调都停了")
    '(?:啥|什么|所有|全部|家里)(?:的)?电器\\S{0,3}(?:都|全)(?:用不了|不能用|停了|不转了?|没反应|不动了?)|冰箱\\S{0,4}空调\\S{0,2}(?:都|全)停了',
    '(?:小区|片区)(?:里)?\\S{0,4}(?:停电(?![动瓶])|全黑|一片漆黑|漆黑一片|黑灯瞎火|都没电|全没电)',
    // lights or power gone, and the neighbours the same ("电脑全灭了 灯也没了 隔壁公司也一样")
    '(?:灭|没电|黑|停电|断电|灯也没了)[^]{0,24}(?:隔壁|邻居|对门|楼上|楼下)\\S{0,4}(?:也一样|也是|也没电|也黑|都一样|也停)',
    // the home dead and the shared lights out too ("屋里啥都没了 楼道灯也灭了")
    '(?:家里|屋里|全屋)[^]{0,20}?(?:楼道|走廊|路)灯\\S{0,2}(?:也|都)\\S{0,2}(?:灭|不亮|黑|熄)|(?:楼道|走廊|路)灯\\S{0,4}(?:灭|不亮|黑|熄)[^]{0,20}?(?:家里|屋里|全屋)\\S{0,2}(?:也|都)\\S{0,2}(?:没有?电|停电|断电|黑)',
  ].join('|'))],
  ['security', new RegExp([
    '头破血流|打(?:得|成)\\S{0,4}(?:血|伤|住院)|互(?:砸|殴|砍|捅)|(?:拿|持|抡|举|抄|挥|提|拎)(?:着|起)?\\S{0,2}(?:刀|棍子?|棒子?|酒瓶子?|砖头?|铁棍|板凳|凳子|椅子|斧头|锤子|铁锹)(?!\\S{0,2}(?:顶|垫|挡|堵|压|撑))',
    '(?:门|锁|窗)\\S{0,3}被(?:人)?撬|(?:人|小偷|贼)(?:可能)?还没走',
    // someone pulling at a shop's shutter, a car window just smashed with the man still about
    `${PERSON}[^，。,.!?！？]{0,8}?(?:拉|撬|掀|抬|砸)\\S{0,4}卷帘门`,
    '(?:车窗|车玻璃)\\S{0,4}(?:已经)?(?:碎了|被砸了?|砸碎了|砸烂了)[^]*(?:还在|没走|往里面?(?:走|跑)|跑了)',
    // someone forcing a car now ("有人在撬我的车")
    `${PERSON}[^，。,.!?！？]{0,8}?(?:在|正在)?撬\\S{0,4}车(?!库门)`,
    // a fight, someone hurt by another
    '扭打|厮打|撕打|打成一团|揪打|(?:两个|几个|俩|他们|有人|男的|女的)\\S{0,4}动(?:起)?手了?|打得(?:很|好|特别|太)?(?:凶|厉害|狠)|可疑的?(?:男|女|家伙)|被(?:人)?(?:打伤|打破|推倒|揍|打了|砸了|砸坏|砸烂)|打伤',
    `${PERSON}\\S{0,4}(?:在|正在)抢(?!购|票|红包|车位|位|先|着)`,
    // drunk and disorderly
    '烂醉|醉醺醺|醉酒|耍酒疯|喝多了\\S{0,8}(?:闹|砸|打|骂|撒泼|躺|踹|拍门|敲门)',
    // a stranger working at a lock, a car door, a window, or climbing the outside
    `${PERSON}[^，。,.!?！？]{0,16}?(?:试|拧|掰|撬|捅|拽|扒|撞|踹|砸|捣鼓|鼓捣|挨个\\S{0,2}(?:拉|开|看|试|拽)|一个个\\S{0,2}(?:拉|开|看|试|拽))\\S{0,7}(?:锁|门|车窗|窗)`,
    `${PERSON}[^，。,.!?！？]{0,8}?(?:往上爬|往下爬|爬(?:阳台|窗户?|墙|水管|管道|空调外机)|翻(?:阳台|窗户?|栏杆|围墙))`,
    `${PERSON}\\S{0,4}(?:在|正在)偷(?!懒|看|听|笑|拍|偷)|鬼鬼祟祟|形迹可疑`,
    // going door to door trying doors, cutting a lock
    '(?:挨(?:层|家|户|家挨户|个门)|一家一家|一户一户|一层一层)\\S{0,3}(?:推|拉|拧|试|撬)\\S{0,2}门|(?:有人|人|男的|女的|陌生人|小偷|贼)\\S{0,8}(?:剪|割|锯|砸)\\S{0,8}锁',
    // a fight in slang, someone's head broken
    '干起来了|干起架|打群架|群殴|头\\S{0,2}(?:都|也)?(?:被)?打(?:破|出血|流血)',
    '(?:喝多(?:了|的)|醉汉|酒鬼)[^]{0,14}?(?:闹|喊|叫|砸|打|推|骂|撒泼|踹|拍门|敲门|摔|扔|掀|发酒疯)',
    // a stranger pulling a child away ("有个男的一直拉小朋友的手 要带他走"), a child taken
    `(?:${PERSON}|陌生)[^]{0,12}?(?:拉|拽|抱|拖|牵|哄|骗)(?:着|住)?\\S{0,4}(?:小孩|孩子|小朋友|小女孩|小男孩|娃)[^]{0,16}?(?:带(?:他|她|走)|抱走|拉走|拽走|跟(?:他|她)走|不撒手|不松手|哭)|拐(?:卖|孩子|小孩)|人贩子|抢孩子|(?:小孩|孩子|小朋友)\\S{0,4}被(?:人)?(?:抱走|拉走|带走|拐走)`,
    // a child or an old person missing ("孩子找不到了", "我女儿放学没回家 她就在小区里不见的")
    `${MISSING}(?:(?:在|从)[^，。,.!?！？\\s]{0,8}?)?(?:走丢|走失|找不到了|不见了|没影了|丢了(?=$|[\\s，。,.!?！？啊呀]))`,
    `${MISSING}[^，。,.!?！？]{0,8}?(?:放学|出去|下楼|出门)[^，。,.!?！？]{0,8}?(?:没回(?:家|来)|还没回)(?=[^]*(?:急|监控|找|报警|帮忙|不见|关机|痴呆))`,
    // a home found ransacked
    '(?:屋里|家里|房间|抽屉|柜子)\\S{0,3}被(?:人)?(?:翻|拉开|撬开|打开)|翻得(?:乱七八糟|一团糟|一塌糊涂|乱糟糟)|(?:家里|屋里|房间里)(?:进|来)(?:了)?(?:人|贼)了',
    // something stolen minutes ago, the thief maybe still about ("电瓶让人卸走了 就刚才十分钟的事")
    `${TAKEN}[^]{0,24}?${JUST_NOW}|${JUST_NOW}[^]{0,16}?${TAKEN}`,
    // a stranger on a balcony or a wall, someone following the owner
    `(?:阳台|窗户?|窗台|墙头?|围墙|栏杆|空调外机)\\S{0,4}${PERSON}\\S{0,3}(?:在|正在)?(?:翻|爬|钻)`,
    `(?:${PERSON}|男的|女的)\\S{0,6}(?:一直|老)?跟着我`,
    // someone inside the home while the owner is away or hiding
    `${PERSON}\\S{0,4}进(?:了|去了|来了)?\\S{0,2}(?:我家|家里|屋里)(?=[^]*(?:不在家|在外地|在外面|家里没人|没人在家|监控))|(?:家里|屋里)有(?:个)?人[^]*(?:不敢|害怕|好怕|躲在)`,
    `(?:人影|黑影|有人|有个人|陌生人)\\S{0,4}(?:在)?(?:客厅|卧室|屋里|家里|房间)(?:里)?\\S{0,4}(?:走|晃|翻|转|找)(?:(?<=(?:不在家|在外地|老家|出差|旅游|家里没人|没人在家|监控)[^]*)|(?=[^]*(?:不在家|在外地|老家|出差|旅游|家里没人|没人在家)))`,
    '(?:密码错误|输错密码|锁(?:已|被)?冻结|被锁定)(?=[^]*(?:不认识|陌生|可疑|家里(?:现在)?没人|没人在家))',
    // forced doors, valuables gone after a break-in
    '(?:门|锁|窗)\\S{0,3}被(?:人)?(?:弄开|砸开|踹开|撬开|拧开)',
    '(?:窗|玻璃|门|锁)\\S{0,4}(?:碎了|被砸|被撬|开着)[^]*(?:首饰|钱|现金|金|电脑|东西)\\S{0,4}(?:没了|不见了|少了|丢了)',
    // a stranger who will not leave, handles turning, cars tried one by one, a snatch
    `(?:男的|女的|人|陌生人|叔叔|阿姨|大叔|男人|女人)\\S{0,6}(?:一直|老是|使劲)\\S{0,2}(?:在)?(?:敲|拍|砸|按)\\S{0,4}门[^]*(?:不认识|不走|害怕|好怕|一个人在家)`,
    '门把手?\\S{0,2}(?:在|一直)(?:动|转)',
    // a stranger loitering and trying the door, still there
    '(?:不认识|陌生|可疑)[^]{0,20}(?:晃来晃去|转来转去|转悠|徘徊|蹲守|转了(?:好久|半天|很久|好一会))[^]*(?:怕|还在|拉门|试|敲门|门把)',
    '一辆(?:车)?一辆(?:车)?(?:地|的)?\\S{0,2}(?:拉|开|试|拽)',
    `${PERSON}\\S{0,6}(?:在|正在)?抢\\S{0,6}(?:的|额|嘅)?(?:包|手机|钱包?|项链|金链)`,
    '(?:正|正在)(?:被|叫|让)人?(?:偷|推走|骑走|搬走|拿走|撬)',
    // someone working at the owner's lock from outside ("有人在外面用什么东西弄我家的锁")
    '(?:有人|陌生人|外人|男的|女的|不认识的人)[^帮]{0,12}(?:弄|捣鼓|鼓捣)\\S{0,4}(?:我家|我们家|别人家|邻居家|家)的?(?:锁|门锁)',
    // someone looking in at a window from outside
    `${PERSON}\\S{0,4}(?:趴|蹲|站|贴|扒)在\\S{0,6}窗\\S{0,4}(?:往里|朝里|偷)(?:看|瞅|瞧|张望)`,
  ].join('|'))],
  // someone collapsed, unconscious, fitting or badly hurt: an emergency with no TAXONOMY kind
  ['medical', new RegExp([
    '(?<!差点|差一点|快|快要|要|都要|气得|吓得|热得|累得|饿得)(?:晕倒|昏倒|晕过去|昏过去|昏迷|不省人事|倒地不起|(?<=人|老|孩子|小孩|突然|一下)倒地|抽搐|抽风|口吐白沫|休克)',
    '(?<![^]*(?:睡|困觉|瞌睡)[^]*)(?:叫|喊|拍)不醒(?![^]*(?:睡|困觉|瞌睡))|没(?:有)?了?(?:呼吸|意识|知觉)|心脏病(?:又|突然)?(?:犯了|发作)|犯(?:病|心脏病)了|大出血|流了(?:好多|很多|一地|一大滩)血',
    '摔(?:倒|了一跤|下来)[^]{0,10}(?:起不来|流血|出血|不能动|动不了|骨折|断了|不动了)|(?:头|腿|手|脸)\\S{0,3}(?:在|一直)?(?:流血|出血)(?![^]*(?:打|砍|刀|捅))',
    '(?<![^]*(?:睡|困觉|瞌睡)[^]*)(?:叫|喊)\\S{0,3}(?:也|都)?(?:不应|没(?:有)?(?:反应|回应|应声?))(?![^]*(?:睡|困觉|瞌睡|电话|微信|消息|客服|物业|你们))|羊水破了|要生了|临产',
    `(?:打不通|联系不上|没人接|不接电话|敲门没人应|敲门不应)(?:(?<=${FRAIL}[^]*)|(?=[^]*${FRAIL}))(?:(?<=${ALONE}[^]*)|(?=[^]*${ALONE}))`,
    '咬(?:了|伤|破)[^]{0,8}(?:出血|流血)|(?:胸口|心口)\\S{0,2}(?:疼|痛|闷)[^]{0,14}(?:起不来|倒|晕|喘不|脸)|(?:突然|一下子)[^]{0,10}(?:胸口|心口)\\S{0,2}(?:疼|痛|闷)|喘不上气|呼吸困难|嘴唇发紫',
    '溺水|掉(?:进|到)\\S{0,4}(?:水池|泳池|池塘|河里|井里|水里)',
  ].join('|'))],
];

// A question about a planned cut or a notice is a consult, not an outage.
const PLANNED_CUT_RE = /(?<!有|没|没有|未|也没|都没)(?:要|会|将|会不会|通知|计划|预计|明天|今晚|几点)\S{0,3}(?:停电|断电|停水)|(?<!没(?:收到|看到|接到|见到|有|人)?\S{0,2})停电(?:检修|通知|计划)|几点(?:来电|恢复)(?!.{0,6}(?:黑|急))/;
// "停电了" with a bill in view is a prepaid meter running out (fee), not an outage.
const PREPAID_RE = /^(?![^]*(?:没欠|不欠|不是欠费|交过了|充过了|(?:电费|钱)(?:也|都)?(?:交|充)了|还有钱|有钱|有余额|余额还有|刚充))[^]*(?:电费|欠费|余额|充值|电卡|没钱了|去哪充|怎么充|在哪充)/;
// ... unless a whole building or area is dark, which no meter explains.
const WIDE_SCOPE_RE = /整栋|整幢|全楼|整个楼|整层|全小区|整个小区|这片|整片|几栋|单元都|楼里都/;

// Within the clause of the mention: hypothetical, a drill, a false alarm, advice.
const NOT_NOW_RE = new RegExp([
  '(?:跟|像)\\S{0,2}(?:煤气|燃气|天然气)(?:泄漏|漏了?)?\\S{0,2}(?:似的|一样)|(?:跟|像)\\S{0,2}(?:停电|断电|没电)(?:了)?\\S{0,2}(?:似的|一样)|(?:跟|像)\\S{0,2}(?:着火|失火|火灾)(?:了)?\\S{0,2}(?:似的|一样)|以为|还当是|万一|如果|哪天|迟早|早晚|总有一天|算谁的|应该\\S{0,2}(?:走|坐|做|先|用)|走楼梯还是|还是(?:坐|走)电梯|要是|假如|假设|的话|一旦|以防|防止|预防|怕(?:进|有|被|会|着|起|失)|(?<!是不是)(?:演习|演练)(?![吗么呢]|还是)|误报|虚惊|应该(?:往|怎么|怎样)|往哪(?:跑|逃|走|撤)|逃生|怎么(?:测试|检测|预防|防范|逃|自救)|注意(?:什么|事项)',
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
const SMOKE_SOURCE_RE = /烧烤|撸串|抽烟|吸烟|抽着烟|烟头|烧纸|烧香|上香|油烟|蚊香|烟花|鞭炮|(?<!没|没有|没在|不是)(?:做饭|炒菜)|熏肉|腊肉|烤焦|烤糊|烤面包/;
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
const LOITERING_RE = /转悠|徘徊|晃来晃去|转来转去/;

// A nuisance that comes back every day ("楼上每天半夜放水 哗哗的", "有时候还砸门") is a complaint.
const HABITUAL_RE = /老(?=[跳响坏停卡漏])|每天|天天|每晚|每次|经常|老是|总是|老有|常有|总有|时不时|有时候|动不动/;
// Damage found and its cause guessed at ("地板鼓起来了 是不是下面进水了") is a repair.
const DAMAGE_RE = /鼓起来|鼓包|翘起来|翘着|起皮|发霉|霉斑|水印|印子|裂缝|变形/;
const GUESS_RE = /是不是|会不会是|可能是|怀疑|估计是|应该是/;
// A cistern or tap that will not stop is a repair, unless the water spreads.
// (not a fixture named only as a likeness: "像开着水龙头一样", "like a tap turned on")
const FIXTURE_RUNNING_RE = /(?<!(?:像|跟|好像|似|like)[^，。,.]{0,5})(?:马桶|水箱|龙头|花洒)/;
const WATER_SPREAD_RE = /满地|满屋|漫|淹|全是水|都是水|溢出来|流到|成河|往外冒|往外流|到处|喷|崩|断|脱开|(?<![费表]\S{0,2})爆|瀑布|门缝|接不过来/;
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
  const loiteringOnly = HABITUAL_RE.test(masked) && !STILL_RE.test(masked);
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
