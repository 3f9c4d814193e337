import winston from 'winston';

/** Mainland mobile numbers (and 11-digit runs in general) keep only their first 3 and last 4 digits. */
const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
/** Bearer tokens and long hex/base64 secrets never reach a log line. */
const BEARER = /(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi;

export function maskSecrets(text: string): string {
  return text.replace(PHONE, '$1****$2').replace(BEARER, '$1***');
}

function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskSecrets(value);
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: maskSecrets(value.message), stack: value.stack };
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = /password|token|secret|apikey/i.test(k) && typeof v === 'string' ? '***' : maskDeep(v, depth + 1);
  }
  return out;
}

const mask = winston.format((info) => {
  for (const key of Object.keys(info)) {
    (info as Record<string, unknown>)[key] = maskDeep((info as Record<string, unknown>)[key]);
  }
  return info;
});

export type Logger = winston.Logger;

export function createLogger(opts: { level?: string; json?: boolean; silent?: boolean } = {}): Logger {
  const json = opts.json ?? process.env.NODE_ENV === 'production';
  return winston.createLogger({
    level: opts.level ?? 'info',
    silent: opts.silent ?? false,
    format: json
      ? winston.format.combine(mask(), winston.format.timestamp(), winston.format.json())
      : winston.format.combine(
          mask(),
          winston.format.timestamp({ format: 'HH:mm:ss' }),
          winston.format.printf(({ timestamp, level, message, ...meta }) => {
            const extra = Object.keys(meta).length ? ` ${JSON.stringify(meta)}` : '';
            return `${timestamp} ${level} ${message}${extra}`;
          }),
        ),
    transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn', 'info', 'debug'] })],
  });
}
