/** The estate's meeting rooms: listing, finding one by the name an owner writes, and seeding. */
import { MeetingRoom } from '../../../entities';
import { AppError } from '../../shared/errors';
import type { DomainContext } from '../context';
import { audit } from '../audit';
import { BOOKING_RULES } from '../rules/booking';
import { matchRoomName } from './room-name';
import { parseHhmm } from './slots';

/** A room as the dialogue shows it: "小会议室(10人)". */
export interface RoomInfo {
  id: number;
  name: string;
  capacity: number;
  location: string;
  opensAt: string;
  closesAt: string;
}

export function toRoomInfo(room: MeetingRoom): RoomInfo {
  const { id, name, capacity, location, opensAt, closesAt } = room;
  return { id, name, capacity, location, opensAt, closesAt };
}

/** Bookable rooms in the order the estate set them up. */
export async function listRooms(ctx: DomainContext): Promise<RoomInfo[]> {
  const rooms = await ctx.em.find(MeetingRoom, { where: { active: true }, order: { id: 'ASC' } });
  return rooms.map(toRoomInfo);
}

/** A bookable room by id, or undefined. */
export async function getRoom(ctx: DomainContext, roomId: number): Promise<RoomInfo | undefined> {
  const room = await ctx.em.findOne(MeetingRoom, { where: { id: roomId, active: true } });
  return room ? toRoomInfo(room) : undefined;
}

/** The room an owner means ("大会议室吧", "a会议室", "3楼会议室"); undefined when unknown or ambiguous. */
export async function findRoomByName(ctx: DomainContext, name: string): Promise<RoomInfo | undefined> {
  return matchRoomName(await listRooms(ctx), name);
}

export interface RoomSpec {
  name: string;
  capacity: number;
  location?: string;
  opensAt?: string;
  closesAt?: string;
}

/** Creates or updates the room called `spec.name` (idempotent: a second identical call changes nothing). */
export async function upsertRoom(ctx: DomainContext, spec: RoomSpec): Promise<{ room: RoomInfo; created: boolean; changed: boolean }> {
  const wanted = {
    name: spec.name.trim(),
    capacity: spec.capacity,
    location: spec.location ?? '',
    opensAt: spec.opensAt ?? BOOKING_RULES.defaultOpeningHours.opensAt,
    closesAt: spec.closesAt ?? BOOKING_RULES.defaultOpeningHours.closesAt,
    active: true,
  };
  const opens = parseHhmm(wanted.opensAt);
  const closes = parseHhmm(wanted.closesAt);
  if (!wanted.name || !Number.isInteger(wanted.capacity) || wanted.capacity < 1 || opens === undefined || closes === undefined || opens >= closes) {
    throw new AppError('INVALID_ROOM', `invalid meeting room: ${JSON.stringify(spec)}`, 400);
  }
  const existing = await ctx.em.findOne(MeetingRoom, { where: { name: wanted.name } });
  if (!existing) {
    const room = await ctx.em.save(ctx.em.create(MeetingRoom, wanted));
    await audit(ctx, 'meeting_room.create', { type: 'meeting_room', id: room.id }, { ...wanted });
    return { room: toRoomInfo(room), created: true, changed: true };
  }
  const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).some((k) => existing[k] !== wanted[k]);
  if (changed) {
    await ctx.em.update(MeetingRoom, { id: existing.id }, wanted);
    await audit(ctx, 'meeting_room.update', { type: 'meeting_room', id: existing.id }, { ...wanted });
  }
  return { room: toRoomInfo({ ...existing, ...wanted }), created: false, changed };
}
