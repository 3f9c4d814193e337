// A local stand-in for an OpenAI-compatible server: POST /v1/chat/completions answered the
// way the real API answers, with behaviour chosen per test. Never a real network call.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeBehaviour =
  | { kind: 'answer'; content: string }
  | { kind: 'slow'; ms: number; content: string }
  | { kind: 'status'; status: number };

export interface FakeOpenAi {
  baseURL: string;
  requests: { path: string; auth?: string; body: Record<string, unknown> }[];
  behave(b: FakeBehaviour): void;
  close(): Promise<void>;
}

function completion(model: string, content: string) {
  return {
    id: 'chatcmpl-fake', object: 'chat.completion', created: Math.floor(Date.now() / 1000), model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  let behaviour: FakeBehaviour = { kind: 'status', status: 503 };
  const requests: FakeOpenAi['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => { raw += c; });
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') { res.writeHead(404).end(); return; }
      const body = JSON.parse(raw) as Record<string, unknown>;
      requests.push({ path: req.url, auth: req.headers.authorization, body });
      const send = (content: string) => {
        if (res.destroyed) return;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(String(body.model), content)));
      };
      const b = behaviour;
      if (b.kind === 'answer') send(b.content);
      else if (b.kind === 'slow') { const t = setTimeout(() => { timers.delete(t); send(b.content); }, b.ms); timers.add(t); }
      else res.writeHead(b.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'fake failure', type: 'server_error' } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    behave(b) { behaviour = b; },
    close: () => new Promise((r) => { for (const t of timers) clearTimeout(t); server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** A model answer in the requested shape: every slot key present, null unless given. */
export function reading(intent: string, slots: Record<string, unknown> = {}): string {
  const all = { category: null, kind: null, service: null, topic: null, fee_type: null, unit: null, date: null, start: null, end: null, attendees: null, room: null, score: null };
  return JSON.stringify({ intent, slots: { ...all, ...slots } });
}
