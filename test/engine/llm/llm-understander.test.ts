// The optional language-model provider against a local fake of the OpenAI API: it only
// proposes a reading. Checked: a good answer is used (source "llm") and validated against
// TAXONOMY; garbage, unknown intents, a slow answer and a 500 all fall back to the embedded
// reading; emergencies and sure readings never wait for the model.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import OpenAI from 'openai';
import { EmbeddedNlu } from '../../../src/engine/nlu/engine';
import { LlmUnderstander, checkReading } from '../../../src/engine/llm';
import { createUnderstander } from '../../../src/engine/understander';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/shared/logger';
import { reading, startFakeOpenAi, type FakeOpenAi } from './fake-openai';

const NOW = new Date('2026-11-23T10:00:00+08:00');
const VAGUE = '我家那个咋整 3栋2单元501';
const local = new EmbeddedNlu();
let fake: FakeOpenAi;
let fallbacks: string[];

function hybrid(opts: { askBelow?: number; timeoutMs?: number } = {}): LlmUnderstander {
  const client = new OpenAI({ apiKey: 'test', baseURL: fake.baseURL, maxRetries: 0 });
  return new LlmUnderstander({ local, client, model: 'fake-model', askBelow: opts.askBelow ?? 1, timeoutMs: opts.timeoutMs ?? 1000, onFallback: (r) => fallbacks.push(r) });
}

beforeAll(async () => { fake = await startFakeOpenAi(); });
afterAll(() => fake.close());
beforeEach(() => { fake.requests.length = 0; fallbacks = []; });

describe('LlmUnderstander (hybrid)', () => {
  it('uses a good answer, keeps the extractors\' slots and asks with a JSON schema', async () => {
    fake.behave({ kind: 'answer', content: reading('repair.report', { category: 'plumbing', unit: '9-9-999' }) });
    const r = await hybrid().understand(VAGUE, NOW);
    expect(r).toMatchObject({ intent: 'repair.report', source: 'llm', slots: { category: 'plumbing', unit: '3-2-501' } });
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
    expect(r.alternatives.map((a) => a.intent)).not.toContain('repair.report');
    const { body, auth } = fake.requests[0];
    expect(auth).toBe('Bearer test');
    expect(body.model).toBe('fake-model');
    expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'reading', strict: true } });
    expect(JSON.stringify(body.messages)).toContain('我家那个咋整');
  });

  it('drops slot values outside TAXONOMY but keeps a valid intent', async () => {
    fake.behave({ kind: 'answer', content: reading('meeting_room.book', { date: '2026-02-30', start: '25:00', room: '总统套房', attendees: -3 }) });
    const r = await hybrid().understand('那个 帮我弄一下 明天下午三点', NOW);
    expect(r.intent).toBe('meeting_room.book');
    expect(r.source).toBe('llm');
    expect(r.slots).toEqual({ date: '2026-11-24', start: '15:00' }); // the extractors' values; the model's invalid ones dropped
  });

  it.each([
    ['garbage', 'I think this is probably a repair?'],
    ['an unknown intent', reading('pizza.order')],
    ['JSON without an intent', '{"slots": {}}'],
  ])('falls back to the embedded reading on %s', async (_what, content) => {
    fake.behave({ kind: 'answer', content });
    const r = await hybrid().understand(VAGUE, NOW);
    expect(r).toEqual(local.parseSync(VAGUE, NOW));
    expect(r.source).toBe('rules');
    expect(fallbacks).toEqual(['invalid']);
  });

  it('falls back when the model is too slow', async () => {
    fake.behave({ kind: 'slow', ms: 3000, content: reading('complaint.file', { category: 'noise' }) });
    const t = Date.now();
    const r = await hybrid({ timeoutMs: 200 }).understand(VAGUE, NOW);
    expect(Date.now() - t).toBeLessThan(1500);
    expect(r.source).toBe('rules');
    expect(r.intent).toBe(local.parseSync(VAGUE, NOW).intent);
    expect(fallbacks).toEqual(['timeout']);
  });

  it('falls back on a server error (500), without retrying', async () => {
    fake.behave({ kind: 'status', status: 500 });
    const r = await hybrid().understand(VAGUE, NOW);
    expect(r.source).toBe('rules');
    expect(fake.requests).toHaveLength(1);
    expect(fallbacks).toEqual(['error']);
  });

  it('never asks about an emergency the rules found, whatever the model would say', async () => {
    fake.behave({ kind: 'answer', content: reading('thanks') });
    const r = await hybrid().understand('厨房着火了 快来人', NOW);
    expect(r).toMatchObject({ intent: 'emergency.report', slots: { kind: 'fire' }, source: 'rules' });
    expect(fake.requests).toHaveLength(0);
  });

  it('does not ask when the embedded engine is sure', async () => {
    fake.behave({ kind: 'answer', content: reading('thanks') });
    const r = await hybrid({ askBelow: 0.75 }).understand('明天下午三点到五点订大会议室 8个人', NOW);
    expect(r).toMatchObject({ intent: 'meeting_room.book', source: 'rules' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('checkReading (TAXONOMY guard)', () => {
  it('keeps only the scored slots of the intent, in their formats', () => {
    expect(checkReading(reading('fee.query', { fee_type: 'water', unit: 'a-1203', date: '2026-11-24', category: 'plumbing' }), '')).toEqual({
      intent: 'fee.query', slots: { fee_type: 'water', unit: 'A-1203' },
    });
    expect(checkReading(reading('feedback.rating', { score: 7 }), '')).toEqual({ intent: 'feedback.rating', slots: {} });
    expect(checkReading(reading('repair.report', { category: 'spaceship' }), '')).toEqual({ intent: 'repair.report', slots: {} });
    expect(checkReading('not json', '')).toBeNull();
  });
});

describe('createUnderstander with NLU_PROVIDER=openai', () => {
  it('wires the hybrid to the configured endpoint', async () => {
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', NLU_PROVIDER: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model' });
    const nlu = createUnderstander(config, createLogger({ silent: true }));
    fake.behave({ kind: 'answer', content: reading('ticket.status') });
    const r = await nlu.understand('嗯嗯那个啥 就是那个事', NOW);
    expect(fake.requests[0]?.auth).toBe('Bearer test-key');
    expect(r).toMatchObject({ intent: 'ticket.status', source: 'llm' });
  });
});

describe('nlu CLI with NLU_PROVIDER=openai', () => {
  it('--jsonl reports which reading was used, and falls back when the server fails', async () => {
    const root = join(__dirname, '../../..');
    const run = (input: string) => new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/nlu.ts'), '--jsonl'], {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'test', NLU_PROVIDER: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', LOG_LEVEL: 'error' },
      });
      let out = '';
      child.stdout.on('data', (d) => { out += d; });
      child.on('close', (code) => resolve({ code, out }));
      child.stdin.end(input);
    });
    const input = [{ text: '嗯嗯那个啥 就是那个事', now: NOW.toISOString() }, { text: '厨房着火了', now: NOW.toISOString() }].map((l) => JSON.stringify(l)).join('\n') + '\n';
    fake.behave({ kind: 'answer', content: reading('ticket.status') });
    const ok = await run(input);
    expect(ok.code).toBe(0);
    expect(ok.out.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ intent: 'ticket.status', source: 'llm' }),
      expect.objectContaining({ intent: 'emergency.report', source: 'rules' }),
    ]);
    fake.behave({ kind: 'status', status: 500 });
    const failed = await run(input);
    expect(failed.out.trim().split('\n').map((l) => JSON.parse(l).source)).toEqual(['rules', 'rules']);
  });
});
