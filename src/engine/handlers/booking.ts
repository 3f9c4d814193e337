import {
  alignToSlots, availability, bookRoom, checkRequest, findAlternatives, findRoomByName, listRooms,
  type Alternative, type BookingRefusal, type RoomInfo,
} from '../../domain/bookings';
import { BOOKING_RULES } from '../../domain/rules/booking';
import { formatDay, hhmmToMinutes, minutesToHhmm } from '../../shared/time';
import { startForm, type FormDefinition, type PreconfirmResult, type SlotValues } from '../dialogue/form';
import { extractAttendees, extractDate, extractRoom, extractTimeRange } from '../nlu';
import type { Turn } from '../turn';

const PICK = /^(?:选|要|就)?(?:第)?([1-9一二三四五])(?:个|项)?(?:吧|的)?$/;
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

const roomList = (rooms: RoomInfo[]) => rooms.map((r) => `${r.name}(${r.capacity}人)`).join('、');
const rangeText = (slots: SlotValues) => `${formatDay(String(slots.date))} ${slots.start}–${slots.end}`;
const optionText = (a: Alternative, i: number) => `${i + 1}. ${a.room.name}(${a.room.capacity}人) ${a.start}–${a.end}`;

export const bookingForm: FormDefinition = {
  name: 'meeting_room.book',
  slots: [
    { name: 'date', ask: (turn) => turn.t('booking.ask_date'), fromAny: (text, turn) => extractDate(text, turn.now) },
    {
      name: 'start',
      ask: (turn) => turn.t('booking.ask_time'),
      fromAny: (text, turn) => extractTimeRange(text, turn.now)?.start,
    },
    {
      name: 'end',
      ask: (turn) => turn.t('booking.ask_end'),
      fromAny: (text, turn) => extractTimeRange(text, turn.now)?.end ?? endFromDuration(text, turn),
    },
    {
      name: 'room',
      ask: (turn) => turn.t('booking.ask_room', { rooms: String(turn.state.form?.slots._roomList ?? '') }),
      fromAnswer: (text) => extractRoom(text) ?? (text.length <= 12 ? text.replace(/[吧吧。！!]+$/, '') : undefined),
      fromAny: (text) => extractRoom(text),
    },
    { name: 'attendees', needed: () => false, ask: () => '', fromAny: (text) => extractAttendees(text) },
    // Waiting for a choice among alternatives: the question is the conflict reply itself.
    { name: '_choice', needed: () => false, ask: (_turn, slots) => String(slots._conflictReply ?? '') },
    {
      name: '_pick',
      needed: () => false,
      ask: () => '',
      fromAny: (text, turn, slots) => {
        const alts = slots._alternatives as Alternative[] | undefined;
        const m = text.trim().match(PICK);
        if (!alts?.length || !m) return undefined;
        const n = Number(m[1]) || CN_DIGIT[m[1]];
        return alts[n - 1] ? n : undefined;
      },
    },
  ],
  merge: mergeBooking,
  async preconfirm(turn, slots) {
    const room = await findRoomByName(turn.ctx, String(slots.room));
    if (!room) {
      const rooms = await listRooms(turn.ctx);
      return { ok: false, reply: turn.t('booking.unknown_room', { room: String(slots.room), rooms: roomList(rooms) }), clear: ['room'] };
    }
    slots.room = room.name;
    const aligned = alignToSlots(String(slots.start), String(slots.end));
    Object.assign(slots, { start: aligned.start, end: aligned.end });
    const check = await checkRequest(turn.ctx, request(turn, slots, room));
    if (!check.ok) return refusal(turn, slots, check);
    const [free] = await availability(turn.ctx, { date: String(slots.date), roomId: room.id });
    const s = hhmmToMinutes(String(slots.start));
    const e = hhmmToMinutes(String(slots.end));
    const isFree = free?.free.some((r) => hhmmToMinutes(r.start) <= s && hhmmToMinutes(r.end) >= e);
    if (!isFree) return taken(turn, slots, room);
    return { ok: true };
  },
  confirmText: (turn, slots) =>
    turn.t('booking.confirm', {
      room: String(slots.room), day: formatDay(String(slots.date)), start: String(slots.start), end: String(slots.end),
      people: slots.attendees ? `，${slots.attendees}人` : '',
    }),
  cancelledText: (turn) => turn.t('booking.cancelled_form'),
  async submit(turn, slots) {
    const room = await findRoomByName(turn.ctx, String(slots.room));
    if (!room) return turn.sayKey('booking.invalid_range');
    const result = await bookRoom(turn.deps, { type: 'owner', id: turn.inbound.senderId }, request(turn, slots, room));
    if (result.ok) {
      const b = result.booking;
      turn.sayKey('booking.created', {
        number: b.number, room: b.room.name, day: formatDay(b.date), start: b.start, end: b.end,
        remind: BOOKING_RULES.reminderLeadMinutes,
      });
      return;
    }
    // Someone else got there between the confirmation and now: offer what is free instead.
    const again = result.reason === 'SLOT_TAKEN' ? await taken(turn, slots, room, result.alternatives) : await refusal(turn, slots, result);
    turn.say(again.ok ? turn.t('booking.invalid_range') : again.reply);
    if (!again.ok) for (const name of again.clear) delete slots[name];
    const awaiting = again.ok ? 'confirm' : (again.awaiting ?? bookingForm.slots.find((x) => slots[x.name] === undefined)?.name ?? 'start');
    turn.state.form = { name: bookingForm.name, slots, awaiting, misses: 0 };
  },
};

function request(turn: Turn, slots: SlotValues, room: RoomInfo) {
  return {
    roomId: room.id, date: String(slots.date), start: String(slots.start), end: String(slots.end),
    attendees: typeof slots.attendees === 'number' ? slots.attendees : null,
    ownerId: turn.identity?.ownerId ?? null, bookerChannel: turn.inbound.channel, bookerId: turn.inbound.senderId,
  };
}

/** "开两个小时" with a known start gives the end. */
function endFromDuration(text: string, turn: Turn): string | undefined {
  const probe = extractTimeRange(`9点${text}`, turn.now);
  if (!probe?.end || probe.start !== '09:00' || !/(小时|钟头|分钟)/.test(text)) return undefined;
  return `+${hhmmToMinutes(probe.end) - 9 * 60}`;
}

/** Applies a correction: a new start keeps the meeting's length (改成4点); a picked option sets all three. */
function mergeBooking(slots: SlotValues, update: SlotValues): SlotValues {
  const next: SlotValues = { ...slots };
  if (typeof update._pick === 'number') {
    const alt = (slots._alternatives as Alternative[])[update._pick - 1];
    Object.assign(next, { room: alt.room.name, date: alt.date, start: alt.start, end: alt.end });
    delete next._alternatives;
    delete next._conflictReply;
    return next;
  }
  const oldLength = slots.start && slots.end && !String(slots.end).startsWith('+')
    ? hhmmToMinutes(String(slots.end)) - hhmmToMinutes(String(slots.start)) : undefined;
  Object.assign(next, Object.fromEntries(Object.entries(update).filter(([k]) => k !== '_pick')));
  if (update.start && !update.end && oldLength) next.end = minutesToHhmm(hhmmToMinutes(String(update.start)) + oldLength);
  if (typeof next.end === 'string' && next.end.startsWith('+') && next.start) {
    next.end = minutesToHhmm(Math.min(24 * 60 - 1, hhmmToMinutes(String(next.start)) + Number(next.end.slice(1))));
  }
  if (update.room || update.date || update.start || update.end) {
    delete next._alternatives;
    delete next._conflictReply;
  }
  return next;
}

async function taken(turn: Turn, slots: SlotValues, room: RoomInfo, known?: Alternative[]): Promise<PreconfirmResult> {
  const alternatives = known ?? (await findAlternatives(turn.ctx, request(turn, slots, room)));
  const head = turn.t('booking.taken', { room: room.name, day: formatDay(String(slots.date)), start: String(slots.start), end: String(slots.end) });
  slots._alternatives = alternatives;
  const tail = alternatives.length ? turn.t('booking.alternatives', { options: alternatives.map(optionText).join('；') }) : turn.t('booking.no_alternatives');
  slots._conflictReply = `${head}${tail}`;
  return { ok: false, reply: `${head}${tail}`, clear: [], awaiting: '_choice' };
}

async function refusal(turn: Turn, slots: SlotValues, r: BookingRefusal): Promise<PreconfirmResult> {
  switch (r.reason) {
    case 'OUTSIDE_HOURS':
      return { ok: false, reply: turn.t('booking.outside_hours', { room: r.room.name, opens: r.opensAt, closes: r.closesAt }), clear: ['start', 'end'] };
    case 'IN_THE_PAST':
      return { ok: false, reply: turn.t('booking.in_past'), clear: ['date', 'start', 'end'] };
    case 'TOO_FAR_AHEAD':
      return { ok: false, reply: turn.t('booking.too_far', { days: BOOKING_RULES.horizonDays }), clear: ['date'] };
    case 'OVER_CAPACITY': {
      slots._alternatives = r.alternatives;
      const tail = r.alternatives.length ? turn.t('booking.alternatives', { options: r.alternatives.map(optionText).join('；') }) : '';
      return { ok: false, reply: `${turn.t('booking.over_capacity', { room: r.room.name, capacity: r.room.capacity })}${tail}`, clear: ['room'] };
    }
    case 'UNKNOWN_ROOM':
      return { ok: false, reply: turn.t('booking.unknown_room', { room: String(slots.room), rooms: roomList(r.rooms) }), clear: ['room'] };
    case 'SLOT_TAKEN':
      return { ok: false, reply: turn.t('booking.no_alternatives'), clear: ['start', 'end'] };
    default:
      return { ok: false, reply: turn.t('booking.invalid_range'), clear: ['start', 'end'] };
  }
}

export async function bookMeetingRoom(turn: Turn): Promise<void> {
  const s = turn.nlu.slots;
  const rooms = await listRooms(turn.ctx);
  const range = s.start ? { start: s.start, end: s.end } : extractTimeRange(turn.text, turn.now);
  const duration = range?.start && !range.end ? endFromDuration(turn.text, turn) : undefined;
  await startForm(turn, bookingForm, {
    date: s.date ?? extractDate(turn.text, turn.now),
    start: range?.start,
    end: range?.end ?? (duration ? minutesToHhmm(hhmmToMinutes(String(range!.start)) + Number(duration.slice(1))) : undefined),
    room: s.room ?? extractRoom(turn.text),
    attendees: s.attendees ?? extractAttendees(turn.text),
    _roomList: roomList(rooms),
  });
}
