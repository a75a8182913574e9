// Environment → typed configuration, parsed and validated once at start-up.
// A bad variable stops the process with a message naming it.
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const positive = z.coerce.number().positive();
const optionalUrl = z.string().url().optional().or(z.literal('').transform(() => undefined));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** A `worker` process serves /health, /health/ready and /metrics here (it has no API); unset, it serves nothing. */
  METRICS_PORT: int(0, 65535).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional().or(z.literal('').transform(() => undefined)),
  DATABASE_POOL_MAX: int(1, 200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_BASE_URL: optionalUrl,

  WORKER_CONCURRENCY: int(1, 64).default(4),
  JOB_POLL_INTERVAL_SECONDS: z.coerce.number().min(0.5).default(2),
  JOB_HEARTBEAT_SECONDS: int(10, 3600).default(10),
  JOB_MONITOR_INTERVAL_SECONDS: int(1, 600).default(5),
  RETRY_TIME_SCALE: positive.default(1),

  DLQ_RETENTION_DAYS: int(1, 3650).default(7),
  DLQ_MAX_QUEUE_SIZE: int(1, 1_000_000).default(1000),
  CRITICAL_TASKS: z.string().default('process_conversation_step').transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean)),
  ALERT_WEBHOOK_URL: optionalUrl,

  ENABLE_PII_REDACTION: bool.default(true),

  LLM_PROVIDER: z.enum(['rules', 'openai']).default('rules'),
  LLM_BASE_URL: z.string().url().default('https://api.openai.com/v1'),
  LLM_API_KEY: z.string().default(''),
  LLM_MODEL: z.string().default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: int(100, 600_000).default(10_000),
  LLM_MAX_TOKENS: int(16, 32_000).default(800),
  LLM_STEP_BUDGET_MS: int(100, 600_000).default(15_000),

  SPEECH_PROVIDER: z.enum(['none', 'pocketsphinx', 'openai']).default('none'),
  SPEECH_BASE_URL: z.string().url().default('https://api.openai.com'),
  SPEECH_API_KEY: z.string().default(''),
  SPEECH_MODEL: z.string().default('whisper-1'),
  VISION_PROVIDER: z.enum(['none', 'openai']).default('none'),
  VISION_BASE_URL: z.string().url().default('https://api.openai.com/v1'),
  VISION_API_KEY: z.string().default(''),
  VISION_MODEL: z.string().default('gpt-4o-mini'),
  OCR_WORKERS: int(0, 8).default(1),

  UPLOAD_MAX_FILE_BYTES: int(1, 1024 * 1024 * 1024).default(10 * 1024 * 1024),
  UPLOAD_RATE_LIMIT_COUNT: int(1, 100_000).default(10),
  UPLOAD_RATE_LIMIT_BYTES: int(1, 1024 * 1024 * 1024 * 100).default(50 * 1024 * 1024),
  UPLOAD_RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400).default(300),
  UPLOAD_MAX_AUDIO_SECONDS: int(1, 7200).default(300),
  UPLOAD_MAX_IMAGE_PIXELS: int(1, 1_000_000_000).default(50_000_000),
  JSON_BODY_LIMIT_BYTES: int(1024, 10 * 1024 * 1024).default(256 * 1024),
  BLOB_TTL_HOURS: int(1, 24 * 365).default(24),
  CLAMAV_SOCKET: z.string().optional(),
  CLAMAV_HOST: z.string().optional(),
  CLAMAV_PORT: int(1, 65535).optional(),
  CLAMAV_FAIL_OPEN: bool.default(false),
  CORS_ORIGINS: z.string().default('').transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean)),

  ABANDON_AFTER_HOURS: positive.default(24),
  FUNNEL_CONVERSION_WINDOW_DAYS: positive.default(14),
  WEBHOOK_TIMEOUT_MS: int(100, 120_000).default(10_000),
  DEMO_TENANT: bool.default(true),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.fromEntries(Object.keys(envSchema.shape).filter((k) => env[k] !== undefined).map((k) => [k, env[k]]));
  const parsed = envSchema.safeParse(known);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(known[String(issue.path[0])])})`));
  }
  const config = parsed.data;
  if (!config.ENABLE_PII_REDACTION && config.NODE_ENV === 'production') {
    throw new ConfigError(['ENABLE_PII_REDACTION: cannot be false when NODE_ENV=production']);
  }
  if (config.CLAMAV_HOST && !config.CLAMAV_PORT) throw new ConfigError(['CLAMAV_PORT: required when CLAMAV_HOST is set']);
  return config;
}

/** Defaults for every variable: used by `.env.example` and tests. */
export function configDefaults(): Config {
  return loadConfig({});
}
