// Peak resident memory per process, sampled from /proc/<pid>/status (VmRSS)
// every 500 ms, grouped by role for the report.
import { readFileSync } from 'node:fs';
import type { IntakeChild } from './intake-child.ts';

const SAMPLE_INTERVAL_MS = 500;

function residentKilobytes(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch (err) {
    // The process exited between samples (a killed worker): nothing to record.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ESRCH') return null;
    throw err;
  }
}

export class MemorySampler {
  private readonly peakKb = new Map<number, { role: string; kb: number }>();
  private readonly timer: NodeJS.Timeout;
  private readonly processes: () => IntakeChild[];

  constructor(processes: () => IntakeChild[]) {
    this.processes = processes;
    this.timer = setInterval(() => this.sample(), SAMPLE_INTERVAL_MS);
    this.sample();
  }

  private sample(): void {
    for (const proc of this.processes()) {
      const kb = residentKilobytes(proc.pid);
      if (kb === null) continue;
      const seen = this.peakKb.get(proc.pid);
      if (!seen || kb > seen.kb) this.peakKb.set(proc.pid, { role: proc.role, kb });
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Peak RSS in MB per role: the largest single process, and the sum of per-process peaks. */
  peaksByRole(): Record<string, { maxMb: number; processes: number }> {
    const byRole: Record<string, { maxMb: number; processes: number }> = {};
    for (const { role, kb } of this.peakKb.values()) {
      const entry = (byRole[role] ??= { maxMb: 0, processes: 0 });
      entry.maxMb = Math.max(entry.maxMb, Math.round(kb / 1024));
      entry.processes += 1;
    }
    return byRole;
  }
}
