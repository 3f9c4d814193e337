import type { Intent } from '../nlu/types';
import { FORMS, HANDLERS, handleBind, handleEmergencyLocation, handleMisunderstood, handleStaffMode, isRatingAnswer } from '../handlers';
import type { Turn } from '../turn';
import { looksLikeBindCommand, parseBindCommand } from './commands';
import { continueForm } from './form';

/** Intents that ask the desk to do something; they may interrupt an open form. */
const ACTIONABLE = new Set<Intent>([
  'emergency.report', 'repair.report', 'complaint.file', 'service.request', 'meeting_room.book',
  'meeting_room.cancel', 'meeting_room.query', 'fee.query', 'fee.pay', 'ticket.status', 'consult', 'handoff.human',
]);

/** How sure the reading must be before a new request may interrupt an open form. */
const SWITCH_CONFIDENCE = 0.75;
/**
 * Emergencies interrupt anything from this confidence on: every hazard rule gives ≥ 0.9. A reading
 * the model alone proposes below it ("电梯" alone, 0.77) is asked about instead of raising an alarm.
 */
const EMERGENCY_CONFIDENCE = 0.9;

/**
 * One dialogue step: global commands first (binding, emergencies), then the open form, then a pending
 * "which did you mean", then the intent itself — asking instead of guessing when unsure.
 */
export async function step(turn: Turn): Promise<void> {
  const bind = parseBindCommand(turn.text);
  if (bind) return handleBind(turn, bind);
  if (looksLikeBindCommand(turn.text)) {
    turn.handledAs = 'bind';
    return turn.sayKey('bind.usage');
  }

  const { nlu } = turn;
  // "2分 修完地上全是水也没擦" answers the 回访; it is not a new flood.
  if (await isRatingAnswer(turn)) return route(turn, 'feedback.rating');
  if (nlu.intent === 'emergency.report' && nlu.confidence >= EMERGENCY_CONFIDENCE) {
    turn.state.form = undefined;
    turn.state.clarify = undefined;
    return route(turn, 'emergency.report');
  }
  // The location after an emergency is taken even though staff now have the conversation.
  if (turn.state.emergencyTicketId && (await handleEmergencyLocation(turn))) return;
  if (turn.conversation.mode === 'staff') return handleStaffMode(turn);

  // A form is named after the intent it completes.
  const open = turn.state.form;
  if (open) {
    const form = FORMS[open.name];
    if (!form) {
      turn.state.form = undefined;
    } else {
      const switching = ACTIONABLE.has(nlu.intent) && nlu.confidence >= SWITCH_CONFIDENCE && nlu.intent !== open.name;
      if (await continueForm(turn, form, { switchIntent: switching })) {
        turn.handledAs = open.name;
        return;
      }
      turn.state.form = undefined;
    }
  }

  const clarify = turn.state.clarify;
  if (clarify) {
    turn.state.clarify = undefined;
    const picked = pickOption(turn.text, clarify.options);
    if (picked) {
      // "1"/"2": act on the request that was unclear, now that its meaning is known.
      const original = await turn.deps.nlu.understand(clarify.text, turn.now);
      turn.nlu = { ...original, intent: picked, confidence: 1 };
      turn.text = clarify.text;
      return route(turn, picked);
    }
    // Otherwise the answer is a message of its own ("我是想报修，厨房漏水"): read it as such below.
  }

  // A question the knowledge base can answer needs no "which did you mean".
  const answerable = nlu.intent === 'consult' && !!turn.deps.knowledge.answer(turn.text, nlu.slots.topic as string | undefined);
  const unsure = (nlu.confidence < turn.deps.config.nlu.lowConfidence && !answerable) || nlu.intent === 'emergency.report';
  if (nlu.intent === 'out_of_scope' || unsure) {
    // An emergency is offered only as the first reading: never as a runner-up to a question.
    let alt = nlu.alternatives.filter((a) => ACTIONABLE.has(a.intent) && a.intent !== 'emergency.report');
    // The other reading of a possible emergency is the same thing reported as not urgent — a repair —
    // unless another reading is really likely ("电梯": emergency 0.93, consult 0.05, repair 0.02).
    const repair = alt.find((a) => a.intent === 'repair.report');
    if (nlu.intent === 'emergency.report' && repair && alt[0] !== repair && alt[0].confidence < 0.2) {
      alt = [repair, ...alt.filter((a) => a !== repair)];
    }
    const options = [nlu.intent, ...alt.map((a) => a.intent)].filter((i) => ACTIONABLE.has(i)).slice(0, 2);
    if (nlu.intent !== 'out_of_scope' && options.length === 2) {
      turn.state.clarify = { text: turn.text, options };
      turn.sayKey('clarify.which', { a: turn.t(`intent_label.${options[0]}`), b: turn.t(`intent_label.${options[1]}`) });
      turn.handledAs = 'clarify';
      return;
    }
    if (nlu.intent === 'out_of_scope' || nlu.confidence < turn.deps.config.nlu.lowConfidence / 2) {
      return handleMisunderstood(turn);
    }
  }
  return route(turn, nlu.intent);
}

async function route(turn: Turn, intent: Intent): Promise<void> {
  if (intent !== 'out_of_scope') turn.state.misunderstood = 0;
  turn.handledAs = intent;
  await HANDLERS[intent](turn);
}


/** "第一个" / "1" / "报修" — the owner's pick among the options offered. */
function pickOption(text: string, options: Intent[]): Intent | undefined {
  const t = text.trim();
  if (/^(1|一|第一个|第1个|前面那个|前者|a|A)[。.!！]?$/.test(t)) return options[0];
  if (/^(2|二|第二个|第2个|后面那个|后者|b|B)[。.!！]?$/.test(t)) return options[1];
  return undefined;
}
