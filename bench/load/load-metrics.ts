// What the simulated users measured: sessions completed (with timestamps),
// step latencies, HTTP statuses and connection errors, retries.

export interface SubmittedStep { sessionId: string; taskId: string; field: string }

export class LoadMetrics {
  readonly sessionsCompletedAtMs: number[] = [];
  /** Request sent → task completed (the task's completion time, from the server: same clock, same machine). */
  readonly stepLatencyMs: number[] = [];
  /** Request sent → the client saw the task completed (adds the polling delay). */
  readonly stepObservedMs: number[] = [];
  readonly statusCounts = new Map<number, number>();
  readonly networkErrors = new Map<string, number>();
  readonly sessionsStarted: string[] = [];
  readonly stepsSubmitted: SubmittedStep[] = [];
  readonly userFailures: string[] = [];
  retries = 0;
  ambiguousRetries = 0;
  requests = 0;

  countStatus(status: number): void {
    this.requests += 1;
    this.statusCounts.set(status, (this.statusCounts.get(status) ?? 0) + 1);
  }

  countNetworkError(code: string): void {
    this.requests += 1;
    this.networkErrors.set(code, (this.networkErrors.get(code) ?? 0) + 1);
  }

  errorStatuses(): Record<string, number> {
    const errors: Record<string, number> = {};
    for (const [status, n] of [...this.statusCounts].sort((a, b) => a[0] - b[0])) if (status >= 400) errors[String(status)] = n;
    for (const [code, n] of this.networkErrors) errors[code] = n;
    return errors;
  }

  fiveHundreds(): number {
    let total = 0;
    for (const [status, n] of this.statusCounts) if (status >= 500) total += n;
    return total;
  }
}

/** Nearest-rank percentile of an unsorted sample (0 when empty). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
