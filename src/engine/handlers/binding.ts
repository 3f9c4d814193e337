import { bindSender } from '../../domain/owners';
import type { Turn } from '../turn';

/** 绑定 房号 手机后四位: proves who the sender is; valid in any state of the conversation. */
export async function handleBind(turn: Turn, cmd: { unitText: string; last4: string }): Promise<void> {
  turn.handledAs = 'bind';
  const { binding } = turn.deps.config;
  const result = await bindSender(
    turn.ctx,
    { channel: turn.inbound.channel, senderId: turn.inbound.senderId, unitCode: cmd.unitText, phoneLast4: cmd.last4 },
    binding,
  );
  if (result.ok) {
    turn.identity = { ownerId: result.ownerId, ownerName: result.ownerName, unitId: result.unitId, unitCode: result.unitCode };
    turn.sayKey('bind.success', { name: result.ownerName, unit: result.unitCode });
    return;
  }
  if (result.reason === 'LOCKED') {
    const minutes = Math.max(1, Math.ceil((result.until.getTime() - turn.now.getTime()) / 60_000));
    turn.sayKey('bind.locked', { minutes });
    return;
  }
  turn.sayKey('bind.failed');
}

/** Replies that the owner must bind first, naming what they asked for. */
export function askToBind(turn: Turn, what: string): void {
  turn.sayKey('bind.need', { what });
}
