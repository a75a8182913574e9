// pino, JSON, one line per event. Every message and string field passes through
// the PII redactor before it is written; channels are child loggers.
import pino, { type Logger, type DestinationStream } from 'pino';
import { redactLogValue } from '../privacy/log-redaction.ts';

/** Query-string credentials (EventSource passes ?access_token=) never reach a log line. */
export function redactUrlSecrets(url: string): string {
  return url.replace(/([?&](?:access_token|token)=)[^&#]*/gi, '$1[REDACTED_SECRET]');
}

interface RequestLike { method?: string; url?: string; id?: string }
interface ReplyLike { statusCode?: number }

/**
 * Fastify logs `{req: request}` and `{res: reply}`: keep only what identifies the
 * request (never headers or bodies) before anything else walks the object.
 */
function formatLogObject(object: Record<string, unknown>): Record<string, unknown> {
  const { req, res, ...rest } = object as { req?: RequestLike; res?: ReplyLike } & Record<string, unknown>;
  const out = redactLogValue(rest) as Record<string, unknown>;
  if (req && typeof req === 'object') out.req = { method: req.method, url: req.url ? redactLogValue(redactUrlSecrets(req.url)) : undefined };
  if (res && typeof res === 'object') out.res = { status_code: res.statusCode };
  return out;
}

export type Channel = 'http' | 'task' | 'dlq' | 'metrics' | 'alerts' | 'app';

export interface LoggerOptions { level: string; destination?: DestinationStream }

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'intake' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Keys that may carry secrets are removed outright; free text is scrubbed below.
      redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization', 'apiKey', 'api_key', 'key'], censor: '[REDACTED_SECRET]' },
      hooks: {
        logMethod(args, method) {
          const redacted = args.map((arg) => (typeof arg === 'string' ? redactLogValue(arg) : arg)) as Parameters<typeof method>;
          method.apply(this, redacted);
        },
      },
      formatters: {
        log: formatLogObject,
      },
      serializers: { err: (err: Error) => redactLogValue(err) },
    },
    options.destination,
  );
}

export function channel(logger: Logger, name: Channel, bindings: Record<string, unknown> = {}): Logger {
  return logger.child({ channel: name, ...bindings });
}
