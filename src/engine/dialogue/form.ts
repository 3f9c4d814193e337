import type { Turn } from '../turn';
import { correctionBody, isCancel, isChangeRequest, isConfirm } from './commands';

export type SlotValues = Record<string, unknown>;

/** One slot of a form: how to ask for it and how to read it from the owner's words. */
export interface FormSlot {
  name: string;
  /** Whether the form still needs this slot given what it has; default: required. */
  needed?: (slots: SlotValues, turn: Turn) => boolean;
  ask: (turn: Turn, slots: SlotValues) => string;
  /** Reads the slot from an answer to its own question (may accept free text). */
  fromAnswer?: (text: string, turn: Turn, slots: SlotValues) => unknown;
  /** Reads the slot from any message while the form is open (corrections, several slots at once). */
  fromAny?: (text: string, turn: Turn, slots: SlotValues) => unknown;
}

/**
 * The result of a check before confirming: fine, or a reply and the slots to ask again. With
 * `awaiting`, the reply itself was the question (e.g. a list of alternatives) and the form waits on
 * that slot without asking anything more.
 */
export type PreconfirmResult = { ok: true } | { ok: false; reply: string; clear: string[]; awaiting?: string };

/** A multi-turn form (Rasa-style): fill slots, confirm, then act through the domain. */
export interface FormDefinition {
  name: string;
  slots: FormSlot[];
  /** "请确认：…" text; without it the form submits as soon as it is complete. */
  confirmText?: (turn: Turn, slots: SlotValues) => string;
  /** Merges a correction into the slots (e.g. 改成4点 keeps the meeting's length). Default: overwrite. */
  merge?: (slots: SlotValues, update: SlotValues, turn: Turn) => SlotValues;
  preconfirm?: (turn: Turn, slots: SlotValues) => Promise<PreconfirmResult>;
  submit: (turn: Turn, slots: SlotValues) => Promise<void>;
  /** Texts for the form's own moments. */
  cancelledText: (turn: Turn) => string;
}

const MAX_MISSES = 2;
/** Answers up to this long are read as answers to the form, whatever else they resemble. */
const SHORT_ANSWER = 8;

function missingSlot(form: FormDefinition, slots: SlotValues, turn: Turn) {
  return form.slots.find((s) => (s.needed ? s.needed(slots, turn) : true) && slots[s.name] === undefined);
}

function readAny(form: FormDefinition, text: string, turn: Turn, slots: SlotValues): SlotValues {
  const found: SlotValues = {};
  for (const slot of form.slots) {
    const v = slot.fromAny?.(text, turn, slots);
    if (v !== undefined) found[slot.name] = v;
  }
  return found;
}

/** Starts a form with the slots already known from the first message, then asks or confirms. */
export async function startForm(turn: Turn, form: FormDefinition, initial: SlotValues): Promise<void> {
  const slots = Object.fromEntries(Object.entries(initial).filter(([, v]) => v !== undefined && v !== ''));
  turn.state.form = { name: form.name, slots, awaiting: '', misses: 0 };
  await advance(turn, form);
}

/** Asks for the next missing slot, or confirms, or submits when nothing is missing. */
async function advance(turn: Turn, form: FormDefinition, prefix?: string): Promise<void> {
  const state = turn.state.form!;
  const next = missingSlot(form, state.slots, turn);
  const say = (text: string) => turn.say(prefix ? `${prefix}${text}` : text);
  if (next) {
    state.awaiting = next.name;
    say(next.ask(turn, state.slots));
    return;
  }
  if (form.preconfirm) {
    const check = await form.preconfirm(turn, state.slots);
    if (!check.ok) {
      for (const name of check.clear) delete state.slots[name];
      turn.say(check.reply);
      if (check.awaiting) {
        state.awaiting = check.awaiting;
        return;
      }
      const again = missingSlot(form, state.slots, turn);
      state.awaiting = again ? again.name : 'confirm';
      if (!again && form.confirmText) turn.say(form.confirmText(turn, state.slots));
      return;
    }
  }
  if (form.confirmText) {
    state.awaiting = 'confirm';
    say(form.confirmText(turn, state.slots));
    return;
  }
  turn.state.form = undefined;
  await form.submit(turn, state.slots);
}

/**
 * Continues an open form with the owner's message. Returns false when the message is not about the
 * form at all (the caller then treats it as a new request and the form is dropped).
 */
export async function continueForm(turn: Turn, form: FormDefinition, opts: { switchIntent: boolean }): Promise<boolean> {
  const state = turn.state.form!;
  const text = turn.text;
  if (isCancel(text)) {
    turn.state.form = undefined;
    turn.say(form.cancelledText(turn));
    return true;
  }
  const merge = (update: SlotValues) => {
    state.slots = form.merge ? form.merge(state.slots, update, turn) : { ...state.slots, ...update };
  };

  if (state.awaiting === 'confirm') {
    if (isConfirm(text)) {
      turn.state.form = undefined;
      await form.submit(turn, state.slots);
      return true;
    }
    const body = correctionBody(text) ?? text;
    const update = readAny(form, body, turn, state.slots);
    if (Object.keys(update).length && (!opts.switchIntent || body !== text || text.length <= SHORT_ANSWER)) {
      merge(update);
      state.misses = 0;
      await advance(turn, form);
      return true;
    }
    if (opts.switchIntent) return false;
    if (isChangeRequest(text)) {
      turn.sayKey('form.what_to_change');
      return true;
    }
    return missed(turn, form, () => turn.say(form.confirmText!(turn, state.slots)));
  }

  const asked = form.slots.find((s) => s.name === state.awaiting);
  const update = readAny(form, correctionBody(text) ?? text, turn, state.slots);
  if (asked && update[asked.name] === undefined && asked.fromAnswer) {
    const v = asked.fromAnswer(text, turn, state.slots);
    if (v !== undefined) update[asked.name] = v;
  }
  // A short answer that fills a slot stays in the form even if it also reads like a new request
  // ("小会议室吧" after a conflict is a choice, not a cancellation).
  const filled = Object.keys(update).length > 0;
  const staysInForm = filled && (!opts.switchIntent || (asked && update[asked.name] !== undefined) || text.length <= SHORT_ANSWER);
  if (staysInForm) {
    merge(update);
    state.misses = 0;
    await advance(turn, form);
    return true;
  }
  if (opts.switchIntent) return false;
  return missed(turn, form, () => turn.say(asked ? asked.ask(turn, state.slots) : form.cancelledText(turn)));
}

/** An answer that filled nothing: ask again, and after repeated misses let go of the form. */
function missed(turn: Turn, form: FormDefinition, askAgain: () => void): boolean {
  const state = turn.state.form!;
  state.misses += 1;
  if (state.misses > MAX_MISSES) {
    turn.state.form = undefined;
    turn.sayKey('form.gave_up');
    return true;
  }
  turn.sayKey('form.not_understood');
  askAgain();
  return true;
}
