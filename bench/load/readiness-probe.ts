// Polls GET /health/ready every 250 ms for the whole phase and keeps the
// transitions, so the report can show it went unready (503) while the database
// was down and ready again after.

const PROBE_INTERVAL_MS = 250;

export interface ReadinessTransition { atMs: number; status: string }

export class ReadinessProbe {
  readonly transitions: ReadinessTransition[] = [];
  readonly counts = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private inFlight = false;
  private readonly url: string;

  constructor(apiUrl: string) {
    this.url = `${apiUrl}/health/ready`;
    this.timer = setInterval(() => void this.probe(), PROBE_INTERVAL_MS);
  }

  private async probe(): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    let status: string;
    try {
      const response = await fetch(this.url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      status = String(response.status);
    } catch (err) {
      status = (err as Error & { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    } finally {
      this.inFlight = false;
    }
    this.counts.set(status, (this.counts.get(status) ?? 0) + 1);
    if (this.transitions.at(-1)?.status !== status) this.transitions.push({ atMs: Date.now(), status });
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Did it answer 503 after `fromMs`, and 200 again after that? */
  unreadyThenReady(fromMs: number): { wentUnready: boolean; cameBack: boolean; unreadyMs: number } {
    const after = this.transitions.filter((t) => t.atMs >= fromMs - PROBE_INTERVAL_MS);
    const down = after.find((t) => t.status === '503');
    const up = down ? after.find((t) => t.atMs > down.atMs && t.status === '200') : undefined;
    return { wentUnready: Boolean(down), cameBack: Boolean(up), unreadyMs: down && up ? up.atMs - down.atMs : 0 };
  }
}
