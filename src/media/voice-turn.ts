// A spoken answer: transcribe the uploaded audio through the speech_api breaker,
// with the current question's grammar as a hint, and redact the transcript.
// Provider failures become API errors here: the user's fault is 400, ours 503.
import type { CircuitBreaker } from '../resilience/circuit-breaker.ts';
import { CallTimeoutError, CircuitOpenError, NonRetryableError, ProviderHttpError, classifyError } from '../resilience/error-classification.ts';
import { IntakeError } from '../errors.ts';
import { buildGrammar, SpeechError, SpeechHttpError, type SpeechProvider, type Transcript } from '../providers/speech/index.ts';
import { sanitizeVoiceTranscript, type SanitizedText } from '../privacy/pii-service.ts';
import type { TemplateField } from '../conversation/template.ts';

/** The request waits for this; pocketsphinx with a grammar takes well under a second, Whisper a few. */
export const TRANSCRIBE_TIMEOUT_MS = 30_000;

// The audio or the request is at fault: the same input fails the same way, and the service is healthy.
const USER_FAULT_CODES = new Set(['audio_undecodable', 'audio_too_long', 'language_unsupported']);

export interface VoiceTranscript { raw: Transcript; redacted: SanitizedText }

export async function transcribeAnswer(speech: SpeechProvider, breaker: CircuitBreaker, input: {
  audio: Buffer; languageCode: string; sessionId: string; currentField: TemplateField | null;
}): Promise<VoiceTranscript> {
  const expected = input.currentField ? buildGrammar(input.currentField) : undefined;
  let raw: Transcript;
  try {
    raw = await breaker.run((signal) => callProvider(speech, input.audio, { languageCode: input.languageCode, expected, signal }), { timeoutMs: TRANSCRIBE_TIMEOUT_MS });
  } catch (err) {
    throw transcriptionFailure(err);
  }
  return { raw, redacted: sanitizeVoiceTranscript(raw.text, input.sessionId) };
}

/** Speech errors in the resilience layer's terms, so the breaker counts only the service's own failures. */
async function callProvider(speech: SpeechProvider, audio: Buffer, options: Parameters<SpeechProvider['transcribe']>[1]): Promise<Transcript> {
  try {
    return await speech.transcribe(audio, options);
  } catch (err) {
    if (err instanceof SpeechError && USER_FAULT_CODES.has(err.code)) throw new NonRetryableError(err.message, { code: err.code, cause: err });
    if (err instanceof SpeechHttpError) {
      throw new ProviderHttpError('speech_api', err.status, { retryAfterMs: err.retryAfterHeader && /^\d+$/.test(err.retryAfterHeader) ? Number(err.retryAfterHeader) * 1000 : undefined, cause: err });
    }
    throw err;
  }
}

function transcriptionFailure(err: unknown): IntakeError {
  if (err instanceof NonRetryableError) {
    if (err.code === 'language_unsupported') return new IntakeError('validation_failed', 'The speech provider does not support this language_code.', { field: 'language_code' });
    return new IntakeError('invalid_media', err.code === 'audio_too_long' ? 'The recording is too long.' : 'The audio could not be decoded.', { reason: err.code });
  }
  // A remote provider refusing the file itself (400/415/422) is about the audio, not its health.
  if (err instanceof ProviderHttpError && [400, 415, 422].includes(err.status)) return new IntakeError('invalid_media', 'The speech provider could not decode the audio.', { reason: 'provider_rejected_audio' });
  const retryAfterSeconds = err instanceof CircuitOpenError ? Math.max(1, Math.ceil(err.retryAfterMs / 1000))
    : err instanceof ProviderHttpError && err.retryAfterMs !== undefined ? Math.max(1, Math.ceil(err.retryAfterMs / 1000)) : 30;
  const reason = err instanceof CallTimeoutError ? 'timeout' : err instanceof SpeechError ? err.code : classifyError(err).errorType;
  return new IntakeError('provider_unavailable', 'Speech-to-text is unavailable right now; please type your answer or try again shortly.',
    { service: 'speech_api', reason }, { 'retry-after': String(retryAfterSeconds) });
}
