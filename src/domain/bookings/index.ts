/** Meeting rooms and their bookings (会议室预订). */
export { bookRoom, checkRequest, previewBooking } from './book-room';
export { availability, findAlternatives, type AlternativesQuery, type RoomAvailability } from './availability';
export { cancelBooking, listBookingsFor, type Booker, type CancelResult } from './my-bookings';
export { bookingsNeedingReminder, markReminded } from './reminders';
export { findRoomByName, getRoom, listRooms, upsertRoom, type RoomInfo, type RoomSpec } from './rooms';
export { alignToSlots, type TimeRange } from './slots';
export type * from './types';
