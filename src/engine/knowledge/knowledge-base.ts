// The consult knowledge base: question/answer entries kept as data in intents/knowledge/*.yaml
// (one file per TAXONOMY consult topic), loaded and validated once, then queried per turn.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { AppError } from '../../shared/errors';
import { KnowledgeIndex, RETRIEVAL } from './retrieval';
import { fileSchema, fillPlaceholders, placeholdersOf, type KnowledgeEntry } from './schema';

export type { KnowledgeEntry } from './schema';

export const DEFAULT_KNOWLEDGE_DIR = resolve(__dirname, '../../../intents/knowledge');

export interface KnowledgeMatch { entry: KnowledgeEntry; score: number }

export interface KnowledgeBase {
  readonly entries: readonly KnowledgeEntry[];
  /** Every {placeholder} any answer uses: check these against config at start. */
  readonly placeholders: ReadonlySet<string>;
  /**
   * Best entry for an owner's message, or undefined when nothing scores above the threshold
   * (the bot then offers a member of staff instead of guessing). `topic` is the consult topic
   * the NLU detected, if any; entries of that topic are preferred.
   */
  answer(text: string, topic?: string): KnowledgeMatch | undefined;
  /** Replace {name} with vars[name]; a placeholder with no value is a configuration error. */
  fill(answer: string, vars: Record<string, string | number>): string;
}

function fail(file: string, detail: string): never {
  throw new AppError('KNOWLEDGE_INVALID', `knowledge base: ${file}: ${detail}`);
}

function loadFile(path: string): KnowledgeEntry[] {
  const file = basename(path);
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (err) {
    fail(file, `not valid YAML: ${(err as Error).message}`);
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const where = i.path.length ? i.path.join('.') : '(file)';
      return `${where}: ${i.message}`;
    });
    fail(file, issues.join('; '));
  }
  const topic = file.replace(/\.ya?ml$/, '');
  for (const [i, e] of parsed.data.entries()) {
    if (e.topic !== topic) fail(file, `${i}.topic: "${e.topic}" does not match the file name (expected "${topic}")`);
    if (!e.id.startsWith(`${topic}.`)) fail(file, `${i}.id: "${e.id}" must start with "${topic}."`);
  }
  return parsed.data;
}

export function loadKnowledgeBase(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (err) {
    throw new AppError('KNOWLEDGE_INVALID', `knowledge base: cannot read ${dir}: ${(err as Error).message}`);
  }
  if (files.length === 0) throw new AppError('KNOWLEDGE_INVALID', `knowledge base: no .yaml files in ${dir}`);

  const entries: KnowledgeEntry[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const e of loadFile(join(dir, file))) {
      const other = seen.get(e.id);
      if (other) fail(file, `duplicate id "${e.id}" (also in ${other})`);
      seen.set(e.id, file);
      entries.push(e);
    }
  }

  const placeholders = new Set(entries.flatMap((e) => [e.answer, e.answer_en ?? ''].flatMap(placeholdersOf)));
  const index = new KnowledgeIndex(entries);

  return {
    entries,
    placeholders,
    answer(text, topic) {
      const best = index.rank(text, topic)[0];
      return best && best.score >= RETRIEVAL.threshold ? best : undefined;
    },
    fill(answer, vars) {
      return fillPlaceholders(answer, vars, (name) => {
        throw new AppError('KNOWLEDGE_PLACEHOLDER_MISSING', `knowledge base: no value for placeholder {${name}}`);
      });
    },
  };
}
