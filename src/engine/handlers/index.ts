import type { Intent } from '../nlu/types';
import type { FormDefinition } from '../dialogue/form';
import type { IntentHandler } from '../turn';
import { bookMeetingRoom, bookingForm } from './booking';
import { cancelForm, cancelMeetingRoom, queryMeetingRoom } from './booking-manage';
import { complaint, complaintForm } from './complaint';
import { consult } from './consult';
import { emergency } from './emergency';
import { feePay, feeQuery } from './fees';
import { handoffHuman } from './handoff';
import { rating } from './rating';
import { repair, repairForm } from './repair';
import { service, serviceForm } from './service';
import { greeting, outOfScope, thanks } from './small-talk';
import { ticketStatus } from './ticket-status';

export { handleBind } from './binding';
export { handleEmergencyLocation } from './emergency';
export { handleMisunderstood, handleStaffMode } from './handoff';
export { isRatingAnswer } from './rating';

/** Every intent of the taxonomy has exactly one handler. */
export const HANDLERS: Record<Intent, IntentHandler> = {
  'repair.report': repair,
  'emergency.report': emergency,
  'complaint.file': complaint,
  'service.request': service,
  'meeting_room.book': bookMeetingRoom,
  'meeting_room.cancel': cancelMeetingRoom,
  'meeting_room.query': queryMeetingRoom,
  'fee.query': feeQuery,
  'fee.pay': feePay,
  'ticket.status': ticketStatus,
  consult,
  'handoff.human': handoffHuman,
  'feedback.rating': rating,
  greeting,
  thanks,
  out_of_scope: outOfScope,
};

/** Multi-turn forms by name (a form is named after the intent it completes). */
export const FORMS: Record<string, FormDefinition> = Object.fromEntries(
  [repairForm, complaintForm, serviceForm, bookingForm, cancelForm].map((f) => [f.name, f]),
);
