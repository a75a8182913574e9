// Optional scene labels for site-audit photos from any OpenAI-compatible chat
// completions server with vision (OpenAI, vLLM, Ollama, LM Studio…).
// Without a configured provider the caller reports `labels: []`, `labels_provider: "none"`.

export interface OpenAiVisionConfig {
  /** Without the /v1 suffix. */
  baseUrl: string;
  apiKey?: string;
  model: string;
  signal?: AbortSignal;
  /** Image MIME type for the data URI; default image/jpeg. */
  mimeType?: string;
  maxLabels?: number;
}

export type VisionErrorCode = 'vision_http_error' | 'vision_unreachable' | 'vision_response_invalid' | 'aborted';

export class VisionError extends Error {
  readonly code: VisionErrorCode;
  constructor(code: VisionErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VisionError';
    this.code = code;
  }
}

/** A non-2xx answer: status and raw Retry-After for the retry classifier (same shape as SpeechHttpError). */
export class VisionHttpError extends VisionError {
  readonly status: number;
  readonly retryAfterHeader: string | null;
  constructor(status: number, retryAfterHeader: string | null) {
    super('vision_http_error', `vision API answered ${status}`);
    this.name = 'VisionHttpError';
    this.status = status;
    this.retryAfterHeader = retryAfterHeader;
  }
}

const instruction = 'List what is visible in this photo of a facility site that matters for security and facility management '
  + '(e.g. "gate", "cctv camera", "fire extinguisher", "electricity meter", "visitor register", "parking"). '
  + 'Answer with JSON only: {"labels": ["…"]}, lowercase, at most 15 labels.';

function parseLabels(content: string, maxLabels: number): string[] {
  // From the first '{' to the last '}', by index: /\{[\s\S]*\}/ tried from every '{' of a run with no '}' was quadratic.
  const open = content.indexOf('{');
  const close = content.lastIndexOf('}');
  const json = open !== -1 && close > open ? content.slice(open, close + 1) : undefined;
  if (!json) throw new VisionError('vision_response_invalid', 'the vision model did not answer with JSON');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new VisionError('vision_response_invalid', 'the vision model answered with malformed JSON', { cause: error });
  }
  const labels = (parsed as { labels?: unknown }).labels;
  if (!Array.isArray(labels)) throw new VisionError('vision_response_invalid', 'the vision answer has no labels array');
  const clean = labels.filter((label): label is string => typeof label === 'string')
    .map((label) => label.trim().toLowerCase().slice(0, 60)).filter((label) => label !== '');
  return [...new Set(clean)].slice(0, maxLabels);
}

export async function openaiVisionLabels(image: Buffer, config: OpenAiVisionConfig): Promise<string[]> {
  const endpoint = `${config.baseUrl.replace(/\/+$/, '')}/v1/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  const body = JSON.stringify({
    model: config.model,
    temperature: 0,
    response_format: { type: 'json_object' },
    messages: [{
      role: 'user',
      content: [
        { type: 'text', text: instruction },
        { type: 'image_url', image_url: { url: `data:${config.mimeType ?? 'image/jpeg'};base64,${image.toString('base64')}` } },
      ],
    }],
  });
  let response: Response;
  let payload: { choices?: Array<{ message?: { content?: unknown } }> };
  try {
    response = await fetch(endpoint, { method: 'POST', headers, body, signal: config.signal });
    if (!response.ok) {
      await response.body?.cancel();
      throw new VisionHttpError(response.status, response.headers.get('retry-after'));
    }
    payload = (await response.json()) as typeof payload;
  } catch (error) {
    if (error instanceof VisionError) throw error;
    if (config.signal?.aborted) throw new VisionError('aborted', 'vision request aborted', { cause: error });
    throw new VisionError('vision_unreachable', 'the vision API could not be reached or answered garbage', { cause: error });
  }
  const content = payload.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new VisionError('vision_response_invalid', 'the vision answer has no message content');
  return parseLabels(content, config.maxLabels ?? 15);
}
