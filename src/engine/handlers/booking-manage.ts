import { availability, cancelBooking, findRoomByName, listBookingsFor, type BookingInfo } from '../../domain/bookings';
import { formatDay, localDate } from '../../shared/time';
import { startForm, type FormDefinition } from '../dialogue/form';
import { extractDate, extractRoom } from '../nlu';
import type { Turn } from '../turn';

const BOOKING_NUMBER = /B-?\d{3,}/i;
const line = (b: BookingInfo) => `${b.number} ${b.room.name} ${formatDay(b.date)} ${b.start}–${b.end}`;

const booker = (turn: Turn) => ({
  bookerChannel: turn.inbound.channel,
  bookerId: turn.inbound.senderId,
  ownerId: turn.identity?.ownerId ?? null,
});

/** Which booking to cancel (by number when there are several), then a confirmation. */
export const cancelForm: FormDefinition = {
  name: 'meeting_room.cancel',
  slots: [
    {
      name: 'number',
      ask: (turn, slots) => turn.t('booking_cancel.which', { list: String(slots._list ?? '') }),
      fromAny: (text) => text.match(BOOKING_NUMBER)?.[0].toUpperCase().replace(/^B(?!-)/, 'B-'),
    },
  ],
  confirmText: (turn, slots) => turn.t('booking_cancel.confirm', slots._view as Record<string, string>),
  async preconfirm(turn, slots) {
    const mine = await listBookingsFor(turn.ctx, booker(turn));
    const target = mine.find((b) => b.number === slots.number);
    if (!target) return { ok: false, reply: turn.t('booking_cancel.none', { day: '' }), clear: ['number'] };
    slots._view = { number: target.number, room: target.room.name, day: formatDay(target.date), start: target.start, end: target.end };
    return { ok: true };
  },
  cancelledText: (turn) => turn.t('booking_cancel.kept', { number: String(turn.state.form?.slots.number ?? '') }),
  async submit(turn, slots) {
    const result = await cancelBooking(turn.ctx, { ...booker(turn), bookingNumber: String(slots.number) });
    if (!result.ok) return turn.sayKey('booking_cancel.none', { day: '' });
    const b = result.booking;
    turn.sayKey('booking_cancel.done', { number: b.number, room: b.room.name, day: formatDay(b.date), start: b.start, end: b.end });
  },
};

/** 取消预订 / 明天的会议室不要了: finds the sender's own booking and confirms before freeing it. */
export async function cancelMeetingRoom(turn: Turn): Promise<void> {
  const date = turn.nlu.slots.date ?? extractDate(turn.text, turn.now);
  const number = turn.text.match(BOOKING_NUMBER)?.[0].toUpperCase().replace(/^B(?!-)/, 'B-');
  const mine = (await listBookingsFor(turn.ctx, booker(turn))).filter(
    (b) => (!date || b.date === date) && (!number || b.number === number),
  );
  if (!mine.length) {
    turn.sayKey('booking_cancel.none', { day: date ? formatDay(String(date)) : '' });
    return;
  }
  await startForm(turn, cancelForm, {
    number: mine.length === 1 ? mine[0].number : undefined,
    _list: mine.map(line).join('；'),
  });
}

/** 明天大会议室有空吗 / 我订了哪些会议室. */
export async function queryMeetingRoom(turn: Turn): Promise<void> {
  const date = (turn.nlu.slots.date as string | undefined) ?? extractDate(turn.text, turn.now);
  const roomName = (turn.nlu.slots.room as string | undefined) ?? extractRoom(turn.text);
  const asksMine = /(我|我们|我的).*(订|预订|预约)|(订了|预订了|约了)/.test(turn.text) && !/(有空|空闲|能订|可以订|可用)/.test(turn.text);
  if (asksMine) {
    const mine = await listBookingsFor(turn.ctx, booker(turn));
    turn.sayKey(mine.length ? 'booking_query.mine' : 'booking_query.mine_none', { list: mine.map(line).join('；') });
    return;
  }
  const day = date ?? localDate(turn.now);
  const room = roomName ? await findRoomByName(turn.ctx, roomName) : undefined;
  const rooms = await availability(turn.ctx, { date: day, roomId: room?.id });
  const ranges = (r: (typeof rooms)[number]) => r.free.map((f) => `${f.start}–${f.end}`).join('、');
  if (room) {
    const only = rooms[0];
    turn.sayKey(only?.free.length ? 'booking_query.room_free' : 'booking_query.none_free', {
      room: room.name, day: formatDay(day), list: only ? ranges(only) : '',
    });
    return;
  }
  const lines = rooms.filter((r) => r.free.length).map((r) => `${r.room.name}(${r.room.capacity}人) ${ranges(r)}`);
  turn.sayKey(lines.length ? 'booking_query.free' : 'booking_query.none_free', { day: formatDay(day), room: '', list: lines.join('；') });
}
