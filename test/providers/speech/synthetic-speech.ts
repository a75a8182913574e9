// Spoken answers for speech tests: espeak-ng synthesis, re-encoded with ffmpeg
// into the containers browsers and phones upload.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ffmpegPath } from '../../../src/providers/speech/ffmpeg-binary.ts';

const execFileAsync = promisify(execFile);

export type AudioFormat = 'wav' | 'webm' | 'ogg' | 'mp3';
const encoderArgs: Record<AudioFormat, string[]> = {
  wav: ['-c:a', 'pcm_s16le', '-f', 'wav'],
  webm: ['-c:a', 'libopus', '-b:a', '32k', '-f', 'webm'],
  ogg: ['-c:a', 'libvorbis', '-q:a', '3', '-f', 'ogg'],
  mp3: ['-c:a', 'libmp3lame', '-b:a', '64k', '-f', 'mp3'],
};

/**
 * espeak-ng at 150 wpm, 0.3 s of silence either side (espeak writes 22050 Hz, so 6615 samples) (as a push-to-talk
 * recording has) unless `padded` is false, encoded as `format`.
 */
export async function synthesizeSpeech(text: string, format: AudioFormat, { padded = true } = {}): Promise<Buffer> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'intake-tts-'));
  try {
    const rawPath = path.join(directory, 'raw.wav');
    const outPath = path.join(directory, `out.${format}`);
    await execFileAsync('espeak-ng', ['-v', 'en-us', '-s', '150', '-w', rawPath, text]);
    await execFileAsync(ffmpegPath(), ['-nostdin', '-loglevel', 'error', '-i', rawPath,
      ...(padded ? ['-af', 'adelay=300|300,apad=pad_len=6615'] : []), ...encoderArgs[format], outPath]);
    return await readFile(outPath);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

export async function silence(seconds: number, format: AudioFormat): Promise<Buffer> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'intake-tts-'));
  try {
    const outPath = path.join(directory, `out.${format}`);
    await execFileAsync(ffmpegPath(), ['-nostdin', '-loglevel', 'error', '-f', 'lavfi', '-i', `anullsrc=r=16000:cl=mono`, '-t', String(seconds), ...encoderArgs[format], outPath]);
    return await readFile(outPath);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Word error rate: word-level Levenshtein distance over the reference length. */
export function wordErrorRate(reference: string, hypothesis: string): { errors: number; words: number } {
  const ref = reference.toLowerCase().split(/\s+/).filter(Boolean);
  const hyp = hypothesis.toLowerCase().split(/\s+/).filter(Boolean);
  let previous = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const current = [i];
    for (let j = 1; j <= hyp.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ref[i - 1] === hyp[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return { errors: previous[hyp.length]!, words: ref.length };
}
