export { escalate, claimEscalation, resolveEscalation, type EscalateInput, type ClaimResult } from './escalation.service';
export { listEscalations, type EscalationQueueItem } from './escalation-queue';
export { replyToEscalation, addPrivateNote } from './staff-messages';
export { pushToOwner, PULL_CHANNELS } from './owner-delivery';
export { getCaseView, type CaseView, type TranscriptEntry } from './case-view';
