import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/**
 * User-facing texts live with the intents (`intents/replies.<locale>.yaml`), not in code. A key may
 * hold one string or a list of variants; `{name}` placeholders are filled from `vars`.
 */
export interface Replies {
  t(key: string, vars?: Record<string, string | number | undefined>): string;
  has(key: string): boolean;
}

const DEFAULT_DIR = path.resolve(__dirname, '../../intents');

export function loadReplies(locale = 'zh-CN', dir = DEFAULT_DIR): Replies {
  const read = (loc: string): Record<string, string | string[]> => {
    const file = path.join(dir, `replies.${loc}.yaml`);
    if (!fs.existsSync(file)) return {};
    const data = YAML.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (!data || typeof data !== 'object') throw new Error(`${file}: expected a mapping of reply keys`);
    return flatten(data as Record<string, unknown>);
  };
  // Chinese is complete; another locale may translate only some keys and falls back per key.
  const base = read('zh-CN');
  const texts = locale === 'zh-CN' ? base : { ...base, ...read(locale) };
  let turn = 0;
  return {
    has: (key) => key in texts,
    t(key, vars = {}) {
      const entry = texts[key];
      if (entry === undefined) throw new Error(`missing reply text: ${key}`);
      const template = Array.isArray(entry) ? entry[turn++ % entry.length] : entry;
      return template.replace(/\{(\w+)\}/g, (m, name: string) => (vars[name] === undefined ? m : String(vars[name])));
    },
  };
}

function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))) out[key] = v as string | string[];
    else if (v && typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, key));
    else throw new Error(`reply ${key}: expected text or a list of texts`);
  }
  return out;
}
