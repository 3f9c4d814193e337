import { Announcement } from './announcement';
import { AuditLog } from './audit-log';
import { Bill } from './bill';
import { BindingAttempt } from './binding-attempt';
import { Booking } from './booking';
import { BookingSlot } from './booking-slot';
import { Building } from './building';
import { CannedReply } from './canned-reply';
import { ChannelIdentity } from './channel-identity';
import { Conversation } from './conversation';
import { Escalation } from './escalation';
import { Estate } from './estate';
import { FollowUp } from './follow-up';
import { JobRun } from './job-run';
import { MeetingRoom } from './meeting-room';
import { Message } from './message';
import { Outbox } from './outbox';
import { Owner } from './owner';
import { Payment } from './payment';
import { SequenceCounter } from './sequence-counter';
import { StaffAccount } from './staff-account';
import { StaffLoginFailure } from './staff-login-failure';
import { StaffToken } from './staff-token';
import { Ticket } from './ticket';
import { TicketEvent } from './ticket-event';
import { Unit } from './unit';

export * from './announcement';
export * from './audit-log';
export * from './bill';
export * from './binding-attempt';
export * from './booking';
export * from './booking-slot';
export * from './building';
export * from './canned-reply';
export * from './channel-identity';
export * from './conversation';
export * from './escalation';
export * from './estate';
export * from './follow-up';
export * from './job-run';
export * from './meeting-room';
export * from './message';
export * from './outbox';
export * from './owner';
export * from './payment';
export * from './sequence-counter';
export * from './staff-account';
export * from './staff-login-failure';
export * from './staff-token';
export * from './ticket';
export * from './ticket-event';
export * from './unit';

export const ENTITIES = [
  Announcement, AuditLog, Bill, BindingAttempt, Booking, BookingSlot, Building, CannedReply, ChannelIdentity,
  Conversation, Escalation, Estate, FollowUp, JobRun, MeetingRoom, Message, Outbox, Owner, Payment,
  SequenceCounter, StaffAccount, StaffLoginFailure, StaffToken, Ticket, TicketEvent, Unit,
];
