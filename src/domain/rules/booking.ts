/**
 * Meeting-room booking rules, declared once. Services and tests read them from here.
 *
 * A booking occupies whole slots of `slotMinutes`; each slot is one BookingSlot row under the unique
 * (roomId, slotStart) index, which is what makes overlaps impossible. A requested range that does not
 * fall on slot boundaries is rounded OUTWARD (14:10–15:20 holds 14:00–15:30), so the room is never
 * promised for less than asked; the booking records the rounded range, and the dialogue can show it
 * beforehand with `alignToSlots`.
 */
export const BOOKING_RULES = {
  /** Length of one bookable slot, minutes. Must divide 60. */
  slotMinutes: 30,
  /** Opening hours of a room the seed does not give hours for (local time, "HH:mm"). */
  defaultOpeningHours: { opensAt: '08:00', closesAt: '21:00' },
  /** How many days ahead of today a booking may be made (the last allowed date is today + this). */
  horizonDays: 30,
  /** Longest single booking, minutes. */
  maxDurationMinutes: 4 * 60,
  /** How many alternatives to offer when the wanted time is taken. */
  maxAlternatives: 3,
  /**
   * How alternatives are ranked: moving the meeting by N minutes costs N; moving it to another room
   * costs this much on top. With 120, "same room two hours earlier/later" and "another room at the
   * same time" rank equal, and ties go to the earlier time: 大会议室 13:00–15:00, 小会议室 15:00–17:00,
   * 大会议室 17:00–19:00 for a taken 15:00–17:00 (scenario 3).
   */
  roomSwitchCostMinutes: 120,
  /** Reminder before a booking starts (scenario 3: "开始前30分钟会提醒您"). */
  reminderLeadMinutes: 30,
  /** Human booking ids: B-0192 (at least 4 digits). */
  numberPrefix: 'B',
  numberDigits: 4,
  /** Attempts of one booking transaction when the database reports a deadlock or write conflict. */
  transactionAttempts: 5,
} as const;
