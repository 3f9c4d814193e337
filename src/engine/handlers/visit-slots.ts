import type { FormSlot, SlotValues } from '../dialogue/form';
import type { Turn } from '../turn';
import { hasTimeWords, mergeVisitTime, visitTimeText } from './time-words';
import { unitIn, whereFromAnswer, type Where } from './where';

/** "Where is it?": a unit anywhere in a message, or a place in the estate as the answer. */
export function whereSlot(ask: (turn: Turn, slots: SlotValues) => string, needed?: FormSlot['needed']): FormSlot {
  return {
    name: 'where',
    needed,
    ask,
    fromAnswer: (text) => whereFromAnswer(text),
    fromAny: (text) => {
      const unit = unitIn(text);
      return unit ? ({ unit } satisfies Where) : undefined;
    },
  };
}

/** "When should someone come?", kept in the owner's words ("明天上午"). */
export function visitTimeSlot(ask: (turn: Turn) => string, needed?: FormSlot['needed']): FormSlot {
  const read = (text: string, turn: Turn) => (hasTimeWords(text, turn.now) ? visitTimeText(text) : undefined);
  return { name: 'time', needed, ask, fromAnswer: read, fromAny: read };
}

/** Applies a correction; a new part of the day keeps the day already given (改成下午 → 明天下午). */
export function mergeVisit(slots: SlotValues, update: SlotValues): SlotValues {
  const time = typeof update.time === 'string' ? { time: mergeVisitTime(slots.time as string | undefined, update.time) } : {};
  return { ...slots, ...update, ...time };
}
