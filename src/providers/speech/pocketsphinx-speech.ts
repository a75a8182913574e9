// Offline speech adapter: CMU pocketsphinx 0.8 (`pocketsphinx_continuous`, apt
// package pocketsphinx + pocketsphinx-en-us). English only. With a field grammar
// it is fast and accurate; without one, or when the grammar hypothesis is a forced
// fit (judged against a phone-loop decode run alongside), it falls back to the
// default 130k-word language model.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeToSpeechWav } from './audio-decoding.ts';
import { execFileToExit } from './child-process.ts';
import { findOnPath } from './ffmpeg-binary.ts';
import { isGrammarHypothesisRejected, type TimedSegment } from './grammar-rejection.ts';
import type { ExpectedPhrases } from './speech-grammar.ts';
import { SpeechError, type SpeechProvider, type Transcript } from './speech-provider.ts';

const recogniserBinary = 'pocketsphinx_continuous';
const defaultPhoneModelPath = '/usr/share/pocketsphinx/model/en-us/en-us-phone.lm.bin';

export interface PocketsphinxConfig {
  /** Defaults to `pocketsphinx_continuous` on PATH. */
  binaryPath?: string;
  timeoutMs?: number;
  /** Phone language model for the phone-loop decode that checks grammar hypotheses (ships with pocketsphinx-en-us). */
  phoneModelPath?: string;
}

interface Hypothesis { text: string; confidence: number; segments: TimedSegment[] }

const fillerWords = new Set(['<s>', '</s>', '<sil>', '(NULL)']);

/**
 * Parses `-time yes` output: hypothesis lines, each followed by "word start end posterior" lines. A grammar
 * decode also lists its null transitions with negative times ("(NULL) -0.010 -0.010 1.000000").
 */
export function parseRecogniserOutput(stdout: string): Hypothesis {
  const hypotheses: string[] = [];
  const posteriors: number[] = [];
  const segments: TimedSegment[] = [];
  for (const line of stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
    const timed = /^(\S+) (-?\d+\.\d+) (-?\d+\.\d+) (\d+(?:\.\d+)?)$/.exec(line);
    if (timed) {
      const word = timed[1]!;
      segments.push({ unit: word.replace(/\(\d+\)$/, ''), startSeconds: Number(timed[2]), endSeconds: Number(timed[3]) });
      if (!fillerWords.has(word) && !word.startsWith('[') && !word.startsWith('+')) posteriors.push(Number(timed[4]));
    } else {
      hypotheses.push(line);
    }
  }
  const text = hypotheses.join(' ').replace(/\(\d+\)/g, '').replace(/\s+/g, ' ').trim();
  const confidence = posteriors.length === 0 ? 0 : posteriors.reduce((sum, p) => sum + p, 0) / posteriors.length;
  return { text, confidence: text === '' ? 0 : Math.round(confidence * 1000) / 1000, segments };
}

/** Both results, once both have settled; the first failure if either failed. */
async function settledBoth<A, B>(first: Promise<A>, second: Promise<B>): Promise<[A, B]> {
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  return [a.value, b.value];
}

export function createPocketsphinxProvider(config: PocketsphinxConfig = {}): SpeechProvider {
  const timeoutMs = config.timeoutMs ?? 60_000;
  const phoneModelPath = config.phoneModelPath ?? defaultPhoneModelPath;

  async function recognise(binary: string, wavPath: string, extraArgs: string[], signal?: AbortSignal): Promise<Hypothesis> {
    try {
      const { stdout } = await execFileToExit(binary, ['-infile', wavPath, '-logfn', '/dev/null', '-time', 'yes', ...extraArgs],
        { signal, timeout: timeoutMs, maxBuffer: 4 << 20 });
      return parseRecogniserOutput(stdout);
    } catch (error) {
      if (signal?.aborted) throw new SpeechError('aborted', 'transcription aborted', { cause: error });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new SpeechError('speech_engine_missing', `${binary} not found`, { cause: error });
      throw new SpeechError('speech_engine_failed', 'pocketsphinx failed', { cause: error });
    }
  }

  async function withGrammar(binary: string, wavPath: string, expected: ExpectedPhrases, signal?: AbortSignal): Promise<Hypothesis> {
    const grammarPath = path.join(path.dirname(wavPath), 'answer.gram');
    const dictionaryPath = path.join(path.dirname(wavPath), 'answer.dict');
    await writeFile(grammarPath, expected.jsgf!);
    await writeFile(dictionaryPath, expected.dictionary);
    return recognise(binary, wavPath, ['-jsgf', grammarPath, '-dict', dictionaryPath], signal);
  }

  return {
    name: 'pocketsphinx',
    async transcribe(audio, options): Promise<Transcript> {
      if (!/^en\b/i.test(options.languageCode)) throw new SpeechError('language_unsupported', `pocketsphinx here has an English model only, not ${options.languageCode}`);
      const binary = config.binaryPath ?? findOnPath(recogniserBinary);
      if (!binary) throw new SpeechError('speech_engine_missing', `${recogniserBinary} is not installed (apt-get install pocketsphinx pocketsphinx-en-us)`);
      const decoded = await decodeToSpeechWav(audio, options.signal);
      try {
        let hypothesis: Hypothesis = { text: '', confidence: 0, segments: [] };
        let usedGrammar = false;
        if (options.expected?.jsgf) {
          // The context-independent phone loop costs ~0.1 xRT, so it runs beside the grammar decode.
          // Both settle before either's failure is thrown, so no decode is still reading when the directory goes.
          const [guided, phones] = await settledBoth(
            withGrammar(binary, decoded.wavPath, options.expected, options.signal),
            recognise(binary, decoded.wavPath, ['-allphone', phoneModelPath, '-allphone_ci', 'yes'], options.signal),
          );
          usedGrammar = !isGrammarHypothesisRejected(guided.segments, phones.segments);
          if (usedGrammar) hypothesis = guided;
        }
        // No grammar, or the grammar rejected the utterance: the answer may still be free speech.
        if (!usedGrammar) hypothesis = await recognise(binary, decoded.wavPath, [], options.signal);
        return {
          text: hypothesis.text,
          confidence: hypothesis.confidence,
          duration_seconds: Math.round(decoded.durationSeconds * 1000) / 1000,
          language: 'en',
          used_grammar: usedGrammar,
        };
      } finally {
        await decoded.cleanup();
      }
    },
  };
}
