/** What the booking services take and give back. Times are local (Asia/Shanghai) "YYYY-MM-DD" / "HH:mm". */
import type { BookingStatus } from '../../../entities';
import type { RoomInfo } from './rooms';

export interface BookingRequest {
  roomId: number;
  date: string;
  start: string;
  end: string;
  attendees?: number | null;
  /** The bound owner, when the booker has proved who they are. */
  ownerId?: number | null;
  /** Who asked, as the channel knows them: `web` + sender id, `wechat-oa` + openid, … */
  bookerChannel: string;
  bookerId: string;
}

/** A booking as the dialogue shows it: "B-0192 小会议室 11月24日（周二）15:00–17:00". */
export interface BookingInfo {
  id: number;
  number: string;
  room: RoomInfo;
  date: string;
  start: string;
  end: string;
  startAt: Date;
  endAt: Date;
  attendees: number | null;
  status: BookingStatus;
  ownerId: number | null;
  bookerChannel: string;
  bookerId: string;
  remindedAt: Date | null;
}

/** A free option offered instead of a taken one: same length, same day. */
export interface Alternative {
  room: RoomInfo;
  date: string;
  start: string;
  end: string;
}

export type InvalidRangeProblem = 'MALFORMED' | 'END_NOT_AFTER_START' | 'TOO_LONG';

export type BookingRefusal =
  | { ok: false; reason: 'UNKNOWN_ROOM'; rooms: RoomInfo[] }
  | { ok: false; reason: 'INVALID_RANGE'; problem: InvalidRangeProblem; maxMinutes: number }
  | { ok: false; reason: 'IN_THE_PAST' }
  | { ok: false; reason: 'TOO_FAR_AHEAD'; latestDate: string }
  | { ok: false; reason: 'OUTSIDE_HOURS'; room: RoomInfo; opensAt: string; closesAt: string }
  /** `roomsThatFit`: every room big enough; `alternatives`: those of them free at the wanted time. */
  | { ok: false; reason: 'OVER_CAPACITY'; room: RoomInfo; roomsThatFit: RoomInfo[]; alternatives: Alternative[] }
  | { ok: false; reason: 'SLOT_TAKEN'; alternatives: Alternative[] };

export type BookRoomResult = { ok: true; booking: BookingInfo } | BookingRefusal;
export type BookingFailureReason = BookingRefusal['reason'];
