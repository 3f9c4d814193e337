import { findRoomByName, listRooms, upsertRoom } from '../../../src/domain/bookings';
import { bookingWorld, type BookingWorld } from './fixtures';

describe('meeting rooms', () => {
  let w: BookingWorld;
  beforeAll(async () => {
    w = await bookingWorld();
  });
  afterAll(async () => {
    await w.drop();
  });

  it.each([
    ['大会议室', '大会议室'],
    ['大会议室吧', '大会议室'],
    ['就大会议室吧！', '大会议室'],
    ['大会议厅', '大会议室'],
    ['大会议', '大会议室'],
    ['A会议室', 'A会议室'],
    ['a会议室', 'A会议室'],
    ['Ａ会议室', 'A会议室'],
    ['3楼会议室', '大会议室'],
    ['三楼会议室', '大会议室'],
    ['3层的会议室', '大会议室'],
    ['2楼会议室', '小会议室'],
    ['小会议室呢', '小会议室'],
  ])('"%s" is the %s', async (said, room) => {
    expect((await w.runner.run((ctx) => findRoomByName(ctx, said)))?.name).toBe(room);
  });

  it.each(['会议室', '多功能厅', '13楼会议室', '4楼会议室', ''])('"%s" names no room, so the dialogue can list them', async (said) => {
    expect(await w.runner.run((ctx) => findRoomByName(ctx, said))).toBeUndefined();
  });

  it('the seed can run twice: upsertRoom is idempotent by name and updates what changed', async () => {
    const again = await w.runner.run((ctx) => upsertRoom(ctx, { name: '大会议室', capacity: 20, location: '3楼东侧' }));
    expect(again).toMatchObject({ created: false, changed: false });
    const bigger = await w.runner.run((ctx) => upsertRoom(ctx, { name: '小会议室', capacity: 12, location: '2楼' }));
    expect(bigger).toMatchObject({ created: false, changed: true, room: { capacity: 12 } });
    const rooms = await w.runner.run((ctx) => listRooms(ctx));
    expect(rooms.map((r) => `${r.name}(${r.capacity}人)`)).toEqual(['大会议室(20人)', '小会议室(12人)', 'A会议室(6人)']);
  });

  it('refuses a room that could never be booked', async () => {
    await expect(w.runner.run((ctx) => upsertRoom(ctx, { name: '坏会议室', capacity: 5, opensAt: '18:00', closesAt: '09:00' }))).rejects.toMatchObject({ code: 'INVALID_ROOM' });
    expect(await w.runner.run((ctx) => findRoomByName(ctx, '坏会议室'))).toBeUndefined();
  });
});
