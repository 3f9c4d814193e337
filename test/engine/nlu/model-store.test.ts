// The trained-model store: later starts load what the first one trained, and never a model
// trained from other data or other code.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedNlu } from '../../../src/engine/nlu/engine';
import { defaultIntentsDir } from '../../../src/engine/nlu/data';

const NOW = new Date('2026-11-23T10:00:00+08:00');
const MESSAGES = [
  '厨房水龙头一直滴水 3栋2单元501', '楼道里好大的烟 快来人', '明天下午三点到五点订大会议室 8个人',
  '这个月物业费多少', '有人吗', '电梯', '物业废怎么交', '我要投诉楼上装修太吵',
];

let root: string;
let intentsDir: string;
let store: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'propdesk-store-'));
  intentsDir = join(root, 'intents');
  store = join(root, 'models');
  cpSync(defaultIntentsDir(), intentsDir, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const modelFiles = () => readdirSync(store).filter((f) => f.endsWith('.bin'));
const answers = (nlu: EmbeddedNlu) => MESSAGES.map((m) => nlu.parseSync(m, NOW));

describe('trained-model store', () => {
  let first: EmbeddedNlu;

  it('trains at the first start, stores the models, and the next start loads them with the same answers', () => {
    first = new EmbeddedNlu({ intentsDir, modelStore: store });
    expect(first.modelSource).toBe('trained');
    expect(modelFiles()).toHaveLength(1);
    const second = new EmbeddedNlu({ intentsDir, modelStore: store });
    expect(second.modelSource).toBe('store');
    expect(answers(second)).toEqual(answers(first));
    expect(answers(second)[1].intent).toBe('emergency.report');
    // and the same answers as a model that never saw the store
    expect(answers(new EmbeddedNlu({ intentsDir }))).toEqual(answers(first));
  });

  it('trains afresh when the data changes, and learns the change', () => {
    const text = '呱唧呱唧呱唧 来个人';
    expect(new EmbeddedNlu({ intentsDir, modelStore: store }).parseSync(text, NOW).intent).not.toBe('thanks');
    const lines = ['呱唧呱唧呱唧', '呱唧呱唧呱唧呱唧', '呱唧呱唧呱唧 好', '呱唧呱唧呱唧 来个人', '呱唧呱唧呱唧啦', '好 呱唧呱唧呱唧']
      .map((t) => JSON.stringify({ text: t, intent: 'thanks' })).join('\n');
    appendFileSync(join(intentsDir, 'corpus', 'zz-local.jsonl'), lines + '\n');
    const changed = new EmbeddedNlu({ intentsDir, modelStore: store });
    expect(changed.modelSource).toBe('trained');
    expect(changed.parseSync(text, NOW).intent).toBe('thanks');
    expect(modelFiles()).toHaveLength(2);
    expect(new EmbeddedNlu({ intentsDir, modelStore: store }).modelSource).toBe('store');
  });

  it('trains afresh when the training options differ', () => {
    expect(new EmbeddedNlu({ intentsDir, modelStore: store, seed: 99 }).modelSource).toBe('trained');
    expect(new EmbeddedNlu({ intentsDir, modelStore: store, seed: 99 }).modelSource).toBe('store');
    expect(new EmbeddedNlu({ intentsDir, modelStore: store, excludeSources: new Set(['zz-local']) }).modelSource).toBe('trained');
  });

  it('keeps only the newest few models', () => {
    expect(modelFiles().length).toBeLessThanOrEqual(3);
  });

  it('ignores a damaged model file: trains again and replaces it', () => {
    const files = modelFiles().map((f) => join(store, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    truncateSync(files[0], 1000);
    const retrained = new EmbeddedNlu({ intentsDir, modelStore: store, excludeSources: new Set(['zz-local']) });
    expect(retrained.modelSource).toBe('trained');
    expect(answers(retrained)).toEqual(answers(first));
    expect(new EmbeddedNlu({ intentsDir, modelStore: store, excludeSources: new Set(['zz-local']) }).modelSource).toBe('store');
  });

  it('still answers when the store cannot be written', () => {
    const notADir = join(root, 'a-file');
    writeFileSync(notADir, 'x');
    const nlu = new EmbeddedNlu({ intentsDir, modelStore: notADir });
    expect(nlu.modelSource).toBe('trained');
    expect(nlu.storeError).toBeTruthy();
    expect(nlu.parseSync('马桶堵了', NOW).intent).toBe('repair.report');
  });
});
