// Extractor unit tests: every example form in TAXONOMY and in the engine's brief.
import {
  extractAttendees, extractDate, extractFeeType, extractRoom, extractScore,
  extractTimeRange, extractUnit, normalizeText,
} from '../../../src/engine/nlu';

const MON = new Date('2026-11-23T10:00:00+08:00'); // a Monday in Asia/Shanghai

describe('extractUnit', () => {
  it.each([
    ['3栋2单元501', '3-2-501'], ['二号楼三单元401', '2-3-401'], ['五号楼一单元三零二', '5-1-302'],
    ['A座1203', 'A-1203'], ['12号楼1502', '12-1502'], ['1502室', '1502'], ['5-1-302', '5-1-302'],
    ['我是3栋2单元501的', '3-2-501'], ['十二号楼一单元1203 卫生间', '12-1-1203'], ['7幢1单元602', '7-1-602'],
    ['9栋602', '9-602'], ['B座2105的租户', 'B-2105'], ['a座1203', 'A-1203'], ['3－2－501', '3-2-501'],
    ['15楼1502 工位全湿了', '1502'], ['物业费欠多少 8号楼4门302', '8-4-302'], ['帮我查下交了没 1703', '1703'], ['窗户关不严 风往里灌 2201', '2201'], ['物业费还欠多少 2305', '2305'],
    // said by voice, with a floor word after it, apart from its building, with a leading zero
    ['漏气了 8杠3杠702 快', '8-3-702'], ['我12号楼1802 楼上阳台往下掉火星子', '12-1802'], ['我家是18栋2单元的1401啊', '18-2-1401'],
    ['四栋一单元 我住401', '4-1-401'], ['我住11号楼 离广场最近 1203', '11-1203'], ['幺号楼二单元六零一', '1-2-601'], ['C座0708', 'C-0708'],
    ['查询水费 9#1-201', '9-1-201'], ['我们1608空调在漏水', '1608'], ['帮我看看501的电费', '501'], ['B座1208 年底了要做账', 'B-1208'],
    ['我家3号楼2单元602 天天路过', '3-2-602'], ['我在1806 要不要跑', '1806'],
    // a bare room number mid-message, as office tenants write it
    ['今晚加班到十点 1806能不能申请加时空调', '1806'], ['我们这边2009那个窗户关不上了', '2009'], ['overtime AC pls, room 2606, today', '2606'],
    // read out digit by digit alone, an office, a tower, a lettered-and-numbered block
    ['马桶一直流水 一晚上都在响 四零六', '406'], ['水费交了好像没到账 你们查一下嘛 四零六 我交了三百', '406'], ['热水喷得到处都是 一零零八室', '1008'],
    ['空调能不能延长到12点以后 602办公室', '602'], ['someone is trying to open my door. tower A 2203', 'A-2203'],
    ['the intercom does not ring. Apt 2507, Tower A', 'A-2507'], ['key card is inside, room 2210. can someone let me in', '2210'],
    ['How much do I owe in total? Unit 1805', '1805'], ['水管爆了！！！水一直喷 地上全是水 1802快来', '1802'], ['热水器打不着火 T2座3106[捂脸]', 'T2-3106'],
  ])('%s -> %s', (text, want) => expect(extractUnit(text)).toBe(want));

  it.each(['8栋6楼', '3号楼2单元', 'A座18楼', '车牌粤B12345', '维修单号20261120035', '我要投诉1602', '14:00-16:00', '8-10个人', '2026-11-23', '明天2-4pm', '我已经转了 1200', '验证码 4321', '电梯停在12楼', '我们5个人', '我们100人', '我家5栋2单元', '我们270平 一年管理费', 'outside 1502 is out', '下午 1430 开会', '有人把车停我车位上了 B2 086 打电话也不接', '我交了三百'])(
    'no unit in %s', (text) => expect(extractUnit(text)).toBeUndefined());
});

describe('extractDate (UTC+8)', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    ['今天', MON, '2026-11-23'], ['明天', MON, '2026-11-24'], ['后天', MON, '2026-11-25'], ['大后天', MON, '2026-11-26'],
    ['周五', MON, '2026-11-27'], ['这周五', MON, '2026-11-27'], ['本周五', MON, '2026-11-27'], ['下周五', MON, '2026-12-04'],
    ['周一', MON, '2026-11-23'], ['星期三', MON, '2026-11-25'], ['礼拜天', MON, '2026-11-29'],
    ['这周日', at('2026-11-29T11:00:00+08:00'), '2026-11-29'], ['下周一', at('2026-11-29T11:00:00+08:00'), '2026-11-30'],
    ['12月1号', MON, '2026-12-01'], ['十二月三号', MON, '2026-12-03'], ['3号', MON, '2026-12-03'], ['3号', at('2026-11-05T09:30:00+08:00'), '2026-12-03'],
    ['25号', MON, '2026-11-25'], ['1月5号', at('2026-12-10T09:00:00+08:00'), '2027-01-05'], ['11月1号', MON, '2027-11-01'],
    ['后天', at('2026-12-30T15:00:00+08:00'), '2027-01-01'], ['元旦', MON, '2027-01-01'], ['圣诞节', MON, '2026-12-25'],
    ['国庆节', MON, '2027-10-01'], ['劳动节', MON, '2027-05-01'], ['20号下午 圣诞活动', at('2026-12-15T11:20:00+08:00'), '2026-12-20'],
    ['把周四的会议室改到周五', MON, '2026-11-26'], ['tomorrow', MON, '2026-11-24'],
    ['12.10 9:00-12:00 培训', MON, '2026-12-10'], ['book一下周四下午', MON, '2026-11-26'], ['1.22 培训室', MON, '2027-01-22'],
    ['Dec 20 2-4pm 多功能厅', MON, '2026-12-20'], ['on the 3rd of January', MON, '2027-01-03'], ['唔该book听日下昼三点', MON, '2026-11-24'],
    // a time right after the day; English short weekdays and a bare ordinal
    ['3号14:00-16:30 2楼会议室', MON, '2026-12-03'], ['book room A this thu 2-3pm', MON, '2026-11-26'], ['cancel the meeting room for the 26th', MON, '2026-11-26'],
    ['Dec 20th 2pm book room', MON, '2026-12-20'],
    // a day of this or next month
    ['下个月3号 下午三点 多功能厅', MON, '2026-12-03'], ['这个月28号 会议室', MON, '2026-11-28'], ['下个月5号', at('2026-12-20T09:00:00+08:00'), '2027-01-05'], ['帮俺约一下小会议室 后儿个上午十点', MON, '2026-11-25'],
  ])('%s (now %s) -> %s', (text, now, want) => expect(extractDate(text, now as Date)).toBe(want));

  // 周末 is no one day (the booking asks which); a room number after 号 is no date
  it.each(['周末会所还有空的会议室不', '活动室这周末有空档吗', '3号101室', '3号1栋'])('no date in %s', (t) => expect(extractDate(t, MON)).toBeUndefined());

  it('uses the Shanghai calendar day, not the server zone', () => {
    // 2026-11-23T17:30Z is already 01:30 on the 24th in Shanghai.
    expect(extractDate('今天', new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
  });
  it.each(['3号楼', '1号会议室', '下午', '我家几号楼', '2号活动室', '1号教室', '5号包厢', '每周一上午', '开1.5个小时', '电费还剩3.5元'])('no date in %s', (t) => expect(extractDate(t, MON)).toBeUndefined());
});

describe('extractTimeRange', () => {
  it.each([
    ['下午三点到五点', { start: '15:00', end: '17:00' }], ['14:00-16:00', { start: '14:00', end: '16:00' }],
    ['十点半', { start: '10:30' }], ['两点一刻', { start: '14:15' }], ['三点差一刻', { start: '14:45' }],
    ['十一点到一点', { start: '11:00', end: '13:00' }], ['下午2点开始 开两个小时', { start: '14:00', end: '16:00' }],
    ['上午九点 一个半小时', { start: '09:00', end: '10:30' }], ['明天2-4pm', { start: '14:00', end: '16:00' }],
    ['中午12点到1点半', { start: '12:00', end: '13:30' }], ['上午十点到下午两点', { start: '10:00', end: '14:00' }],
    // 十点 heard as 是点 by voice input
    ['明天上午是点到十二点 大会议室', { start: '10:00', end: '12:00' }], ['定个会意室 明天上五10点到11点', { start: '10:00', end: '11:00' }], ['下个礼拜一俩点到四点 大会议室', { start: '14:00', end: '16:00' }],
    ['晚上七点到九点', { start: '19:00', end: '21:00' }], ['三点', { start: '15:00' }], ['九点', { start: '09:00' }],
    ['12点', { start: '12:00' }], ['周四十一点到一点', { start: '11:00', end: '13:00' }], ['三点开始用到五点', { start: '15:00', end: '17:00' }],
    ['下午一点半 开3个小时', { start: '13:30', end: '16:30' }], ['10点 3楼会议室', { start: '10:00' }],
    ['9:00-10:30', { start: '09:00', end: '10:30' }], ['两点 半个小时', { start: '14:00', end: '14:30' }],
    ['早上8:30 小会议室 5人 到10点', { start: '08:30', end: '10:00' }],
    ['下周一10-12点', { start: '10:00', end: '12:00' }], ['明天2pm到3:30', { start: '14:00', end: '15:30' }],
    ['明天晚上的多功能厅 七点到八点半', { start: '19:00', end: '20:30' }], ['周六晚上 会所 七点半开始', { start: '19:30' }], ['下午2-4点', { start: '14:00', end: '16:00' }], ['三到五点', { start: '15:00', end: '17:00' }],
    // Cantonese 个钟 (hours), 俩, a duration said before the start, an English range
    ['上午九点半开始 一个半钟', { start: '09:30', end: '11:00' }], ['10点开始 开俩小时', { start: '10:00', end: '12:00' }],
    ['就1个钟 4点开始', { start: '16:00', end: '17:00' }], ['on 周二 from 10 to 12', { start: '10:00', end: '12:00' }],
  ])('%s', (text, want) => expect(extractTimeRange(text, MON)).toEqual(want));

  it.each(['下午', '上午想用一下', '晚一点锁门', '快一点', '一整天', '两个小时'])('no time in %s', (t) =>
    expect(extractTimeRange(t, MON)?.start).toBeUndefined());
});

describe('extractAttendees', () => {
  it.each([
    ['8个人', 8], ['6人', 6], ['我们一共6位', 6], ['约12人', 12], ['40人左右', 40], ['我们3个客户2个', 5], ['我们3个 客户2个', 5],
    ['就我们两个人', 2], ['十二个人', 12], ['我们team 6个人', 6], ['三个人 一个小时', 3],
    ['我们4个 街道的3个', 7], ['我们部门6个 合作方两位', 8], ['6 ppl', 6],
    ['部门经理8个 加上财务2个', 10], ['2个面试官加1个候选人', 3], ['我和2个同事', 3], ['线下就我们俩', 2],
    ['20个左右', 20], ['我们家15个 朋友家10个', 25], ['大会议室 两个小时 6个人', 6],
    ['1月8日 14:00-15:30 人数10', 10], ['开一个季度会 大概二十个人', 20], ['客户来三个 我这边一个', 4], ['十点 仨人', 3],
    ['我们俩+客户三个', 5], ['差不多60人 另外需要两个无线话筒', 60], ['明天 10:00 6ren', 6], ['tomorrow 3pm just 3 of us', 3],
    ['Room C, Oct 12 (Mon), 9-10am, me and 2 clients', 3], ['周三 14点到16点 会议室 我+同事2个+甲方4个', 7], ['俺们队十一个 再加俩新来的', 13], ['订pod 今晚7点到9点 就我一个', 1], ['会议舱B 9点到11点 自习 就我自己', 1],
  ])('%s -> %d', (t, n) => expect(extractAttendees(t)).toBe(n));
  it.each(['三四十人', '五六十个人', '七八个', '七八个人', '8-10个', '8-10个人', '十来个人', '十几个人', '两个小时', '几个人'])('no count in %s', (t) =>
    expect(extractAttendees(t)).toBeUndefined());
});

describe('extractScore', () => {
  it.each([
    ['⭐⭐⭐⭐⭐', 5], ['一般 2分', 2], ['非常满意', 5], ['五星', 5], ['5分', 5], ['满意', 4], ['挺好的', 4], ['一般', 3], ['还行', 3],
    ['不满意', 2], ['非常不满意', 1], ['很差', 1], ['满意 给5分', 5], ['打4分吧 来得有点慢', 4], ['1分 师傅迟到两个小时', 1],
    // a bare digit; a deduction and the scale are not the score; the last stated number wins
    ['4', 4], ['挺满意的 就是没穿鞋套 扣一分 4分', 4], ['给八分 不是 满分是五分是吧 那就给四分吧', 4], ['先给5分 算了给4分吧', 4],
    ['4/5, quick fix but left some mess on the floor', 4], ['3 out of 5', 3],
  ])('%s -> %d', (t, n) => expect(extractScore(t)).toBe(n));
});

describe('extractRoom', () => {
  it.each([['订大会议室', '大会议室'], ['A会议室', 'A会议室'], ['3楼会议室', '3楼会议室'], ['多功能厅', '多功能厅'], ['想订个会以室', undefined], ['b会议室', 'B会议室'], ['会客室订一下', '会客室'], ['need a meeting room', undefined],
    ['下周三 2号活动室', '2号活动室'], ['会所会议室 11人', '会所会议室'], ['会所多功能厅 跨年聚餐', '会所多功能厅'], ['活动室有空吗', '活动室'],
    ['5楼小会议室今晚能用不', '5楼小会议室'], ['会所书画室', '会所书画室'], ['A座大会议室', 'A座大会议室'], ['业主活动中心', '业主活动中心'],
    ['2PM路演厅', '路演厅'], ['洽谈室2 明早', '洽谈室2'], ['12月3号小会议室', '小会议室'], ['会议室2个小时', undefined], ['会议室3点到5点', undefined],
    ['订一下共享会议室', '共享会议室'], ['小会意室 5个人', '小会意室'],
    // named in English, kept as written; "any" is no room's name
    ['Hi, I would like to book Meeting Room B next Monday', 'Meeting Room B'], ['book room A this thu 2-3pm pls', 'room A'],
    ['Is the boardroom free on Friday?', 'boardroom'], ['meeting room booking: Jan 20, 8 pax, Room 301', 'Room 301'],
    ['any meeting room available today around 3?', undefined], ['can we reserve the 15F meeting room this Wednesday 4-5pm?', '15F meeting room'], ['后天 3点-5点 会议舱A 4人', '会议舱A'], ['下周三上午10点 2号pod 1小时', '2号pod'], ['周六下午想订一楼lounge 过生日', '一楼lounge'], ['book一个meeting pod 今天4点到5点', 'meeting pod'], ['我的ipod坏了', undefined], ['book个meeting room 1月5号 9:00-11:30 A会议室', 'A会议室']])(
    '%s -> %s', (t, want) => expect(extractRoom(t)).toBe(want));
});

describe('extractFeeType', () => {
  it.each([
    ['物业费还欠多少', 'property'], ['管理费', 'property'], ['物业废交到哪了', 'property'], ['水费', 'water'], ['电费余额', 'electricity'],
    ['车位管理费到期没', 'parking'], ['停车费', 'parking'], ['我一共欠多少钱', 'all'], ['所有欠费', 'all'],
    ['物业费水电费停车费全部加起来', 'all'], ['查账单', undefined], ['地下车位费今年一共交了多少', 'parking'],
    ['没交的费有哪些', 'all'], ['How much do I owe in total? Unit 1805', 'all'], ['can someone help carry a sofa up? can you call me', undefined],
    ['水电费多少', undefined], ['这个季度水电费一共多少', 'all'], ['加班空调费一共收了多少', undefined],
    ['物业费欠不欠 顺便问问停车月卡怎么办理', 'property'], ['电咋充啊 卡里没钱了', 'electricity'], ['交物业非的那个在哪', 'property'],
    ['水费现在怎么叫啊', 'water'], ['wyf还有多少没交', 'property'], ['房租水电管理费什么的全部加起来我现在一共还欠多少啊', 'all'], ['去年无业费交了没', 'property'],
  ])('%s -> %s', (t, want) => expect(extractFeeType(t)).toBe(want));
});

describe('normalizeText', () => {
  it.each([
    ['報修 廚房水龍頭壞了', '报修 厨房水龙头坏了'], ['１２号楼', '12号楼'], ['报休', '报修'], ['物业废', '物业费'], ['会意室', '会议室'],
    ['会以室', '会议室'], ['点梯坏了', '电梯坏了'], ['马桶赌了', '马桶堵了'], ['在马', '在吗'],
    ['鑰匙丟了', '钥匙丢了'], ['然汽味', '燃气味'], ['瓦斯外洩', '燃气外泄'],
    ['成屋冇电 总掣推唔返上去', '全屋没电 总闸推不回上去'], ['停车场两班人打紧交', '停车场两班人在打架'], ['电悌停咗', '电梯停了'],
    ['Whole apartment just went dark', '全屋 黑了'],
    ['電動車被人騎走了', '电动车被人骑走了'], ['𨋢入面困咗人', '电梯里面困了人'], ['帳單', '账单'],
    ['屋头莫得电了', '屋里没电了'], ['电梯停脱了', '电梯停了'], ['着起来哒', '着起来了'], ['冇得电', '没电'],
    ['tdl', '停电了'], ['mq味好重', '煤气味好重'], ['rg', '人工'], ['👋', '你好'],
    ['着货了着货了', '着火了着火了'], ['冇电啊 成栋楼都黑晒', '没电啊 全栋楼都黑了'], ['修水管的师父', '修水管的师傅'], ['8杠3杠702', '8-3-702'],
  ])('%s -> %s', (t, want) => expect(normalizeText(t)).toBe(want));
  it.each([
    ['book个meeting room tmr', '订个会议室 明天'], ['next Friday', '下周五'], ['OT tonight', '加班 今晚'],
    ['lift stuck', '电梯 卡住了'], ['help me book a room', 'help me 订 会议室'], ['room 1502 的AC坏了', 'room 1502 的空调坏了'],
    ['everything died at once', '停电了 at once'], ['our server room is on UPS', 'our server room is on UPS'],
    ['someone is climbing over the back fence', '有人 is 翻围墙'], ['both lifts in our block died', 'both 电梯停了'],
  ])('English mixed in: %s -> %s', (t, want) => expect(normalizeText(t)).toBe(want));
  it('strips stickers and emoji but keeps stars', () => {
    expect(normalizeText('好的[捂脸]')).toBe('好的');
    expect(normalizeText('😂😂 楼上又在跳')).toBe('楼上又在跳');
    expect(normalizeText('⭐⭐⭐')).toBe('⭐⭐⭐');
  });
});
