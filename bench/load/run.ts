// Load and chaos bench: simulated users drive complete text onboardings over
// HTTP against topologies this script starts itself, and the database is
// checked afterwards for lost or double-applied steps.
// Usage: node bench/load/run.ts [--topology pg|embedded] [--users N] [--duration S] [--chaos] [--short] [--think-scale X]
//   pg (default): 2 api + 2 worker processes on a fresh database of the local PostgreSQL
//   server (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres), with
//   the same load on 1 api + 1 worker first as the baseline; embedded: one `serve --role all` on PGlite.
//   --chaos adds a phase: kill -9 a worker every 10 s (+ replacement), one PostgreSQL restart
//   mid-run, and an LLM stand-in failing 20 % of calls. --short: normal + chaos, CI-sized.
// Exit code 1 when a step was lost or double-applied (or a phase could not run).
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { runPhase, type PhaseResult, type PhaseSpec } from './phase.ts';
import { printResults } from './report.ts';

const { values } = parseArgs({
  options: {
    topology: { type: 'string', default: 'pg' },
    users: { type: 'string' },
    duration: { type: 'string' },
    chaos: { type: 'boolean', default: false },
    short: { type: 'boolean', default: false },
    'think-scale': { type: 'string', default: '0.05' },
  },
});

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
if (values.topology !== 'pg' && values.topology !== 'embedded') {
  process.stderr.write('--topology must be pg or embedded\n');
  process.exit(2);
}
const embedded = values.topology === 'embedded';
const users = Number(values.users ?? (values.short ? 20 : 40));
const durationS = Number(values.duration ?? (values.short ? 40 : 60));
const thinkScale = Number(values['think-scale']);
const common = { users, durationS, thinkScale, serverUrl, drainTimeoutMs: values.short ? 30_000 : 60_000 };
const scaled = { apiProcesses: 2, workerProcesses: 2, embedded };

const phases: PhaseSpec[] = [];
if (embedded) {
  phases.push({ ...common, label: 'embedded 1 process', topology: { apiProcesses: 1, workerProcesses: 0, embedded: true }, chaos: false });
  if (values.chaos || values.short) phases.push({ ...common, label: 'embedded chaos (LLM 20 % 500s)', topology: { apiProcesses: 1, workerProcesses: 0, embedded: true }, chaos: true });
} else {
  if (!values.short) phases.push({ ...common, label: 'baseline 1 api + 1 worker', topology: { apiProcesses: 1, workerProcesses: 1, embedded: false }, chaos: false });
  phases.push({ ...common, label: '2 api + 2 workers', topology: scaled, chaos: false });
  if (values.chaos || values.short) phases.push({ ...common, label: '2+2 chaos', topology: scaled, chaos: true });
}

process.stdout.write(`load bench: ${phases.length} phase(s), ${users} users × ${durationS} s each, think scale ${thinkScale}; ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
const results: PhaseResult[] = [];
let failed = false;
const benchStartedAt = Date.now();
for (const phase of phases) {
  process.stdout.write(`\n▶ ${phase.label} …\n`);
  try {
    const result = await runPhase(phase);
    results.push(result);
    if (result.chaos) for (const event of result.chaos.events) process.stdout.write(`  chaos: ${event}\n`);
  } catch (err) {
    failed = true;
    process.stdout.write(`  phase failed: ${(err as Error).stack ?? String(err)}\n`);
  }
}
const correctnessFailed = printResults(results, process.stdout);
process.stdout.write(`\ntotal bench time ${((Date.now() - benchStartedAt) / 1000).toFixed(0)} s; load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
process.exit(failed || correctnessFailed ? 1 : 0);
