// pino, JSON, one line per event. Every message and string field passes through
// the PII redactor before it is written; channels are child loggers.
import pino, { type Logger, type DestinationStream } from 'pino';
import { redactLogValue } from '../privacy/log-redaction.ts';

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
        log: (object) => redactLogValue(object) as Record<string, unknown>,
      },
      serializers: { err: (err: Error) => redactLogValue(err) },
    },
    options.destination,
  );
}

export function channel(logger: Logger, name: Channel, bindings: Record<string, unknown> = {}): Logger {
  return logger.child({ channel: name, ...bindings });
}
