import { LOW_RATING_MAX_SCORE } from '../../domain/rules/escalation';
import { pendingFollowUpFor, recordRating } from '../../domain/surveys';
import { extractScore } from '../nlu';
import type { Turn } from '../turn';

/** A score for the pending follow-up (回访): kept with the ticket; a low one reopens it and tells staff. */
export async function rating(turn: Turn): Promise<void> {
  const pending = await pendingFollowUpFor(turn.ctx, turn.conversation.id);
  const score = typeof turn.nlu.slots.score === 'number' ? turn.nlu.slots.score : extractScore(turn.text);
  if (!pending) {
    turn.sayKey('rating.no_pending');
    return;
  }
  if (!score) {
    turn.sayKey('rating.ask_score');
    return;
  }
  const remark = turn.text.replace(/^\s*[1-5一二三四五]\s*(分|星)?[，,。\s]*/, '').trim() || null;
  const result = await recordRating(turn.ctx, pending.followUp.id, score, remark);
  if (!result.ok) {
    turn.sayKey('rating.no_pending');
    return;
  }
  turn.sayKey(score <= LOW_RATING_MAX_SCORE ? 'rating.sorry' : score >= 4 ? 'rating.thanks_good' : 'rating.thanks_ok', { score });
}

/** A bare score ("5", "5分", "⭐⭐⭐⭐") while a follow-up is pending is an answer to it, whatever else it could be. */
export async function isRatingAnswer(turn: Turn): Promise<boolean> {
  if (turn.text.length > 30) return false;
  const score = extractScore(turn.text);
  if (!score) return false;
  return !!(await pendingFollowUpFor(turn.ctx, turn.conversation.id));
}
