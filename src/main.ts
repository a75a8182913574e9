#!/usr/bin/env node
// The `intake` command: serve, migrate, keys, tenants, dlq, redact, report, demo.
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, type Config } from './config.ts';
import { createLogger } from './logging/logger.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createApiKey, ensureTenant } from './auth/api-keys.ts';
import { startServer, type Role } from './server.ts';
import { createAppContext } from './app-context.ts';
import { listDeadLetters, purgeDeadLetters } from './jobs/dead-letters.ts';
import { retryDeadLetter } from './jobs/dead-letter-retry.ts';
import { runRedactCommand } from './privacy/redact-cli.ts';
import { CommandError } from './cli-error.ts';
import { IntakeError } from './errors.ts';

const HELP = `intake — conversational onboarding service

Usage: intake <command> [options]

Commands:
  serve [--role all|api|worker]     run the service (default role: all)
  migrate                           apply database migrations
  keys create --tenant T --role user|admin [--client C] [--user U]
                                    create an API key (printed once, last token)
  tenants create --id T [--webhook-url URL]
  tenants set-webhook --id T --url URL
                                    set the completion webhook; prints the signing secret
  dlq list [--tenant T] [--task NAME] [--limit N]
  dlq retry <id>                    re-queue a dead letter's task
  dlq purge --older-than-days N     delete dead letters older than N days
  redact [--jsonl]                  redact PII from stdin to stdout
  report funnel [--since 30d] [--tenant T] [--client C]
  demo [--sessions N]               simulate onboarding sessions through the real code
  help                              this text

Configuration comes from environment variables (see .env.example).`;

async function withDatabase<T>(config: Config, fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolMax: 2 });
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Stops the command: main()'s handler prints the message as one line and exits with status 2. */
function fail(message: string): never {
  throw new CommandError(message);
}

async function keysCommand(config: Config, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { tenant: { type: 'string' }, role: { type: 'string' }, client: { type: 'string' }, user: { type: 'string' } }, allowPositionals: true });
  if (positionals[0] !== 'create') fail('usage: intake keys create --tenant T --role user|admin [--client C]');
  if (!values.tenant || !/^[A-Za-z0-9._-]{1,64}$/.test(values.tenant)) fail('--tenant is required (letters, digits, . _ -)');
  if (values.role !== 'user' && values.role !== 'admin') fail('--role must be user or admin');
  const key = await withDatabase(config, async (db) => {
    // A typo must not mint a working key for a new, empty tenant.
    const { rows } = await db.query('SELECT 1 FROM tenants WHERE id = $1', [values.tenant]);
    if (rows.length === 0) fail(`no tenant "${values.tenant!}" (create it with: intake tenants create --id ${values.tenant!})`);
    return createApiKey(db, { tenantId: values.tenant!, role: values.role as 'user' | 'admin', clientId: values.client ?? null, userId: values.user });
  });
  process.stdout.write(`created ${key.role} key for tenant ${key.tenantId}${key.clientId ? ` (client ${key.clientId})` : ''}, user ${key.userId}: ${key.key}\n`);
}

async function tenantsCommand(config: Config, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { id: { type: 'string' }, 'webhook-url': { type: 'string' }, url: { type: 'string' } }, allowPositionals: true });
  if (!values.id) fail('--id is required');
  const url = values.url ?? values['webhook-url'] ?? null;
  if (url && !/^https?:\/\//.test(url)) fail('the webhook URL must be http(s)');
  const secret = await withDatabase(config, async (db) => {
    if (positionals[0] === 'create') await ensureTenant(db, values.id!, { webhookUrl: url });
    else if (positionals[0] === 'set-webhook') {
      const updated = await db.query('UPDATE tenants SET webhook_url = $2 WHERE id = $1', [values.id, url]);
      if (updated.rowCount === 0) fail(`no tenant "${values.id!}" (create it with: intake tenants create --id ${values.id!} --url URL)`);
    } else fail('usage: intake tenants create|set-webhook --id T [--url URL]');
    const { rows } = await db.query<{ webhook_secret: string }>('SELECT webhook_secret FROM tenants WHERE id = $1', [values.id]);
    return rows[0]!.webhook_secret;
  });
  process.stdout.write(`tenant ${values.id}: webhook ${url ?? '(none)'}; signing secret ${secret}\n`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function dlqCommand(config: Config, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { tenant: { type: 'string' }, task: { type: 'string' }, limit: { type: 'string' }, 'older-than-days': { type: 'string' } }, allowPositionals: true });
  const [sub, id] = positionals;
  if (sub === 'list') {
    const limit = Number(values.limit ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) fail('--limit must be an integer from 1 to 1000');
    await withDatabase(config, async (db) => {
      const { items, total } = await listDeadLetters(db, { tenantId: values.tenant ?? 'demo', taskName: values.task, limit, offset: 0 });
      process.stdout.write(`${total} dead letter(s)\n`);
      for (const d of items) process.stdout.write(`${d.id}  ${d.status.padEnd(7)} ${d.task_name.padEnd(28)} ${d.error_type.padEnd(22)} attempts=${d.attempts}  ${d.created_at.toISOString()}  ${d.error_message.slice(0, 80)}\n`);
    });
  } else if (sub === 'retry' && id) {
    if (!UUID.test(id)) fail(`"${id}" is not a dead-letter id (intake dlq list shows them)`);
    const logger = createLogger({ level: 'warn' });
    const ctx = await createAppContext(config, logger);
    try {
      await ctx.queue.start();
      const result = await retryDeadLetter(ctx, null, id);
      process.stdout.write(`re-queued task ${result.task_id}${result.session_state ? `; session is ${result.session_state}` : ''}\n`);
    } finally {
      await ctx.close();
    }
  } else if (sub === 'purge' && values['older-than-days']) {
    const days = Number(values['older-than-days']);
    if (!Number.isInteger(days) || days < 0) fail('--older-than-days must be a non-negative integer');
    const deleted = await withDatabase(config, (db) => purgeDeadLetters(db, values.tenant ?? null, days));
    process.stdout.write(`deleted ${deleted} dead letter(s)\n`);
  } else fail('usage: intake dlq list|retry <id>|purge --older-than-days N');
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP + '\n');
    return;
  }
  if (command === 'redact') {
    process.exitCode = await runRedactCommand(rest, process.stdin, process.stdout);
    return;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  switch (command) {
    case 'serve': {
      const { values } = parseArgs({ args: rest, options: { role: { type: 'string', default: 'all' } } });
      if (!['all', 'api', 'worker'].includes(values.role!)) fail('--role must be all, api or worker');
      const logger = createLogger({ level: config.LOG_LEVEL });
      const server = await startServer(config, logger, values.role as Role);
      process.stdout.write(`intake ${values.role} started${server.url ? ` at ${server.url}` : ''} (${server.ctx.db.engine})\n`);
      const shutdown = async (signal: string) => {
        logger.info({ channel: 'app', signal }, 'shutting down');
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      return;
    }
    case 'migrate': {
      const applied = await withDatabase(config, (db) => migrate(db));
      process.stdout.write(applied.length ? `applied migrations ${applied.join(', ')}\n` : 'database is up to date\n');
      return;
    }
    case 'keys': return keysCommand(config, rest);
    case 'tenants': return tenantsCommand(config, rest);
    case 'dlq': return dlqCommand(config, rest);
    case 'report': {
      const { runReportCommand } = await import('./analytics/report-command.ts');
      await withDatabase(config, (db) => runReportCommand(db, rest, process.stdout));
      return;
    }
    case 'demo': {
      const { runDemoCommand } = await import('./demo/demo-command.ts');
      await runDemoCommand(config, rest);
      return;
    }
    default:
      fail(`unknown command "${command}" (see intake help)`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  // What the operator typed wrong, or a state to resolve, is one line; anything else keeps its stack.
  // IntakeError is what the API answers 4xx with ("No such dead letter."); parseArgs rejects unknown flags.
  const mistake = err instanceof CommandError || err instanceof IntakeError || String((err as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
  const expected = mistake || (err as { code?: string }).code === 'data_dir_in_use';
  process.stderr.write(`intake: ${err instanceof Error ? (expected ? err.message : err.stack ?? err.message) : String(err)}\n`);
  process.exit(mistake ? 2 : 1);
});
