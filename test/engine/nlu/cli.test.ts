// CLI contract (CONTRACTS §2): one output line per input line, same order, a bad line
// still yields a line (out_of_scope, confidence 0) with a warning on stderr.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (args: string[], input = '') =>
  spawnSync(tsx, [join(root, 'src/cli/nlu.ts'), ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NLU_PROVIDER: '' } });

describe('nlu CLI', () => {
  it('--jsonl keeps order and survives bad lines', () => {
    const input = [
      JSON.stringify({ text: '马桶堵了 3栋2单元501', now: '2026-11-23T10:00:00+08:00' }),
      'not json',
      JSON.stringify({ text: '明天下午三点到五点订大会议室', now: '2026-11-23T10:00:00+08:00', intent: 'ignored' }),
    ].join('\n') + '\n';
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ intent: 'repair.report', slots: { category: 'plumbing', unit: '3-2-501' }, source: 'rules' });
    expect(lines[1]).toEqual({ intent: 'out_of_scope', slots: {}, confidence: 0, source: 'rules' });
    expect(lines[2]).toMatchObject({ intent: 'meeting_room.book', slots: { date: '2026-11-24', start: '15:00', end: '17:00', room: '大会议室' } });
    expect(r.stderr).toMatch(/line 2/);
  });

  it('--eval prints the score.mjs summary line', () => {
    const r = run(['--eval', join(__dirname, '../../../intents/corpus/holdout.jsonl'), '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^intent_acc=\d\.\d{3} macro_f1=\d\.\d{3} slot_p=\d\.\d{3} slot_r=\d\.\d{3} slot_f1=\d\.\d{3}$/);
  });

  it('one sentence prints one result', () => {
    const r = run(['谢谢', '--now', '2026-11-23T10:00:00+08:00']);
    expect(JSON.parse(r.stdout).intent).toBe('thanks');
  });
});
