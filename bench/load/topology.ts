// The processes a load phase runs against: N api + M worker processes on one
// PostgreSQL database, or one embedded `--role all` process. Workers can be
// killed (-9) and replaced while users keep going.
import { isRunning, killIntakeChild, startIntakeChild, stopIntakeChild, type IntakeChild } from './intake-child.ts';

export interface TopologySpec { apiProcesses: number; workerProcesses: number; embedded: boolean }

export class Topology {
  readonly apis: IntakeChild[] = [];
  workers: IntakeChild[] = [];
  /** Every process ever started, killed ones included (for memory peaks and logs). */
  readonly everyProcess: IntakeChild[] = [];
  userKey = '';
  adminKey = '';
  private readonly env: Record<string, string>;
  private readonly killed = new Set<IntakeChild>();

  constructor(env: Record<string, string>) {
    this.env = env;
  }

  static async start(spec: TopologySpec, env: Record<string, string>): Promise<Topology> {
    const topology = new Topology(env);
    // The first process migrates and creates the demo tenant (printing its keys); the rest start after it, in parallel.
    const first = await startIntakeChild(spec.embedded ? 'all' : 'api', env);
    topology.track(first);
    if (!first.keys.user || !first.keys.admin) throw new Error(`the first start printed no demo keys:\n${first.tail.join('\n')}`);
    topology.userKey = first.keys.user;
    topology.adminKey = first.keys.admin;
    if (spec.embedded) return topology;
    const rest = [
      ...Array.from({ length: spec.apiProcesses - 1 }, () => startIntakeChild('api', { ...env, DEMO_TENANT: 'false' })),
      ...Array.from({ length: spec.workerProcesses }, () => startIntakeChild('worker', { ...env, DEMO_TENANT: 'false' })),
    ];
    for (const proc of await Promise.all(rest)) topology.track(proc);
    return topology;
  }

  private track(proc: IntakeChild): void {
    this.everyProcess.push(proc);
    if (proc.role === 'worker') this.workers.push(proc);
    else this.apis.push(proc);
  }

  apiUrls(): string[] {
    return this.apis.map((proc) => proc.url!);
  }

  /** Workers (and api processes) that exited without being killed by us: removed from the pool, returned for the report. */
  reapUnexpectedExits(): IntakeChild[] {
    const dead = [...this.workers, ...this.apis].filter((proc) => !isRunning(proc) && !this.killed.has(proc));
    for (const proc of dead) this.killed.add(proc);
    this.workers = this.workers.filter(isRunning);
    return dead;
  }

  /** Starts a worker (replacing one that died on its own). */
  async addWorker(): Promise<IntakeChild> {
    const proc = await startIntakeChild('worker', { ...this.env, DEMO_TENANT: 'false' });
    this.track(proc);
    return proc;
  }

  /** kill -9 the oldest running worker, then start its replacement. */
  async killAndReplaceWorker(): Promise<{ killedPid: number; replacementPid: number; replaceMs: number }> {
    const victim = this.workers.find(isRunning);
    if (!victim) throw new Error('no running worker to kill');
    this.killed.add(victim);
    await killIntakeChild(victim);
    this.workers = this.workers.filter((proc) => proc !== victim);
    const startedAt = Date.now();
    const replacement = await startIntakeChild('worker', { ...this.env, DEMO_TENANT: 'false' });
    this.track(replacement);
    return { killedPid: victim.pid, replacementPid: replacement.pid, replaceMs: Date.now() - startedAt };
  }

  async stop(): Promise<void> {
    await Promise.all(this.everyProcess.map((proc) => stopIntakeChild(proc)));
  }
}
