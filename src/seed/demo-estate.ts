import type { StaffRole } from '../../entities';

/**
 * The demo estate (CONTRACTS §6): made-up people and numbers (138 0000 xxxx), shaped so that the
 * example conversations work — 3-2-501 (王建国, phone ending 5678) owes last month's 物业费 386.40
 * and 停车费 150.00 (SCENARIOS 4).
 */
export const DEMO_ESTATE_NAME = '翠湖花园';

/** The web chat channel's name in ChannelIdentity. */
export const DEMO_CHANNEL = 'web';

/** 物业费 per m² per month, in fen: 138.00 m² × 2.80 = 386.40. */
export const PROPERTY_FEE_PER_M2 = 280;

export interface DemoUnit {
  building: string;
  entrance: string;
  room: string;
  /** m² in hundredths */
  areaCenti: number;
  owners: { name: string; phone: string }[];
  /** Offices are billed 物业费 by quarter, homes by month. */
  billing: 'monthly' | 'quarterly';
  /** Monthly water, electricity and parking in fen; 0 when the unit is not billed for it. */
  waterFen: number;
  electricityFen?: number;
  parkingFen: number;
  /** Which recent bills stay unpaid: `${feeType}@${monthsAgo}` (monthsAgo 1 = last month; quarterly bills use 'q'). */
  unpaid: string[];
}

export const DEMO_UNITS: DemoUnit[] = [
  { building: '1', entrance: '1', room: '101', areaCenti: 8950, owners: [{ name: '张伟', phone: '13800000101' }], billing: 'monthly', waterFen: 4280, parkingFen: 0, unpaid: [] },
  { building: '1', entrance: '1', room: '102', areaCenti: 8950, owners: [{ name: '刘芳', phone: '13800000102' }], billing: 'monthly', waterFen: 3660, parkingFen: 15000, unpaid: [] },
  { building: '1', entrance: '2', room: '201', areaCenti: 12000, owners: [{ name: '陈静', phone: '13800000201' }], billing: 'monthly', waterFen: 5120, parkingFen: 0, unpaid: ['property@3', 'property@2', 'property@1', 'water@1'] },
  { building: '3', entrance: '1', room: '301', areaCenti: 10500, owners: [{ name: '杨磊', phone: '13800000301' }], billing: 'monthly', waterFen: 3980, parkingFen: 15000, unpaid: [] },
  {
    building: '3', entrance: '2', room: '501', areaCenti: 13800,
    owners: [{ name: '王建国', phone: '13800005678' }, { name: '林慧', phone: '13900002468' }],
    billing: 'monthly', waterFen: 4560, parkingFen: 15000, unpaid: ['property@1', 'parking@1'],
  },
  { building: '3', entrance: '2', room: '502', areaCenti: 13800, owners: [{ name: '赵敏', phone: '13800000502' }], billing: 'monthly', waterFen: 4010, parkingFen: 0, unpaid: [] },
  { building: '3', entrance: '2', room: '1602', areaCenti: 13800, owners: [{ name: '孙浩', phone: '13800001602' }], billing: 'monthly', waterFen: 6230, parkingFen: 15000, unpaid: ['water@1'] },
  { building: '5', entrance: '1', room: '302', areaCenti: 9650, owners: [{ name: '李秀英', phone: '13800001234' }], billing: 'monthly', waterFen: 3520, parkingFen: 0, unpaid: ['property@1', 'water@1'] },
  { building: '5', entrance: '1', room: '1502', areaCenti: 11000, owners: [{ name: '黄强', phone: '13800001502' }], billing: 'monthly', waterFen: 4770, parkingFen: 15000, unpaid: [] },
  { building: 'A', entrance: '', room: '1203', areaCenti: 21000, owners: [{ name: '周明', phone: '13800001203' }], billing: 'quarterly', waterFen: 0, electricityFen: 68000, parkingFen: 30000, unpaid: ['property@q'] },
  { building: 'A', entrance: '', room: '1501', areaCenti: 18500, owners: [{ name: '吴婷', phone: '0755-86001501' }], billing: 'quarterly', waterFen: 0, electricityFen: 52300, parkingFen: 0, unpaid: [] },
];

/** How many past months of bills the demo has (last month and the two before it). */
export const DEMO_MONTHS = 3;

export const DEMO_ROOMS = [
  { name: '大会议室', capacity: 20, location: '物业服务中心2楼', opensAt: '08:00', closesAt: '21:00' },
  { name: '小会议室', capacity: 10, location: '物业服务中心2楼', opensAt: '08:00', closesAt: '21:00' },
  { name: '多功能厅', capacity: 40, location: '会所1楼', opensAt: '09:00', closesAt: '21:00' },
  { name: 'A会议室', capacity: 12, location: 'A座3楼', opensAt: '08:30', closesAt: '18:00' },
  { name: 'B会议室', capacity: 8, location: 'A座3楼', opensAt: '08:30', closesAt: '18:00' },
];

export const DEMO_STAFF: { username: string; role: StaffRole; displayName: string }[] = [
  { username: 'admin', role: 'admin', displayName: '系统管理员' },
  { username: 'supervisor', role: 'supervisor', displayName: '客服主管 刘敏' },
  { username: 'agent', role: 'agent', displayName: '客服助理 小陈' },
  { username: 'engineer', role: 'engineer', displayName: '工程部 老李' },
];

/** Web-chat senders that start out bound, so the demo can ask about fees straight away. */
export const DEMO_SENDERS: { senderId: string; unitCode: string; phone: string }[] = [
  { senderId: 'demo-owner-1', unitCode: '3-2-501', phone: '13800005678' },
  { senderId: 'demo-owner-2', unitCode: '5-1-302', phone: '13800001234' },
  { senderId: 'demo-owner-3', unitCode: 'A-1203', phone: '13800001203' },
];

export const PAYMENT_METHODS = ['wechat', 'counter', 'bank'] as const;
