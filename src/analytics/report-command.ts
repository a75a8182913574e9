// `intake report funnel [--since 30d] [--client C] [--tenant T] [--format table|csv|json] [--window-days N]`:
// argument parsing and output for the CLI; the lead wires it into src/main.ts.
import { CommandError } from '../cli-error.ts';
import type { Database } from '../db/database.ts';
import { analyzeAndOptimize } from './optimizer.ts';
import { formatReportTable, reportToCsv } from './report-format.ts';

export class ReportCommandError extends CommandError {
  readonly code = 'invalid_report_arguments';
  constructor(message: string) {
    super(message);
    this.name = 'ReportCommandError';
  }
}

export const REPORT_USAGE = 'usage: intake report funnel [--since 30d|12h|2w] [--tenant ID] [--client ID] [--window-days 14] [--format table|csv|json]';

export interface ReportCommandArgs { sinceMs: number; tenantId: string | null; clientId?: string; windowDays?: number; format: 'table' | 'csv' | 'json' }

const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export function parseSince(value: string): number {
  const match = /^(\d+)([hdw])$/.exec(value);
  if (!match || Number(match[1]) === 0) throw new ReportCommandError(`--since must look like 30d, 12h or 2w, got '${value}'`);
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}

export function parseReportArgs(args: readonly string[]): ReportCommandArgs {
  const [subject, ...rest] = args;
  if (subject !== 'funnel') throw new ReportCommandError(`unknown report '${subject ?? ''}'. ${REPORT_USAGE}`);
  const parsed: ReportCommandArgs = { sinceMs: 30 * UNIT_MS.d!, tenantId: null, format: 'table' };
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i]!;
    const value = rest[i + 1];
    if (value === undefined) throw new ReportCommandError(`${flag} needs a value. ${REPORT_USAGE}`);
    if (flag === '--since') parsed.sinceMs = parseSince(value);
    else if (flag === '--tenant') parsed.tenantId = value;
    else if (flag === '--client') parsed.clientId = value;
    else if (flag === '--window-days') parsed.windowDays = Number(value);
    else if (flag === '--format' && (value === 'table' || value === 'csv' || value === 'json')) parsed.format = value;
    else throw new ReportCommandError(`unknown option ${flag} ${value}. ${REPORT_USAGE}`);
  }
  return parsed;
}

/** Without --tenant, the only tenant in the database is used (the self-hosted default). */
async function resolveTenant(db: Database, tenantId: string | null): Promise<string> {
  if (tenantId) return tenantId;
  const { rows } = await db.query<{ id: string }>('SELECT id FROM tenants ORDER BY id LIMIT 2');
  if (rows.length !== 1) throw new ReportCommandError(rows.length === 0 ? 'no tenant exists yet' : 'several tenants exist: pass --tenant ID');
  return rows[0]!.id;
}

export async function runReportCommand(db: Database, args: string[], out: NodeJS.WritableStream, now = new Date()): Promise<void> {
  const parsed = parseReportArgs(args);
  const tenantId = await resolveTenant(db, parsed.tenantId);
  const report = await analyzeAndOptimize(db, {
    tenantId, clientId: parsed.clientId, start: new Date(now.getTime() - parsed.sinceMs), end: now, conversionWindowDays: parsed.windowDays, now,
  });
  const text = parsed.format === 'csv' ? reportToCsv(report) : parsed.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatReportTable(report);
  out.write(text);
}
