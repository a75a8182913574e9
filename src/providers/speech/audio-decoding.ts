// Decodes any uploaded audio (webm/opus, ogg, mp3, m4a, wav…) to the 16 kHz
// mono s16 WAV that pocketsphinx expects, in a private temp file.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFileToExit } from './child-process.ts';
import { ffmpegPath } from './ffmpeg-binary.ts';
import { SpeechError } from './speech-provider.ts';

export const speechSampleRateHz = 16_000;
const bytesPerSecond = speechSampleRateHz * 2;
const wavHeaderBytes = 44;
/** Voice answers are short; a long file is a mistake or an attack on CPU time. */
export const maxAudioSeconds = 120;

export interface DecodedAudio {
  /** A private directory holding input and output; removed by `cleanup()`. */
  wavPath: string;
  durationSeconds: number;
  cleanup(): Promise<void>;
}

export async function decodeToSpeechWav(audio: Buffer, signal?: AbortSignal): Promise<DecodedAudio> {
  const directory = await mkdtemp(path.join(os.tmpdir(), `intake-audio-${randomBytes(6).toString('hex')}-`));
  const cleanup = (): Promise<void> => rm(directory, { recursive: true, force: true });
  try {
    const inputPath = path.join(directory, 'input');
    const wavPath = path.join(directory, 'speech.wav');
    await writeFile(inputPath, audio, { mode: 0o600 });
    try {
      await execFileToExit(ffmpegPath(), [
        '-nostdin', '-hide_banner', '-loglevel', 'error', '-i', inputPath,
        '-t', String(maxAudioSeconds + 1), '-vn', '-ac', '1', '-ar', String(speechSampleRateHz), '-c:a', 'pcm_s16le', '-f', 'wav', wavPath,
      ], { signal, timeout: 60_000, maxBuffer: 1 << 20 });
    } catch (error) {
      if (signal?.aborted) throw new SpeechError('aborted', 'transcription aborted', { cause: error });
      throw new SpeechError('audio_undecodable', 'the audio could not be decoded', { cause: error });
    }
    // Duration from the decoded PCM itself: exact, and containers such as streamed webm carry none.
    const durationSeconds = Math.max(0, (await stat(wavPath)).size - wavHeaderBytes) / bytesPerSecond;
    if (durationSeconds === 0) throw new SpeechError('audio_undecodable', 'the audio holds no samples');
    if (durationSeconds > maxAudioSeconds) throw new SpeechError('audio_too_long', `audio longer than ${maxAudioSeconds} s`);
    return { wavPath, durationSeconds, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
