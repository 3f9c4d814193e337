import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { configSchema, type AppConfig } from './schema';

export type { AppConfig } from './schema';

/** Raised when a setting is wrong; the message names the setting so start-up can say what to fix. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const CONFIG_DIR = path.resolve(__dirname, '../../config');

function readYaml(file: string): Record<string, unknown> {
  if (!fs.existsSync(file)) return {};
  const parsed = YAML.parse(fs.readFileSync(file, 'utf8'));
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    out[k] = isObject(v) && isObject(out[k]) ? merge(out[k] as Record<string, unknown>, v) : v;
  }
  return out;
}

/** Environment variables and the config key each one sets. Secrets are only read from here. */
function fromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    trustProxy: env.TRUST_PROXY === undefined ? undefined : ['1', 'true', 'yes'].includes(env.TRUST_PROXY.toLowerCase()),
    logLevel: env.LOG_LEVEL,
    locale: env.LOCALE,
    db: { url: env.DB_URL, logging: env.DB_LOGGING === '1' ? true : undefined },
    staff: { token: env.STAFF_TOKEN || undefined },
    nlu: {
      provider: env.NLU_PROVIDER,
      modelStore: env.NLU_MODEL_STORE === undefined ? undefined : ['off', 'false', '0'].includes(env.NLU_MODEL_STORE.toLowerCase()) ? '' : env.NLU_MODEL_STORE,
      openai: { apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, model: env.OPENAI_MODEL },
    },
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Record<string, unknown> = {}): AppConfig {
  const nodeEnv = env.NODE_ENV === 'test' || env.NODE_ENV === 'production' ? env.NODE_ENV : 'development';
  let raw = readYaml(path.join(CONFIG_DIR, 'default.yaml'));
  raw = merge(raw, readYaml(path.join(CONFIG_DIR, `${nodeEnv}.yaml`)));
  raw = merge(raw, fromEnv(env));
  raw = merge(raw, overrides);
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${settingName(i.path)}: ${i.message}`);
    throw new ConfigError(`invalid configuration — ${problems.join('; ')}`);
  }
  const cfg = result.data;
  if (cfg.nlu.provider === 'openai' && !cfg.nlu.openai.apiKey) {
    throw new ConfigError('invalid configuration — OPENAI_API_KEY: required when NLU_PROVIDER=openai');
  }
  return cfg;
}

const ENV_NAMES: Record<string, string> = {
  port: 'PORT', 'db.url': 'DB_URL', logLevel: 'LOG_LEVEL', 'staff.token': 'STAFF_TOKEN',
  'nlu.provider': 'NLU_PROVIDER', 'nlu.modelStore': 'NLU_MODEL_STORE', 'nlu.openai.baseURL': 'OPENAI_BASE_URL', env: 'NODE_ENV', locale: 'LOCALE',
};

function settingName(p: ReadonlyArray<PropertyKey>): string {
  const key = p.map(String).join('.');
  return ENV_NAMES[key] ? `${key} (${ENV_NAMES[key]})` : key;
}
