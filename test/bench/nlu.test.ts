// The benchmark harness itself (the benchmark never runs in `npm test`): it must print its
// table on a tiny corpus, and the table must carry the ratio column against the peer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTable, medianOf, type Measured } from '../../bench/nlu';

const root = join(__dirname, '../..');

describe('npm run bench -- nlu', () => {
  it('prints a table on a tiny corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    const corpus = join(dir, 'tiny.jsonl');
    writeFileSync(corpus, [
      { text: '马桶堵了', intent: 'repair.report', slots: { category: 'plumbing' } },
      { text: '厨房着火了', intent: 'emergency.report', slots: { kind: 'fire' } },
      { text: '谢谢', intent: 'thanks', slots: {} },
    ].map((c) => JSON.stringify(c)).join('\n') + '\n');
    const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'bench/run.ts'), 'nlu', '--corpus', corpus, '--seconds', '0.2', '--runs', '1', '--no-peer'],
      { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\| metric +\| PropDesk \|/);
    expect(r.stdout).toMatch(/throughput \(msgs\/s, 1 thread\) +\| +[\d,]+ \|/);
    expect(r.stdout).toMatch(/load saved model \(ms\) +\| +\d+ \|/);
    expect(r.stdout).toMatch(/intent accuracy +\| +1\.000 \|/);
    expect(r.stdout).not.toMatch(/saved model's accuracy differs/);
  });

  it('reports ratios against the peer measured in the same run', () => {
    const base: Measured = {
      system: 'A', slots: true, cases: 3, loadMs: 10, buildMs: 100, rssMb: 50, heapMb: 10, rssOverNodeMb: 20, maxRssMb: 60,
      msgsPerSec: 20000, measuredMessages: 1, intentAcc: 0.9, macroF1: 0.9, slotF1: 0.9, emergencyRecall: 1, falseEmergencyRate: 0,
    };
    const table = formatTable([base, { ...base, system: 'B', slots: false, msgsPerSec: 5000, buildMs: 400 }], []);
    expect(table).toMatch(/\| metric +\| +A \| +B \| A \/ B \|/);
    expect(table).toMatch(/throughput.*\| +4\.00× \|/);
    expect(table).toMatch(/model build.*\| +0\.25× \|/);
    expect(table).toMatch(/slot F1 .*\| +n\/a \| +n\/a \|/);
  });

  it('reports the median of several runs, metric by metric', () => {
    const run = (buildMs: number, msgsPerSec: number): Measured => ({
      system: 'A', slots: true, cases: 3, loadMs: 10, buildMs, rssMb: 50, heapMb: 10, rssOverNodeMb: 20, maxRssMb: 60,
      msgsPerSec, measuredMessages: 1, intentAcc: 0.9, macroF1: 0.9, slotF1: 0.9, emergencyRecall: 1, falseEmergencyRate: 0,
    });
    const m = medianOf([run(900, 10000), run(1500, 12000), run(800, 11000)]);
    expect(m).toMatchObject({ system: 'A', buildMs: 900, msgsPerSec: 11000, intentAcc: 0.9 });
  });
});
