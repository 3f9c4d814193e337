import { z } from 'zod';

/** The whole typed configuration. Files give defaults; the environment overrides (see env.ts). */
export const configSchema = z.object({
  env: z.enum(['development', 'test', 'production']).default('development'),
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Behind a reverse proxy that sets X-Forwarded-For (TRUST_PROXY=1): use it for client addresses. */
  trustProxy: z.boolean().default(false),
  db: z.object({
    url: z.string().regex(/^(sqlite:|mysql:\/\/|mariadb:\/\/)/, 'must start with sqlite:, mysql:// or mariadb://'),
    logging: z.boolean().default(false),
    /** MySQL connections per instance. Engine turns use at most half, so a turn's nested transaction always finds one. */
    poolSize: z.number().int().min(2).max(200).default(10),
  }),
  timezone: z.string().default('Asia/Shanghai'),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  logLevel: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  company: z.object({
    name: z.string().min(1),
    serviceCenterPhone: z.string().min(1),
  }),
  /** Estate-specific facts the knowledge base's answers quote ({officeHours}, {renovationDeposit}, …). */
  knowledge: z.object({ vars: z.record(z.string(), z.string()).default({}) }).default({ vars: {} }),
  chat: z.object({
    maxTextLength: z.number().int().min(10).max(20000).default(2000),
  }),
  binding: z.object({
    maxFailuresPerSender: z.number().int().min(1).default(5),
    maxFailuresPerUnit: z.number().int().min(1).default(10),
    windowMinutes: z.number().int().min(1).default(60),
  }),
  payment: z.object({
    instructions: z.string().min(1),
    link: z.string().default(''),
  }),
  staff: z.object({
    /** Administrator token accepted on the embedded default (STAFF_TOKEN); secret, env only. */
    token: z.string().min(16, 'STAFF_TOKEN must be at least 16 characters').optional(),
    sessionHours: z.number().positive().default(12),
  }),
  nlu: z.object({
    provider: z.enum(['embedded', 'openai']).default('embedded'),
    lowConfidence: z.number().min(0).max(1).default(0.45),
    /** Directory of trained embedded models (train once per data/code change, load on later starts); '' = off. */
    modelStore: z.string().default('./data/nlu-models'),
    openai: z.object({
      apiKey: z.string().optional(),
      baseURL: z.string().url().optional(),
      model: z.string().default('gpt-4o-mini'),
    }).default({ model: 'gpt-4o-mini' }),
  }),
});

export type AppConfig = z.infer<typeof configSchema>;
