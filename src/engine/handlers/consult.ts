import type { Turn } from '../turn';
import { handoff } from './handoff';

/** Answers a question about a procedure from the knowledge base; an unknown question goes to a person. */
export async function consult(turn: Turn): Promise<void> {
  const topic = typeof turn.nlu.slots.topic === 'string' ? turn.nlu.slots.topic : undefined;
  const match = turn.deps.knowledge.answer(turn.text, topic);
  if (match) {
    turn.say(turn.deps.knowledge.fill(match.entry.answer, knowledgeVars(turn)));
    return;
  }
  await handoff(turn, { reason: 'handoff', summary: `咨询未能自动回答：${turn.text.slice(0, 200)}`, replyKey: 'consult.unknown' });
}

/** Values for the knowledge base's {placeholders}, from configuration. */
export function knowledgeVars(turn: Turn): Record<string, string> {
  const { company, payment, knowledge } = turn.deps.config;
  return {
    ...knowledge.vars,
    companyName: company.name,
    serviceCenterPhone: company.serviceCenterPhone,
    paymentInstructions: payment.instructions,
  };
}
