// The trained-model store: training the embedded models from intents/ takes most of a second,
// so a process keeps what it trained in a file named by a fingerprint of everything training
// depends on (the intents/ data, this directory's code, the training options). The next start
// with the same fingerprint loads the file instead of training (~10x faster); any change to the
// data or the code makes a new fingerprint, so a stale model is never loaded. Like Rasa's
// fingerprinted models, but automatic.
//
// File layout: MAGIC, a uint32 (LE) header length, a JSON header (fingerprint, classes, feature
// lists, lexicons), then the models' float32 weights in header order. Written to a temporary
// file and renamed, so instances starting together on one disk never read half a file.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { endianness } from 'node:os';
import type { LinearModelState } from './linear';

// Weights are stored as the machine's float32 bytes; the format says little-endian.
const LITTLE_ENDIAN = endianness() === 'LE';
const MAGIC = Buffer.from('PROPDESK-NLU-1\n');
const FILE_RE = /^nlu-[0-9a-f]{16}\.bin$/;
/** Model files kept in the store (older fingerprints are removed when a new one is written). */
const KEEP = 3;

export interface StoredSlotModel { intent: string; model: LinearModelState; lexicon: [string, string[]][] }
export interface StoredModels {
  intent: LinearModelState;
  slots: StoredSlotModel[];
  spotter: { words: [string, string[]][] } | null;
}

/** Files of a directory (recursively) that `keep` accepts, in a stable order. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, keep));
    else if (keep(e.name)) out.push(p);
  }
  return out;
}

/**
 * Everything a trained model depends on, hashed: the training data (intents/*.yaml and
 * intents/corpus/*.jsonl), the engine's own code (this directory: features, normalization,
 * masking rules, the learner; and OpenCC's dictionaries) and the training options.
 */
export function modelFingerprint(intentsDir: string, options: unknown): string {
  const h = createHash('sha256');
  const add = (label: string, content: string | Buffer) => { h.update(label); h.update('\0'); h.update(content); h.update('\0'); };
  add('options', JSON.stringify(options));
  const data = [
    ...readdirSafe(intentsDir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(intentsDir, f)),
    ...readdirSafe(join(intentsDir, 'corpus')).filter((f) => f.endsWith('.jsonl')).map((f) => join(intentsDir, 'corpus', f)),
  ];
  for (const f of data) add('data:' + f.slice(intentsDir.length), readFileSync(f));
  for (const f of filesUnder(__dirname, (n) => /\.(ts|js)$/.test(n) && !n.endsWith('.d.ts'))) add('code:' + f.slice(__dirname.length), readFileSync(f));
  // The traditional -> simplified dictionaries the normaliser uses are part of the code too.
  add('code:opencc', readFileSync(require.resolve('opencc-js/t2cn')));
  return h.digest('hex').slice(0, 16);
}

function readdirSafe(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export function modelFile(storeDir: string, fingerprint: string): string {
  return join(storeDir, `nlu-${fingerprint}.bin`);
}

interface Header {
  fingerprint: string;
  intent: Omit<LinearModelState, 'w' | 'b'>;
  slots: { intent: string; model: Omit<LinearModelState, 'w' | 'b'>; lexicon: [string, string[]][] }[];
  spotter: { words: [string, string[]][] } | null;
}

/** The stored models for `fingerprint`, or null when there are none (or the file is not sound). */
export function readModels(storeDir: string, fingerprint: string): StoredModels | null {
  if (!LITTLE_ENDIAN) return null;
  let buf: Buffer;
  try { buf = readFileSync(modelFile(storeDir, fingerprint)); } catch { return null; }
  try {
    if (!buf.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    let off = MAGIC.length;
    const headerLen = buf.readUInt32LE(off);
    off += 4;
    const header = JSON.parse(buf.toString('utf8', off, off + headerLen)) as Header;
    off += headerLen;
    if (header.fingerprint !== fingerprint) return null;
    const floats = (n: number): Float32Array => {
      if (off + n * 4 > buf.length) throw new Error('truncated');
      // A copy, so the array is aligned and owns its memory (the file's buffer can go).
      const a = new Float32Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + n * 4));
      off += n * 4;
      return a;
    };
    const model = (m: Omit<LinearModelState, 'w' | 'b'>): LinearModelState => {
      const w = floats(m.features.length * m.classes.length);
      return { ...m, w, b: floats(m.classes.length) };
    };
    const intent = model(header.intent);
    const slots = header.slots.map((s) => ({ intent: s.intent, lexicon: s.lexicon, model: model(s.model) }));
    if (off !== buf.length) return null;
    return { intent, slots, spotter: header.spotter };
  } catch {
    return null;
  }
}

/** Stores trained models under `fingerprint`; removes all but the newest few older files. */
export function writeModels(storeDir: string, fingerprint: string, models: StoredModels): void {
  if (!LITTLE_ENDIAN) return;
  mkdirSync(storeDir, { recursive: true });
  const strip = ({ classes, features }: LinearModelState) => ({ classes, features });
  const header: Header = {
    fingerprint,
    intent: strip(models.intent),
    slots: models.slots.map((s) => ({ intent: s.intent, lexicon: s.lexicon, model: strip(s.model) })),
    spotter: models.spotter,
  };
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  const blobs: Float32Array[] = [models.intent.w, models.intent.b, ...models.slots.flatMap((s) => [s.model.w, s.model.b])];
  const floatBytes = blobs.reduce((a, b) => a + b.length * 4, 0);
  const out = Buffer.allocUnsafe(MAGIC.length + 4 + headerBuf.length + floatBytes);
  let off = MAGIC.copy(out, 0);
  off = out.writeUInt32LE(headerBuf.length, off);
  off += headerBuf.copy(out, off);
  for (const a of blobs) off += Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, off);
  const file = modelFile(storeDir, fingerprint);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, file);
  prune(storeDir, file);
}

function prune(storeDir: string, current: string): void {
  const others = readdirSync(storeDir).filter((f) => FILE_RE.test(f)).map((f) => join(storeDir, f)).filter((f) => f !== current);
  const byAge = others.map((f) => ({ f, t: statSafe(f) })).sort((a, b) => b.t - a.t);
  for (const { f } of byAge.slice(KEEP - 1)) { try { unlinkSync(f); } catch { /* another instance got there first */ } }
}

function statSafe(f: string): number {
  try { return statSync(f).mtimeMs; } catch { return 0; }
}
