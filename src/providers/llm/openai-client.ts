// Client for any OpenAI-compatible chat completions server (OpenAI, vLLM, Ollama,
// llama.cpp, LM Studio…): schema-checked JSON answers and streamed text, with
// token usage and latency reported per call (never content).
import type { z } from 'zod';
import { NonRetryableError } from '../../resilience/errors.ts';
import { ProviderHttpError } from '../../resilience/provider-http-error.ts';
import { llmCalls, llmTokens } from '../../observability/metrics.ts';
import type { ChatMessage, LlmPurpose } from './prompts.ts';

export interface LlmClientConfig {
  /** Up to and including the version segment, e.g. https://api.openai.com/v1. */
  baseUrl: string;
  apiKey: string;
  model: string;
  maxTokens: number;
}

export type LlmCallOutcome = 'ok' | 'repaired' | 'invalid_output' | 'http_error' | 'failed' | 'aborted';

/** What is known about one HTTP call: counts and timings only. */
export interface LlmCallRecord {
  purpose: LlmPurpose;
  outcome: LlmCallOutcome;
  latencyMs: number;
  promptTokens: number;
  completionTokens: number;
  /** How the JSON answer was asked for; 'stream' for streamed text. */
  mode: ResponseMode | 'stream';
}

export type ResponseMode = 'json_schema' | 'json_object';

/** The model answered, but not with what the schema demands, even after one repair round. */
export class LlmOutputError extends NonRetryableError {
  readonly issues: string[];
  constructor(purpose: LlmPurpose, issues: string[]) {
    super(`the ${purpose} answer failed validation: ${issues.slice(0, 3).join('; ')}`, { code: 'llm_output_invalid' });
    this.name = 'LlmOutputError';
    this.issues = issues;
  }
}

export interface JsonRequest<T> {
  purpose: LlmPurpose;
  messages: ChatMessage[];
  /** JSON Schema sent as response_format (must suit strict mode). */
  jsonSchema: Record<string, unknown>;
  /** The schema the answer is parsed with; the only thing trusted afterwards. */
  parse: z.ZodType<T>;
  signal?: AbortSignal;
  maxTokens?: number;
}

export interface StreamRequest {
  purpose: LlmPurpose;
  messages: ChatMessage[];
  onToken: (token: string) => void | Promise<void>;
  signal?: AbortSignal;
  maxTokens?: number;
}

interface Completion { content: string; promptTokens: number; completionTokens: number }

/**
 * Which response_format a server accepts, per process and endpoint+model: a
 * server that rejected json_schema once is asked with json_object from then on.
 */
const responseModes = new Map<string, ResponseMode>();

const MAX_ISSUES_IN_REPAIR = 8;

function zodIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, MAX_ISSUES_IN_REPAIR).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

const OPENING_FENCE = /^```(?:json)?\s*/i;
const CLOSING_FENCE = '```';

/**
 * The answer without a markdown fence around it: some servers wrap JSON in one even in JSON mode. The closing fence is
 * cut by endsWith(): /\s*```$/ tried from every blank of a long run not followed by a fence was quadratic.
 */
function withoutFence(content: string): string {
  let text = content.trim().replace(OPENING_FENCE, '');
  if (text.endsWith(CLOSING_FENCE)) text = text.slice(0, -CLOSING_FENCE.length).trimEnd();
  return text;
}

/** Parse + validate a model answer; a JSON syntax error or schema mismatch becomes a list of issues. */
function parseAnswer<T>(content: string, schema: z.ZodType<T>): { ok: true; value: T } | { ok: false; issues: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(withoutFence(content));
  } catch (error) {
    return { ok: false, issues: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: zodIssues(parsed.error) };
}

export class LlmClient {
  readonly config: LlmClientConfig;
  readonly #onCall: (record: LlmCallRecord) => void;

  constructor(config: LlmClientConfig, options: { onCall?: (record: LlmCallRecord) => void } = {}) {
    this.config = { ...config, baseUrl: config.baseUrl.replace(/\/+$/, '') };
    this.#onCall = options.onCall ?? (() => undefined);
  }

  get responseMode(): ResponseMode {
    return responseModes.get(this.#modeKey) ?? 'json_schema';
  }

  get #modeKey(): string {
    return `${this.config.baseUrl}|${this.config.model}`;
  }

  /** A JSON answer validated by `request.parse`; one repair round when it fails (syntax or schema). */
  async completeJson<T>(request: JsonRequest<T>): Promise<T> {
    const first = await this.#completeInSomeMode(request, request.messages);
    const parsed = parseAnswer(first.content, request.parse);
    if (parsed.ok) return parsed.value;
    const repairMessages: ChatMessage[] = [
      ...request.messages,
      { role: 'assistant', content: first.content.slice(0, 8_000) },
      { role: 'user', content: `Your previous output failed validation: ${parsed.issues.join('; ')}. Answer again with only a JSON object that satisfies the schema.` },
    ];
    const second = await this.#completeInSomeMode(request, repairMessages, 'repair');
    const repaired = parseAnswer(second.content, request.parse);
    if (repaired.ok) return repaired.value;
    throw new LlmOutputError(request.purpose, repaired.issues);
  }

  /** Streamed plain text; `onToken` sees each delta as it arrives. Resolves with the whole text. */
  async streamText(request: StreamRequest): Promise<string> {
    const startedAt = performance.now();
    const usage = { promptTokens: 0, completionTokens: 0 };
    let text = '';
    try {
      const response = await this.#post({
        messages: request.messages, max_tokens: request.maxTokens ?? this.config.maxTokens, temperature: 0.3,
        stream: true, stream_options: { include_usage: true },
      }, request.signal);
      if (!response.ok) throw await this.#httpError(response);
      for await (const chunk of sseData(response, request.signal)) {
        const event = JSON.parse(chunk) as { choices?: Array<{ delta?: { content?: unknown } }>; usage?: { prompt_tokens?: number; completion_tokens?: number } };
        const token = event.choices?.[0]?.delta?.content;
        if (typeof token === 'string' && token !== '') {
          text += token;
          await request.onToken(token);
        }
        if (event.usage) {
          usage.promptTokens = event.usage.prompt_tokens ?? 0;
          usage.completionTokens = event.usage.completion_tokens ?? 0;
        }
      }
    } catch (error) {
      this.#record(request.purpose, outcomeOf(error, request.signal), startedAt, usage, 'stream');
      throw error;
    }
    this.#record(request.purpose, 'ok', startedAt, usage, 'stream');
    return text;
  }

  async #completeInSomeMode<T>(request: JsonRequest<T>, messages: ChatMessage[], round: 'first' | 'repair' = 'first'): Promise<Completion> {
    const mode = this.responseMode;
    const startedAt = performance.now();
    const usage = { promptTokens: 0, completionTokens: 0 };
    try {
      const completion = await this.#complete(request, messages, mode);
      Object.assign(usage, completion);
      this.#record(request.purpose, round === 'repair' ? 'repaired' : 'ok', startedAt, usage, mode);
      return completion;
    } catch (error) {
      if (error instanceof ResponseFormatRejected) {
        this.#record(request.purpose, 'http_error', startedAt, usage, mode);
        responseModes.set(this.#modeKey, 'json_object');
        return this.#completeInSomeMode(request, messages, round);
      }
      this.#record(request.purpose, outcomeOf(error, request.signal), startedAt, usage, mode);
      throw error;
    }
  }

  async #complete<T>(request: JsonRequest<T>, messages: ChatMessage[], mode: ResponseMode): Promise<Completion> {
    const responseFormat = mode === 'json_schema'
      ? { type: 'json_schema', json_schema: { name: request.purpose, schema: request.jsonSchema, strict: true } }
      : { type: 'json_object' };
    // json_object mode carries no schema, so the schema travels in the conversation instead.
    const withSchema: ChatMessage[] = mode === 'json_schema' ? messages : [
      ...messages,
      { role: 'system', content: `Answer with one JSON object matching this JSON Schema:\n${JSON.stringify(request.jsonSchema)}` },
    ];
    const response = await this.#post({
      messages: withSchema, max_tokens: request.maxTokens ?? this.config.maxTokens, temperature: 0, response_format: responseFormat,
    }, request.signal);
    if (response.status === 400 && mode === 'json_schema') {
      const body = await response.text();
      // The body is read only to recognise this one complaint; it is never logged or kept.
      if (/response_format|json_schema/i.test(body)) throw new ResponseFormatRejected();
      throw ProviderHttpError.fromResponse(response, 'llm_api');
    }
    if (!response.ok) throw await this.#httpError(response);
    const payload = (await response.json()) as { choices?: Array<{ message?: { content?: unknown } }>; usage?: { prompt_tokens?: number; completion_tokens?: number } };
    const content = payload.choices?.[0]?.message?.content;
    return {
      content: typeof content === 'string' ? content : '',
      promptTokens: payload.usage?.prompt_tokens ?? 0,
      completionTokens: payload.usage?.completion_tokens ?? 0,
    };
  }

  async #post(body: Record<string, unknown>, signal: AbortSignal | undefined): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    if (this.config.apiKey) headers.authorization = `Bearer ${this.config.apiKey}`;
    return fetch(`${this.config.baseUrl}/chat/completions`, {
      method: 'POST', headers, signal, body: JSON.stringify({ model: this.config.model, ...body }),
    });
  }

  async #httpError(response: Response): Promise<ProviderHttpError> {
    const error = ProviderHttpError.fromResponse(response, 'llm_api');
    await response.body?.cancel();
    return error;
  }

  #record(purpose: LlmPurpose, outcome: LlmCallOutcome, startedAt: number, usage: { promptTokens: number; completionTokens: number }, mode: LlmCallRecord['mode']): void {
    llmCalls.inc({ purpose, outcome });
    if (usage.promptTokens > 0) llmTokens.inc({ kind: 'prompt' }, usage.promptTokens);
    if (usage.completionTokens > 0) llmTokens.inc({ kind: 'completion' }, usage.completionTokens);
    this.#onCall({ purpose, outcome, latencyMs: Math.round(performance.now() - startedAt), ...usage, mode });
  }
}

/** The server said it does not understand json_schema response_format. */
class ResponseFormatRejected extends Error {
  readonly code = 'response_format_rejected';
}

function outcomeOf(error: unknown, signal: AbortSignal | undefined): LlmCallOutcome {
  if (signal?.aborted) return 'aborted';
  if (error instanceof ProviderHttpError) return 'http_error';
  return 'failed';
}

/** The `data:` payloads of a server-sent event stream, up to `[DONE]`. */
async function* sseData(response: Response, signal: AbortSignal | undefined): AsyncGenerator<string> {
  if (!response.body) return;
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const bytes of response.body as AsyncIterable<Uint8Array>) {
    signal?.throwIfAborted();
    buffered += decoder.decode(bytes, { stream: true });
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline).replace(/\r$/, '');
      buffered = buffered.slice(newline + 1);
      if (!line.startsWith('data:')) continue;
      const data = line.slice(5).trim();
      if (data === '[DONE]') return;
      if (data !== '') yield data;
    }
  }
}
