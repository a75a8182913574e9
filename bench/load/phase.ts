// One load phase: start the topology on a fresh database, measure the /health
// baseline, drive the simulated users (with chaos when asked), drain, check the
// database, stop everything and drop the database.
import { loadavg } from 'node:os';
import { createPgliteScratch, createPostgresScratch, restartPostgres, type ScratchDatabase } from './scratch-database.ts';
import { Topology, type TopologySpec } from './topology.ts';
import { MemorySampler } from './memory-sampler.ts';
import { ReadinessProbe } from './readiness-probe.ts';
import { LoadMetrics } from './load-metrics.ts';
import { runSimulatedUser } from './simulated-user.ts';
import { measureHealthRate } from './health-rate.ts';
import { startFlakyLlm, type FlakyLlm } from './flaky-llm.ts';
import { checkConsistency, waitForQuietQueue, type ConsistencyReport } from './consistency-check.ts';

export interface PhaseSpec {
  label: string;
  topology: TopologySpec;
  users: number;
  durationS: number;
  chaos: boolean;
  thinkScale: number;
  serverUrl: string;
  drainTimeoutMs: number;
}

export interface ChaosLog { workerKills: number; worstReplaceMs: number; postgresRestart?: { atMs: number; restartMs: number; backMs: number }; llmCalls: number; llmInjectedFailures: number; events: string[] }

export interface PhaseResult {
  spec: PhaseSpec;
  metrics: LoadMetrics;
  elapsedS: number;
  healthRate: { requestsPerSecond: number; errors: number };
  memory: Record<string, { maxMb: number; processes: number }>;
  readiness: { counts: Record<string, number>; outage?: { wentUnready: boolean; cameBack: boolean; unreadyMs: number } };
  consistency: ConsistencyReport;
  chaos?: ChaosLog;
  loadAverage: { start: number; end: number };
  processTails: string[];
}

const CHAOS_WORKER_KILL_EVERY_MS = 10_000;
const LLM_FAILURE_SHARE = 0.2;

function phaseEnv(spec: PhaseSpec, scratch: ScratchDatabase, llm: FlakyLlm | undefined): Record<string, string> {
  const env: Record<string, string> = {
    ...scratch.env,
    LOG_LEVEL: 'warn',
    JOB_POLL_INTERVAL_SECONDS: '0.5',
    JOB_HEARTBEAT_SECONDS: '10',
    JOB_MONITOR_INTERVAL_SECONDS: '2',
    LLM_PROVIDER: 'rules',
  };
  if (llm) Object.assign(env, { LLM_PROVIDER: 'openai', LLM_BASE_URL: llm.url, LLM_API_KEY: 'load-bench', LLM_TIMEOUT_MS: '2000', LLM_STEP_BUDGET_MS: '3000' });
  return env;
}

async function runChaos(spec: PhaseSpec, topology: Topology, deadlineMs: number, log: ChaosLog, llm: FlakyLlm | undefined): Promise<void> {
  const restartAtMs = Date.now() + (deadlineMs - Date.now()) / 2;
  let restarted = spec.topology.embedded;
  while (Date.now() < deadlineMs) {
    const nextKillAt = Date.now() + CHAOS_WORKER_KILL_EVERY_MS;
    while (Date.now() < nextKillAt && Date.now() < deadlineMs) {
      if (!restarted && Date.now() >= restartAtMs) {
        restarted = true;
        const atMs = Date.now();
        log.events.push(`t+${((atMs - (deadlineMs - spec.durationS * 1000)) / 1000).toFixed(1)} s: pg_ctlcluster restart`);
        log.postgresRestart = { atMs, ...await restartPostgres(spec.serverUrl) };
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (Date.now() >= deadlineMs || spec.topology.embedded) continue;
    for (const dead of topology.reapUnexpectedExits()) {
      log.events.push(`UNEXPECTED EXIT of ${dead.role} ${dead.pid} (code ${dead.child.exitCode}, signal ${dead.child.signalCode}): ${dead.tail.filter((line) => !line.startsWith("    at ") || line.includes("/work/main/src/")).slice(-30).join(" | ").slice(0, 4000)}`);
      if (dead.role === 'worker') await topology.addWorker();
    }
    const killed = await topology.killAndReplaceWorker();
    log.workerKills += 1;
    log.worstReplaceMs = Math.max(log.worstReplaceMs, killed.replaceMs);
    log.events.push(`kill -9 worker ${killed.killedPid} → replacement ${killed.replacementPid} up in ${killed.replaceMs} ms`);
  }
  for (const dead of topology.reapUnexpectedExits()) {
    log.events.push(`UNEXPECTED EXIT of ${dead.role} ${dead.pid} (code ${dead.child.exitCode}, signal ${dead.child.signalCode}): ${dead.tail.filter((line) => !line.startsWith("    at ") || line.includes("/work/main/src/")).slice(-30).join(" | ").slice(0, 4000)}`);
  }
  if (llm) {
    log.llmCalls = llm.calls();
    log.llmInjectedFailures = llm.injectedFailures();
  }
}

export async function runPhase(spec: PhaseSpec): Promise<PhaseResult> {
  const scratch = spec.topology.embedded ? createPgliteScratch() : await createPostgresScratch(spec.serverUrl);
  const llm = spec.chaos ? await startFlakyLlm(LLM_FAILURE_SHARE) : undefined;
  let topology: Topology | undefined;
  try {
    topology = await Topology.start(spec.topology, phaseEnv(spec, scratch, llm));
    const running = topology;
    const memory = new MemorySampler(() => running.everyProcess);
    const loadStart = loadavg()[0]!;
    const healthRate = await measureHealthRate(running.apiUrls(), spec.users, 3_000);
    const probe = new ReadinessProbe(running.apiUrls()[0]!);
    const metrics = new LoadMetrics();
    const startedAt = Date.now();
    const deadlineMs = startedAt + spec.durationS * 1000;
    const urls = running.apiUrls();
    const chaosLog: ChaosLog | undefined = spec.chaos ? { workerKills: 0, worstReplaceMs: 0, llmCalls: 0, llmInjectedFailures: 0, events: [] } : undefined;
    const users = Array.from({ length: spec.users }, (_unused, userIndex) => runSimulatedUser(
      { userIndex, apiUrl: urls[userIndex % urls.length]!, key: running.userKey, deadlineMs, thinkScale: spec.thinkScale }, metrics));
    const chaos = chaosLog ? runChaos(spec, running, deadlineMs, chaosLog, llm) : Promise.resolve();
    await Promise.all([...users, chaos]);
    const elapsedS = (Date.now() - startedAt) / 1000;
    const loadEnd = loadavg()[0]!;
    let consistency: ConsistencyReport;
    if (scratch.engine === 'postgres') {
      const db = await scratch.open();
      try {
        await waitForQuietQueue(db, spec.drainTimeoutMs);
        probe.stop();
        memory.stop();
        consistency = await checkConsistency(db, metrics);
      } finally {
        await db.close();
      }
      await running.stop();
    } else {
      // PGlite is one process: stop it (graceful drain) before opening its data directory.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      probe.stop();
      memory.stop();
      await running.stop();
      const db = await scratch.open();
      try { consistency = await checkConsistency(db, metrics); } finally { await db.close(); }
    }
    return {
      spec, metrics, elapsedS, healthRate, memory: memory.peaksByRole(),
      readiness: { counts: Object.fromEntries(probe.counts), outage: chaosLog?.postgresRestart ? probe.unreadyThenReady(chaosLog.postgresRestart.atMs) : undefined },
      consistency, chaos: chaosLog, loadAverage: { start: loadStart, end: loadEnd },
      processTails: running.everyProcess.flatMap((proc) => proc.tail.filter((line) => /"level":(50|60)|Error|error/.test(line)).slice(-3).map((line) => `[${proc.role} ${proc.pid}] ${line.slice(0, 300)}`)),
    };
  } finally {
    if (topology) await topology.stop();
    await llm?.close();
    await scratch.drop();
  }
}
