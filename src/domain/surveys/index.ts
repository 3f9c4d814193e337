export { openFollowUp, pendingFollowUpFor, recordRating, type RatingOutcome } from './follow-up.service';
