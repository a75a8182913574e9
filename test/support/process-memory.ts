// Resident memory of a child process, read from /proc (Linux).
import { readFileSync } from 'node:fs';

export function residentMegabytes(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch (err) {
    process.emitWarning(`cannot read memory of ${pid}: ${(err as Error).message}`);
    return null;
  }
}
