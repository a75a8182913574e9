// Speech adapter for any OpenAI-compatible transcription endpoint
// (OpenAI, faster-whisper-server, LocalAI, vLLM…): POST /v1/audio/transcriptions.
import { SpeechError, SpeechHttpError, type SpeechProvider, type Transcript } from './speech-provider.ts';

export interface OpenAiSpeechConfig {
  /** Without the /v1 suffix, e.g. "https://api.openai.com" or "http://127.0.0.1:8000". */
  baseUrl: string;
  apiKey?: string;
  /** e.g. "whisper-1", "gpt-4o-mini-transcribe", "Systran/faster-whisper-small". */
  model: string;
}

interface VerboseTranscription {
  text?: unknown;
  language?: unknown;
  duration?: unknown;
  segments?: Array<{ avg_logprob?: unknown; no_speech_prob?: unknown }>;
}

/** Whisper reports per-segment mean log-probabilities; exp of their mean is a usable 0–1 score. */
function confidenceOf(body: VerboseTranscription, text: string): number {
  const logprobs = (body.segments ?? []).map((segment) => segment.avg_logprob).filter((value): value is number => typeof value === 'number');
  if (logprobs.length === 0) return text === '' ? 0 : 0.8;
  return Math.min(1, Math.max(0, Math.exp(logprobs.reduce((sum, value) => sum + value, 0) / logprobs.length)));
}

export function createOpenAiSpeechProvider(config: OpenAiSpeechConfig): SpeechProvider {
  const endpoint = `${config.baseUrl.replace(/\/+$/, '')}/v1/audio/transcriptions`;
  return {
    name: 'openai',
    async transcribe(audio, options): Promise<Transcript> {
      const form = new FormData();
      // The server sniffs the container; the name only needs a plausible extension.
      form.append('file', new Blob([new Uint8Array(audio)]), 'audio.webm');
      form.append('model', config.model);
      form.append('language', options.languageCode.split('-')[0]!.toLowerCase());
      form.append('response_format', 'verbose_json');
      if (options.expected) form.append('prompt', options.expected.phrases.slice(0, 40).join(', '));
      const headers: Record<string, string> = {};
      if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
      let response: Response;
      try {
        response = await fetch(endpoint, { method: 'POST', body: form, headers, signal: options.signal });
      } catch (error) {
        if (options.signal?.aborted) throw new SpeechError('aborted', 'transcription aborted', { cause: error });
        throw new SpeechError('speech_engine_failed', 'the speech API could not be reached', { cause: error });
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new SpeechHttpError(response.status, response.headers.get('retry-after'), `speech API answered ${response.status}`);
      }
      let body: VerboseTranscription;
      try {
        body = (await response.json()) as VerboseTranscription;
      } catch (error) {
        if (options.signal?.aborted) throw new SpeechError('aborted', 'transcription aborted', { cause: error });
        throw new SpeechError('speech_response_invalid', 'the speech API returned invalid JSON', { cause: error });
      }
      if (typeof body.text !== 'string') throw new SpeechError('speech_response_invalid', 'the speech API response has no text');
      const text = body.text.trim();
      return {
        text,
        confidence: confidenceOf(body, text),
        duration_seconds: typeof body.duration === 'number' ? body.duration : 0,
        language: typeof body.language === 'string' ? body.language : options.languageCode,
        used_grammar: false,
      };
    },
  };
}
