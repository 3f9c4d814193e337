// The shape of one knowledge file (intents/knowledge/<topic>.yaml): a list of entries whose
// topic matches the file name. Checked at load so a bad edit fails start, not a conversation.
import { z } from 'zod';
import { CATEGORICAL_SLOTS } from '../nlu/types';

/** Consult topics are TAXONOMY's `topic` slot values; the NLU owns that list. */
export const CONSULT_TOPICS = CATEGORICAL_SLOTS.consult!.values;
export type ConsultTopic = typeof CONSULT_TOPICS[number];

const PLACEHOLDER = /\{([^{}]*)\}/g;
const PLACEHOLDER_NAME = /^[a-z][A-Za-z0-9]*$/;

const text = z.string().trim().min(1);

// YAML folded blocks (>-) join lines with a space; between Chinese sentences that space is noise.
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'gu');

const answerText = text.transform((s) => s.replace(SPACE_BY_CJK, '')).superRefine((s, ctx) => {
  for (const [, name] of s.matchAll(PLACEHOLDER)) {
    if (!PLACEHOLDER_NAME.test(name)) {
      ctx.addIssue({ code: 'custom', message: `placeholder {${name}} must be a camelCase name like {serviceCenterPhone}` });
    }
  }
  if (/[{}]/.test(s.replace(PLACEHOLDER, ''))) {
    ctx.addIssue({ code: 'custom', message: 'unbalanced { or } in answer' });
  }
});

export const entrySchema = z.object({
  id: z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/, 'id must look like <topic>.<name>, e.g. parking.visitor'),
  topic: z.enum(CONSULT_TOPICS as unknown as [ConsultTopic, ...ConsultTopic[]]),
  question: text,
  keywords: z.array(text).min(1),
  answer: answerText,
  answer_en: answerText.optional(),
}).strict();

export const fileSchema = z.array(entrySchema).min(1, 'a knowledge file needs at least one entry');

export type KnowledgeEntry = z.infer<typeof entrySchema>;

/** Names of the {placeholders} an answer uses, in order of first use. */
export function placeholdersOf(s: string): string[] {
  return [...new Set([...s.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

export function fillPlaceholders(s: string, vars: Record<string, string | number>, onMissing: (name: string) => never): string {
  return s.replace(PLACEHOLDER, (_m, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : onMissing(name));
}
