// HTTP calls of one simulated user, as a careful real client makes them:
// 5xx, 429 and connection errors are retried with jittered exponential backoff
// (and counted), 4xx are returned to the caller.
import type { LoadMetrics } from './load-metrics.ts';

const BACKOFF_BASE_MS = 100;
const BACKOFF_CAP_MS = 2_000;
const GIVE_UP_AFTER_MS = 60_000;

export interface ApiResponse { status: number; body: Record<string, unknown> }

export class ApiGaveUpError extends Error {
  readonly code = 'api_gave_up';
}

export class ApiClient {
  private readonly baseUrl: string;
  private readonly key: string;
  private readonly metrics: LoadMetrics;

  constructor(baseUrl: string, key: string, metrics: LoadMetrics) {
    this.baseUrl = baseUrl;
    this.key = key;
    this.metrics = metrics;
  }

  /** `ambiguousRetry` is false for a request that must not be repeated blindly after a lost response. */
  async call(method: string, pathname: string, body?: unknown, options: { ambiguousRetry?: boolean } = {}): Promise<ApiResponse> {
    const startedAt = Date.now();
    for (let attempt = 0; ; attempt++) {
      let outcome: ApiResponse | { networkError: string };
      try {
        const response = await fetch(this.baseUrl + pathname, {
          method,
          headers: { authorization: `Bearer ${this.key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        outcome = { status: response.status, body: text ? JSON.parse(text) as Record<string, unknown> : {} };
      } catch (err) {
        outcome = { networkError: (err as Error & { cause?: { code?: string } }).cause?.code ?? (err as Error).name };
      }
      if ('status' in outcome) {
        this.metrics.countStatus(outcome.status);
        if (outcome.status < 500 && outcome.status !== 429) return outcome;
      } else {
        this.metrics.countNetworkError(outcome.networkError);
        if (options.ambiguousRetry === false) this.metrics.ambiguousRetries += 1;
      }
      if (Date.now() - startedAt > GIVE_UP_AFTER_MS) {
        throw new ApiGaveUpError(`${method} ${pathname}: gave up after ${attempt + 1} attempts (${JSON.stringify(outcome).slice(0, 200)})`);
      }
      this.metrics.retries += 1;
      const ceilingMs = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, ceilingMs * (0.5 + Math.random() / 2)));
    }
  }
}
