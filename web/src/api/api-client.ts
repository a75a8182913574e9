// Talks to Intake's HTTP API with the stored key: JSON or multipart bodies,
// and every non-2xx answer turned into an ApiError carrying the stable code.
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly retryAfterSeconds: number | null;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, retryAfterSeconds: number | null = null, details: unknown = undefined) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
    this.details = details;
  }
}

export interface RequestOptions {
  json?: unknown;
  form?: FormData;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
}

export interface ApiClient {
  request<T = Record<string, unknown>>(method: string, path: string, options?: RequestOptions): Promise<T>;
  /** The URL for an EventSource, which cannot send headers. */
  eventStreamUrl(path: string): string;
}

function parseRetryAfterSeconds(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function withQuery(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function createApiClient(getKey: () => string | null): ApiClient {
  return {
    async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
      const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
      const key = getKey();
      if (key) headers.authorization = `Bearer ${key}`;
      let body: BodyInit | undefined;
      if (options.form) body = options.form;
      else if (options.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.json);
      }
      let response: Response;
      try {
        response = await fetch(withQuery(path, options.query), { method, headers, body });
      } catch (err) {
        throw new ApiError(0, 'network_error', `The server cannot be reached (${err instanceof Error ? err.message : String(err)}).`);
      }
      const text = await response.text();
      let parsed: unknown = null;
      if (text) {
        try {
          parsed = JSON.parse(text);
        } catch (_never) {
          parsed = { error: { code: 'unreadable_response', message: text.slice(0, 200) } };
        }
      }
      if (!response.ok) {
        const error = (parsed as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
        throw new ApiError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? response.statusText, parseRetryAfterSeconds(response.headers.get('retry-after')), error?.details);
      }
      return parsed as T;
    },
    eventStreamUrl(path: string): string {
      const key = getKey();
      return key ? withQuery(path, { access_token: key }) : path;
    },
  };
}
