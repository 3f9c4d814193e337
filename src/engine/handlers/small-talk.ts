import type { Turn } from '../turn';

const capabilities = (turn: Turn) => turn.t('capabilities');

export async function greeting(turn: Turn): Promise<void> {
  turn.sayKey('greeting');
}

export async function thanks(turn: Turn): Promise<void> {
  turn.sayKey('thanks');
}

export async function outOfScope(turn: Turn): Promise<void> {
  turn.sayKey('out_of_scope', { capabilities: capabilities(turn) });
}
