// Slot extractors, each usable alone by the dialogue layer (e.g. the owner answers
// "哪一户?" with just "3-2-501", or says "改成4点" at a confirm step).
export { extractUnit } from './unit';
export { extractDate } from './date';
export { extractTimeRange } from './time';
export { extractAttendees } from './attendees';
export { extractRoom } from './room';
export { extractFeeType } from './fee';
export { extractScore } from './score';
