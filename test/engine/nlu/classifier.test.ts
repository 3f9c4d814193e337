// Classifier behaviour on sentences written for these tests (not dev-set lines):
// one or more per intent, the emergency boundaries of TAXONOMY, priorities and the
// shape of NluResult.
import { createEmbeddedNlu, INTENTS, type NluResult } from '../../../src/engine/nlu';
import { EmbeddedNlu } from '../../../src/engine/nlu/engine';

const NOW = new Date('2026-11-23T10:00:00+08:00');
const nlu = createEmbeddedNlu();
const parse = (t: string): NluResult => nlu.parseSync(t, NOW);

describe('intents', () => {
  it.each([
    ['卫生间洗手池的下水很慢 麻烦派人通一下', 'repair.report', { category: 'plumbing' }],
    ['书房顶灯坏了 开关按了没反应', 'repair.report', { category: 'electrical' }],
    ['电梯门关得很慢 按钮也不太灵', 'repair.report', { category: 'elevator' }],
    ['空调遥控没用 空调不启动 7-2-803', 'repair.report', { category: 'appliance', unit: '7-2-803' }],
    ['电梯卡在12楼不动了 里面有人', 'emergency.report', { kind: 'elevator' }],
    ['闻到一股煤气味 在2号楼楼道', 'emergency.report', { kind: 'gas' }],
    ['楼上半夜一直在拖东西 响了一晚上', 'complaint.file', { category: 'noise' }],
    ['有人一直占用我的车位 门岗也不管', 'complaint.file', { category: 'parking' }],
    ['忘带钥匙被锁门外了 来个人开下门吧', 'service.request', { service: 'door_open' }],
    ['下周要搬家 需要开放行条 麻烦办一下', 'service.request', { service: 'item_release' }],
    ['明天下午两点到四点订小会议室 6个人', 'meeting_room.book', { date: '2026-11-24', start: '14:00', end: '16:00', attendees: 6, room: '小会议室' }],
    ['帮我把后天的会议室退了', 'meeting_room.cancel', { date: '2026-11-25' }],
    ['周四大会议室有空吗', 'meeting_room.query', { date: '2026-11-26', room: '大会议室' }],
    ['我家物业费欠了多少 6-1-1001', 'fee.query', { fee_type: 'property', unit: '6-1-1001' }],
    ['停车费用微信怎么交', 'fee.pay', { fee_type: 'parking' }],
    ['早上报修的热水器 师傅几点过来', 'ticket.status', {}],
    ['装修押金多少钱 什么时候能退', 'consult', { topic: 'renovation' }],
    ['帮我转一下人工客服', 'handoff.human', {}],
    ['非常满意 五星好评', 'feedback.rating', { score: 5 }],
    ['您好 请问在吗', 'greeting', {}],
    ['好的 谢谢您', 'thanks', {}],
    ['帮我推荐一部电影', 'out_of_scope', {}],
  ])('%s -> %s', (text, intent, slots) => {
    const r = parse(text);
    expect(r.intent).toBe(intent);
    expect(r.slots).toEqual(slots);
  });
});

describe('emergency boundaries (TAXONOMY)', () => {
  it.each([
    ['厨房着火了', 'fire'], ['楼道里好多烟 烟感在叫', 'fire'], ['水管爆了 满地是水', 'flood'],
    ['楼上的水哗哗往我家天花板流', 'flood'], ['电梯困人了', 'elevator'], ['我被关在电梯里了', 'elevator'],
    ['燃气味好重', 'gas'], ['整栋楼都停电了', 'power_outage'], ['有人撬门', 'security'], ['小区门口有人打架', 'security'],
  ])('%s is an emergency (%s)', (text, kind) => {
    const r = parse(text);
    expect(r.intent).toBe('emergency.report');
    expect(r.slots.kind).toBe(kind);
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['插座打了个火花 没冒烟 就是没电了', 'repair.report'],
    ['灶台打不着火 没有煤气味', 'repair.report'],
    ['水龙头一直滴水', 'repair.report'],
    ['厨房有一个插座不通电', 'repair.report'],
    ['电梯按钮不亮', 'repair.report'],
    ['今晚是不是要停电检修', 'consult'],
    ['我被锁在门外了 手机也没电了', 'service.request'],
  ])('%s is NOT an emergency', (text, intent) => {
    expect(parse(text).intent).toBe(intent);
  });

  it.each([
    ['有人在门口拧我家门把手 我一个人在家', 'security'], ['写字楼整层都黑了 一点电都没有', 'power_outage'],
    ['楼下仓库自燃了 火光冲天', 'fire'], ['水像瀑布一样从楼梯往下流', 'flood'], ['瓦斯外洩了 很臭', 'gas'],
    ['lift stuck with people inside', 'elevator'], ['电梯卡住了 刚才报过 人还在里面', 'elevator'],
  ])('a hazard phrased a new way is still an emergency: %s (%s)', (text, kind) => {
    const r = parse(text);
    expect(r.intent).toBe('emergency.report');
    expect(r.slots.kind).toBe(kind);
  });

  it.each([
    ['万一电梯困人 里面的应急按钮能用吗', 'consult'], ['上次楼道起火 后来查出原因没有', 'consult|ticket.status'],
    ['消防演练的时候烟感会响吗', 'consult'], ['我前天报的燃气味那个事 有人来看过了吗', 'ticket.status'],
    ['电梯困住的人已经救出来了 谢谢你们', 'thanks'], ['刚才警报是误报 已经没事了', 'thanks'],
    ['有人抢了我的车位 天天这样', 'complaint.file'], ['股票跌停了 救命', 'out_of_scope'], ['道闸抬不起来 车出不去', 'repair.report'],
    ['马桶水箱一直流水 哗哗的声音', 'repair.report'], ['水管冻裂了条小缝 渗一点水', 'repair.report'],
  ])('a hazard only talked about (past, over, hypothetical) or a look-alike is not an emergency: %s', (text, intent) => {
    // (a question about an old incident's outcome reads as either)
    expect(intent.split('|')).toContain(parse(text).intent);
  });

  // Hazard concepts (emergency.ts CONCEPTS): an object and its state, a sensory description,
  // or a person at risk, rather than a fixed phrase.
  it.each([
    ['卧室里有股电线烧了的味 越来越呛', 'fire'], ['插排冒火花了 还有烟', 'fire'], ['隔壁着了 火苗往我家窗户窜', 'fire'],
    ['闻着像臭鸡蛋 整个楼道都是', 'gas'], ['我老公闻了煤气现在头晕想吐', 'gas'], ['smells like gas in my kitchen', 'gas'],
    ['燃气管道被挖断了 味道很大', 'gas'], ['楼上的水哗啦啦往我家灌', 'flood'], ['家里的水已经淹到脚踝了', 'flood'],
    ['水从楼上一直往下流 我家吊顶都塌了', 'flood'], ['water everywhere kitchen pipe burst', 'flood'],
    ['电梯门打不开 我跟我女儿在里面', 'elevator'], ['我儿子关电梯里了 快来', 'elevator'], ['stuck in the elevator help', 'elevator'],
    ['家里灯全灭了 电器也都不动了 邻居也一样', 'power_outage'], ['no power in the whole building', 'power_outage'],
    ['楼下两个男的动手了 打得很凶', 'security'], ['有陌生人在我家门口鬼鬼祟祟的 还在拧门把手', 'security'],
    ['有人在偷电动车电瓶', 'security'], ['someone broke into my apartment', 'security'],
    ['我们被困梯了 3号楼', 'elevator'], ['这栋的两部梯都趴窝了 一动不动', 'elevator'], ['厨房那根胶管脱了 满屋都是那个味', 'gas'],
    ['左边那几栋楼全黑了 我们这边也没电了', 'power_outage'], ['停点了 屋里啥都用不了', 'power_outage'],
    ['有个人挨家挨户在拧门 刚拧了我家的', 'security'], ['屋企冇晒电 雪柜都停咗 成栋楼黑蚊蚊', 'power_outage'], ['厨房有股坏了的鸡蛋味 灶那边嘶嘶响', 'gas'],
    ['楼道警铃响个不停 呛得人直咳嗽', 'fire'], ['总闸推上去马上又掉 试了好几次', 'power_outage'],
    ['the lift just stopped between floors and my kid is inside', 'elevator'], ['被子被烟头点着了 火挺大', 'fire'],
    ['厨房真的着火了 不是开玩笑', 'fire'], ['整层的灯一下子全熄了', 'power_outage'], ['家里所有电器都用不了 邻居家也黑着', 'power_outage'], ['小区门口两伙人干起来了', 'security'], ['楼道里充电的电瓶炸了 还在烧', 'fire'],
    // regional and indirect wordings (session 3)
    ['屋头莫得电了 隔壁也莫得', 'power_outage'], ['这片是不是停电了 路灯都黑起的', 'power_outage'], ['家里冰箱灯全没了 出门一看楼道灯也灭了', 'power_outage'],
    ['我们家有制氧机 现在一点电都没有 很急', 'power_outage'], ['整栋楼没电了 顺便问下电费交了没', 'power_outage'], ['the whole building is dark right now', 'power_outage'],
    ['炒菜的油锅呼一下蹿起来了 锅盖压不住', 'fire'], ['警报一直响 整栋楼的人都在往下跑', 'fire'], ['卧室那面墙摸着烫手 烟感也在叫', 'fire'],
    ['灶台边那根管子松了 嘶嘶的 有股味', 'gas'], ['屋里一股臭鸡蛋味 我妈说头晕', 'gas'], ['阀门关了也还有味 一直往外冒', 'gas'],
    ['路边施工把管子挖破了 呼呼冒气 一股味', 'gas'], ['汤扑出来把火浇灭了 整个屋子都是味', 'gas'], ['rotten egg smell in the hallway', 'gas'],
    ['我妈被困在部电梯里 十几分钟了', 'elevator'], ['电梯门把孩子的手夹住了 拔不出来', 'elevator'], ['电梯里黑了 我在里头 门打不开', 'elevator'],
    ['厕所顶上的水大股大股往下落', 'flood'], ['天花板在流水 很大 下面是电脑', 'flood'],
    ['电瓶车被人偷了 就刚才 人应该还没走远', 'security'], ['对面阳台有人在翻 那家人出去旅游了', 'security'], ['有个男的一直跟着我 现在还在楼下站着', 'security'],
    ['一个不认识的人在楼道里一家一家地拧门把手', 'security'], ['监控里看到有人进了我家 我在外地', 'security'], ['储藏室的门被人弄开了 东西少了', 'security'],
    ['有人在楼下抢老太太的包', 'security'], ['someone is trying to open my door', 'security'],
    ['🔥🔥 地库', 'fire'], ['3号梯突然不动了 门打不开', 'elevator'], ['我们单元一早就冇得电 现在还没来', 'power_outage'],
    ['电闸一推就掉 家里老人用着呼吸机', 'power_outage'], ['配电房那里着起来了 快来', 'fire'],
    ['那部梯停了 门打不开 里头有人在喊', 'elevator'], ['dt卡住了 里面有个老人', 'elevator'], ['电涕关人了', 'elevator'],
    ['有人在门外拿东西弄我家的锁 好几分钟了', 'security'],
    ['隔壁店的燃气报警器一直叫 店里没人', 'gas'], ['走廊警铃响了好几分钟 我们要不要撤', 'fire'], ['有个男的在挨间试我们办公室的门把手', 'security'],
    ['pipe under the sink came apart, water spraying everywhere', 'flood'], ['grey haze in the corridor, smells like burnt plastic', 'fire'],
    ['the sprinkler in our office popped, desks soaking', 'flood'], ['my door lock looks forced, someone has been inside', 'security'],
    ['邻居群说咱们单元全断电了', 'power_outage'], ['门外有个叔叔一直敲门 我一个人在家 他不走', 'security'], ['抓小偷啊', 'security'],
    ['有个不认识的人在门口晃来晃去 还试着拉门 有点怕', 'security'],
    ['警铃一直在响 没人说是演习 我们要不要往下撤', 'fire'], ['跳闸了 推上去马上又跳 推了好几次都不行', 'power_outage'], ['警报一直响 大家都往楼下跑 是演习吗', 'fire'], ['警铃响个不停 焦糊味越来越重 别跟我说是演习', 'fire'],
    ['烟感一直响 我家没做饭 有股焦糊味', 'fire'], ['老人在家用梯里出不来 按了没反应', 'elevator'], ['天花板的水像开着水龙头一样往下流', 'flood'], ['锅忘关了 厨房灰蒙蒙的看不清', 'fire'],
    ['有个陌生男的在车库门口转了好久 还拉了拉门把手 我有点怕', 'security'], ['我们这层电脑灯一下全灭了 隔壁公司也一样', 'power_outage'],
  ])('a hazard concept is an emergency: %s (%s)', (text, kind) => {
    const r = parse(text);
    expect(r.intent).toBe('emergency.report');
    expect(r.slots.kind).toBe(kind);
  });

  it.each([
    '把燃气灶点着了火很小 是不是要修', '炒菜炒糊了 满屋糊味', '楼下烧烤 烟很大 熏得不行', '下水道一股臭鸡蛋味',
    '空调外机往下淌水', '花洒往外呲水 关不严', '水管裂了个小口在渗水', '屋里太黑了 想多装个灯', '家里一个插座没电了',
    '卧室的灯全不亮 别的房间都正常', '我在电梯里面 信号不好 一会回你', '我试了好几次密码锁都打不开 帮我开下门',
    '着火了应该走楼梯还是电梯', '气得我冒烟', '燃气报警器一直响 是不是没电了', '小区的路灯都不亮 黑漆漆的',
    '楼上装修的工人在砸门框', '我要投诉保安打人的事 上周的', '电梯年检要停多久', '这天热得要着火了 空调还不制冷',
    '我家电费用完了 停电了 在哪充', '下雨天地库会不会被淹', '刚看了个火灾纪录片 吓死我了',
    '那回电梯把我关里面 保安来得很快 给个好评', '我家门之前被撬过 现在想换把好锁', '厕所地上全是水印 保洁能不能拖一下',
    '马桶水箱一直往下流水 停不住', '什么时候能来电啊 计划停电说好下午恢复的', '最近老有陌生人在楼下转悠 能多巡逻几次吗',
    '推销的挨家挨户敲门 烦死了', '抢购抢到手软 救命', '燃气味倒是没闻到 就是热水器打火有响声', '楼道里堆满电瓶车 哪天着火了算谁的',
    '刚才电梯停咗一阵 而家郁返了 想找人检查下', '上个月家里进过小偷 派出所已经来过了 想换个防盗锁', '真有火灾消防车都进不来 赶紧把车挪走',
    '车库有几盏灯不亮 黑乎乎的',
    // (session 3)
    '烟感隔一会儿叫一声 应该是没电了', '窗户关不严 冷风往屋里灌', '上礼拜楼上跑水 吊顶泡出黄印子 现在还往下掉渣', '老人要去医院 楼里没电梯 能派人帮忙抬吗',
    '就次卧没电 其他房间都好好的', '电卡没钱了 家里没电了 去哪充', '楼下烧烤 烟往上飘 我还以为着火了', '楼上每天半夜放水 哗哗的 吵得睡不着',
    '烟雾报警器坏了算谁的', '燃气管外面的漆掉了 有点锈', '马桶水箱一直哗哗地流 停不下来', '那排灯全灭了 地库B2',
    '修水管的师傅抽着烟进我家 烟灰弹地上', '打架那事处理了吗', '这家店🔥',
    '电梯里面有人吗 想问下', '电梯里有人抽烟 呛死了', '保安老睡觉 真进贼了怎么办', '燃气费这么多 不会是哪里漏气了吧',
    '电视里两口子打架打得好凶', 'fire drill tmr at 10? do we need to go down', 'my bike was stolen from the shed last week, any CCTV?',
    'stove wont light, just clicks, no smell', 'smoke detector chirping every 30 sec, prob battery',
    'a car has been blocking the fire lane for two days', 'guy from the gas company wants to read the meter, legit?',
    '垃圾房没人清 臭得跟煤气泄漏似的', '昨晚被困电梯半小时 到现在还心慌 必须给个说法', '下周三消防演习 警报响了用不用下楼', '电闸老跳 推上去过一会又跳了',
    '马桶冲完一直在流 止不住', '洗碗机不进水了 能修吗', '上个月车库电动车起火那事 现在还让不让在车库充电', '楼下是不是在砸墙 整栋楼都在震', '跑水以后家里一地泥 想约个保洁', '我的游戏账号被盗了 物业能帮忙找回吗', '地板鼓起来了 是不是下面进水了', '老有陌生人跟着刷卡进楼',
  ])('a look-alike of a hazard concept is not an emergency: %s', (text) => {
    expect(parse(text).intent).not.toBe('emergency.report');
  });

  it('an emergency wins over a second concern', () => {
    expect(parse('楼道有人打架 顺便问下物业费交了没').intent).toBe('emergency.report');
  });
});

describe('rounds 12-13: people at risk, the owner\'s own words for a hazard, and what only looks like one', () => {
  // Someone collapsed is an emergency TAXONOMY gives no kind; a missing child is security.
  it.each([
    ['健身房有人突然倒地 在抽搐', undefined], ['商场门口一个阿姨昏倒了 已经打了120 你们保安过来帮下忙', undefined],
    ['楼下老大爷摔倒了起不来 头在流血', undefined], ['孩子找不到了 5岁男孩 穿红衣服 在小区游乐场那丢的 求求你们帮忙', 'security'],
    ['我女儿放学没回家 她就在小区里不见的 能不能马上看监控 急死了', 'security'],
    ['有个老人在电梯里晕倒了 电梯还卡着不动 上个月就困过人 你们到底修没修', 'elevator'],
    ['会所门口两个司机扭打在一起了 有一个头上流血了', 'security'],
    ['小区怎么全黑了？？没通知停电啊', 'power_outage'],
    ['家里跳闸了 推上去又掉 推了好几次都不行 冰箱里都是胰岛素 顺便问下我电费交了没', 'power_outage'],
    ['救命 卫生间下水道往上反污水 满地都是粪水 臭死了', 'flood'],
    ['我妈说厨房有股味 闻着头晕 我在公司 她一个人在家', 'gas'],
    ['你们电梯真贴心 打算留我在14楼过夜了 门不开 已经二十分钟了', 'elevator'],
    ['凌晨1点 有人一直在按我家门铃 从猫眼看是个不认识的男的 手里拿着东西', 'security'],
    ['楼上又给我家下雨了 这次是暴雨级别 吊顶都鼓起来了要塌了', 'flood'],
    ['my bike just got stolen from the rack downstairs, lock cut, there\'s a guy still hanging around', 'security'],
    ['业主群里说有人在3号楼挨层推门 刚刚推了我家的门 现在往楼上去了', 'security'],
    ['我妈在卫生间摔了 叫她也不应 门从里面反锁了打不开 5-3-602 快', undefined], ['孩子从滑板车上摔下来了 胳膊好像断了 在3号楼下 一直哭', undefined],
    ['我爸在客厅摔倒了 头在流血 起不来 120打了 能不能来个人帮忙抬一下', undefined],
    ['我奶奶半夜自己出门了 到现在还没回来 她有老年痴呆 手机也没带 能不能让保安帮忙找找', 'security'],
    ['卧室那个烟雾报警器叫个不停 电热毯黑了一块 还有股怪味', 'fire'],
    ['我妈一个人在家 电话一直打不通 她有心脏病 能不能让保安去敲个门看看', undefined],
    ['小区里一条大狗没拴绳 把我孙子腿咬了 出血了 狗主人跑了 赶紧拦住', undefined],
    ['我奶奶在3号楼下面突然说胸口疼 坐地上起不来了 脸都白了 谁能帮帮忙', undefined],
    ['楼下那根黄色管子好像被挖机挖破了 嗤嗤往外冒气 闻着很呛人', 'gas'], ['邻居家一直有咝咝的声音 还有股味 像灶没点着那种 敲门没人', 'gas'],
    ['家里监控看到阳台门开着 有个人影在客厅走来走去 我们全家都在老家过年', 'security'],
    ['租客说从昨晚开始全屋没电 电费也交了 总闸一合上就啪一声跳', 'power_outage'], ['隔壁餐厅后厨的气罐好像漏了 味儿特别大 他们员工都跑出来了', 'gas'],
    ['智能门锁app连着提示密码错误 锁已冻结 可家里现在没人啊 猫眼监控看到门口蹲着个不认识的人', 'security'],
    ['我家老爷子有点老年痴呆 今天早上七点多出的门 到现在都没回来 你们帮忙看下监控吧', 'security'], ['小孩头卡楼梯栏杆里了 拔不出来 哭得不行 一楼大厅', undefined],
    ['厕所水管冻住了 我拿热水浇 结果砰一声裂了 现在在喷水 捂不住[抓狂]', 'flood'], ['快快快 顶楼水箱冻裂了 楼梯间哗哗淌水 都流进电梯里了', 'flood'],
    ['电梯井进水了 电梯停在负一楼不动 门开不开 里面有个送外卖的小哥', 'elevator'], ['电梯停了!! 我爸在里面 坐轮椅的 停电了应急电话也打不通', 'elevator'],
    ['阳台上烤火的炉子 旁边纸箱子着了 烟老大了', 'fire'],
    ['dianti tingle!! wo zai limian chu bu qu', 'elevator'], ['电梯一直在上上下下 停不下来 门也不开 我要吐了', 'elevator'], ['救命啊 垫梯卡住了 我跟我妈在里面 快来人!!!', 'elevator'],
    ['我们在那个3号梯里 它突然咣一下就停了 里面有五六个人 有个同事有点喘不上气 你们赶紧派人来', 'elevator'],
  ])('%s is an emergency (%s)', (text, kind) => {
    const r = parse(text);
    expect(r.intent).toBe('emergency.report');
    expect(r.slots.kind).toBe(kind);
  });

  it.each([
    ['上周我家水管爆的那次 墙到现在还没补 进度到哪了'], ['3楼走廊那个火警报警按钮的玻璃被小孩敲碎了 没着火 就是坏了 你们换一下'],
    ['群里有人说B2进水了 是真的吗 还是去年那个视频又被转出来了'], ['我要找人工 不是急事 就上回着火的理赔 想跟人当面聊'],
    ['车库被淹那几天我车停不进去 这个月停车费账单还是全额 帮我查下扣了多少'], ['楼下大半夜音响跟警报似的 一直轰 不是火警 是他家在K歌'],
    ['门禁卡在火灾里烧坏了 补办一张要带啥 多少钱'], ['小区东门的门老是开着不关 大半夜有陌生人在楼下转悠 我们老年人心里发慌'],
    ['保安值班的时候在岗亭里睡觉 叫都叫不醒'], ['楼上天天半夜剁排骨 吵得我老头子心脏病都要犯了'], ['气得我差点晕倒 物业费又涨了'],
    ['孩子的门禁卡丢了 怎么补'], ['烟雾报警器一直滴滴滴叫 没有烟 应该是没电了 吵死了'], ['楼道里一股油漆味 谁家在装修 熏得头疼'],
    ['隔壁两口子又在吵架 一个小时了 没打架就是吵 睡不着'], ['刚才被困电梯里二十多分钟才有人来 你们保安怎么这么慢 我要投诉'],
    ['回访的那个跑水处理 打个分吧 3分 地板还是有点鼓'], ['跑水那个月水费怎么这么多 能查下明细吗'],
    ['我们单元楼道灯坏了 4楼到6楼全黑 老人上下楼害怕'], ['楼下在公共楼道堆了一堆纸箱子旧家具 人都过不去 还怕着火'],
    ['有个喝醉的邻居昨晚在楼道里吐了一地 到现在还没人打扫'], ['孩子说家里有股糊味 后来发现是他自己把面包烤焦了哈哈 顺便问下你们上门保洁怎么收费'],
    ['那个烧饭的灶啊 火苗是黄的不是蓝的 锅底都烧黑了 你让物业来看看'],
    ['你们门口那个保安态度太差了 问个路跟要打架似的 工号看不清 投诉'], ['我奶奶有点糊涂 钥匙找不到了 能帮忙开下门吗'],
    ['楼下饭店排烟 一股煤烟味往楼上窜 熏得窗户都不敢开'], ['门禁形同虚设 外卖 陌生人随便跟着进 昨晚还有人在楼道里乱晃 很不安全 你们管不管'],
    ['衣服晾着了吗 明天要穿'],
    ['我朋友那个小区电梯困人了 他们物业不管 你说他能打12345投诉吗'], ['地库灯坏了好几盏 黑乎乎的 跟停电了一样'],
    ['洗衣机排水管掉了 水漫了一地 已经拖干了 能派人来看下管子怎么接吗'], ['窗户把手断了 关不上窗'], ['外卖放门卫那 帮我送上来呗 腿断了下不去楼'],
    ['Someone\'s dog pooped in the lift again and nobody cleaned it, owners should be held responsible'],
  ])('%s is not an emergency', (text) => {
    expect(parse(text).intent).not.toBe('emergency.report');
  });
});

describe('priorities and robustness', () => {
  it('a greeting in front of a request is the request', () => {
    expect(parse('你好 在吗 帮我查一下电费').intent).toBe('fee.query');
  });
  it('repair beats a fee question in the same message', () => {
    expect(parse('卫生间地漏堵了 另外问下物业费交到哪个月了').intent).toBe('repair.report');
  });
  it('reads traditional characters, typos and English mix', () => {
    expect(parse('馬桶堵了 沖不下去').intent).toBe('repair.report');
    expect(parse('想订个会意室 明天上午').intent).toBe('meeting_room.book');
    expect(parse('AC不制冷 热死了').slots.category).toBe('appliance');
  });
  it('only outputs the scored slots of the predicted intent', () => {
    const r = parse('3栋2单元501 明天下午 物业费多少');
    expect(r.intent).toBe('fee.query');
    expect(Object.keys(r.slots).sort()).toEqual(['fee_type', 'unit']);
  });
});

describe('result shape', () => {
  it('has calibrated-looking confidence and alternatives', async () => {
    const r = await nlu.understand('帮我订会议室', NOW);
    expect(INTENTS).toContain(r.intent);
    expect(r.source).toBe('rules');
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.alternatives.length).toBeGreaterThan(0);
    for (const a of r.alternatives) expect(a.confidence).toBeLessThanOrEqual(r.confidence);
  });
  it('is unsure about an ambiguous message', () => {
    expect(parse('那个东西').confidence).toBeLessThan(0.8);
  });
  it('empty text is out_of_scope with confidence 0', () => {
    expect(parse('   ')).toMatchObject({ intent: 'out_of_scope', confidence: 0 });
  });
  // (Build time is measured by `npm run bench -- nlu`, never asserted by a test.)
});

describe('weak spots found by the conversation tests and the blind sets', () => {
  it.each([
    ['入室保洁可以约吗', 'service.request'],
    ['师傅修完地上全是水也没擦 太不负责了', 'complaint.file'],
    ['小会议室吧', 'meeting_room.book'],
    ['还有哪些费没交', 'fee.query'],
    ['多谢 师傅已经修好了', 'thanks'],
    ['油烟机吸力很小 炒个菜满屋子烟', 'repair.report'],
    ['多谢多谢 师傅修好了', 'thanks'],
    ['my bookings?', 'meeting_room.query'],
  ])('%s -> %s', (text, intent) => {
    expect(parse(text).intent).toBe(intent);
  });
  it('water left after a repair is not a flood', () => {
    expect(parse('修完地上全是水也没擦').intent).not.toBe('emergency.report');
  });
  it('a dripping ceiling is plumbing, a stopped lift in a blackout is the outage', () => {
    expect(parse('卫生间天花板滴水 一滴一滴的').slots.category).toBe('plumbing');
    expect(parse('整栋楼突然全黑了 都没电 电梯也停了').slots.kind).toBe('power_outage');
    expect(parse('电梯停在两层中间 门打不开 里面有人').slots.kind).toBe('elevator');
  });
  it('the mistakes it still makes on new phrasing come with low confidence and the right second guess', () => {
    const r = parse('维修师傅态度恶劣 还跟我要红包');
    if (r.intent !== 'complaint.file') {
      expect(r.confidence).toBeLessThan(0.75);
      expect(r.alternatives.map((a) => a.intent)).toContain('complaint.file');
    }
  });
});

// The labelled sets in intents/corpus are training data too, so each is scored by a model built
// without it (and without the other sets checked here): what the engine does on sentences it
// has never seen. First-run figures of every set are in docs/nlu.md.
describe('labelled sets, left out of the model, stay above the targets', () => {
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const { scorePredictions } = require('../../../src/engine/nlu/score') as typeof import('../../../src/engine/nlu/score');
  const CORPUS = `${__dirname}/../../../intents/corpus`;
  const SETS = ['blind-2', 'blind-4a', 'blind-4c', 'blind-7', 'blind-8', 'blind-91', 'blind-93', 'blind-95', 'blind-96', 'holdout'];
  let leftOut: EmbeddedNlu;
  beforeAll(() => { leftOut = new EmbeddedNlu({ excludeSources: new Set(SETS) }); });
  const score = (set: string) => {
    const cases = readFileSync(`${CORPUS}/${set}.jsonl`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    return scorePredictions(cases, cases.map((c) => leftOut.parseSync(c.text, new Date(c.now))));
  };
  it.each(SETS)('%s', (set) => {
    const r = score(set);
    expect(r.intentAcc).toBeGreaterThanOrEqual(0.93);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.9);
    expect(r.slotF1).toBeGreaterThanOrEqual(0.9);
    expect(r.emergencyRecall).toBeGreaterThanOrEqual(0.98);
    expect(r.falseEmergencyRate).toBeLessThanOrEqual(0.02);
  });
});
