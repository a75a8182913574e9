// The speech-to-text contract every adapter (remote OpenAI-compatible, offline
// pocketsphinx) fulfils, and the typed errors the jobs layer classifies.
import type { ExpectedPhrases } from './speech-grammar.ts';

export interface TranscribeOptions {
  /** BCP-47, e.g. "en" or "en-US"; adapters that only know English refuse others. */
  languageCode: string;
  /** Closed-vocabulary hint built by `buildGrammar(field)`; adapters may ignore it. */
  expected?: ExpectedPhrases;
  signal?: AbortSignal;
}

export interface Transcript {
  text: string;
  /** 0–1; adapters without a score report 0 for an empty transcript and their best estimate otherwise. */
  confidence: number;
  duration_seconds: number;
  language: string;
  used_grammar: boolean;
}

export interface SpeechProvider {
  readonly name: string;
  transcribe(audio: Buffer, options: TranscribeOptions): Promise<Transcript>;
}

export type SpeechErrorCode =
  | 'audio_undecodable'
  | 'audio_too_long'
  | 'language_unsupported'
  | 'speech_engine_missing'
  | 'speech_engine_failed'
  | 'speech_response_invalid'
  | 'aborted';

/** Non-HTTP speech failures. Retryable: `speech_engine_failed` only. */
export class SpeechError extends Error {
  readonly code: SpeechErrorCode;
  constructor(code: SpeechErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpeechError';
    this.code = code;
  }
}

/** A non-2xx answer from a remote speech API: status and Retry-After (raw header) for the retry classifier. */
export class SpeechHttpError extends Error {
  readonly code = 'speech_http_error';
  readonly status: number;
  readonly retryAfterHeader: string | null;
  constructor(status: number, retryAfterHeader: string | null, message: string) {
    super(message);
    this.name = 'SpeechHttpError';
    this.status = status;
    this.retryAfterHeader = retryAfterHeader;
  }
}
