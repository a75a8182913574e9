// Audio must decode from start to end (up to the length limit) with ffmpeg and
// be no longer than the limit. ffmpeg is the system one when on PATH, else the
// static build shipped by @ffmpeg-installer/ffmpeg.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import { IntakeError } from '../errors.ts';
import { decoderMessage } from './decoder-message.ts';

export interface AudioInfo { durationSeconds: number }

const DECODE_TIMEOUT_MS = 60_000;
const MAX_STDERR_CHARS = 2000;

let resolvedFfmpegPath: string | null = null;

export function ffmpegPath(): string {
  if (resolvedFfmpegPath) return resolvedFfmpegPath;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'ffmpeg');
    const stat = statSync(candidate, { throwIfNoEntry: false });
    if (stat?.isFile() && (stat.mode & 0o111) !== 0) {
      resolvedFfmpegPath = candidate;
      return candidate;
    }
  }
  resolvedFfmpegPath = ffmpegInstaller.path;
  return resolvedFfmpegPath;
}

/** Decodes the first audio stream of filePath; throws invalid_media on failure or when too long. */
export async function probeAudio(filePath: string, maxSeconds: number, displayName: string): Promise<AudioInfo> {
  // -t stops decoding just past the limit, so a long file costs no more than an allowed one.
  const args = ['-hide_banner', '-nostdin', '-v', 'error', '-i', filePath, '-map', '0:a:0', '-t', String(maxSeconds + 1),
    '-f', 'null', '-progress', 'pipe:1', '-nostats', '-'];
  const { code, stdout, stderr, timedOut } = await run(ffmpegPath(), args, DECODE_TIMEOUT_MS);
  const invalid = (reason: string, extra: Record<string, unknown> = {}) =>
    new IntakeError('invalid_media', undefined, { filename: displayName, reason, ...extra });
  if (timedOut) throw invalid('decoding took too long');
  if (code !== 0 || stderr.trim() !== '') throw invalid('the audio does not decode', { decoder: decoderMessage(stderr, { [filePath]: displayName }) });
  const times = [...stdout.matchAll(/^out_time_(?:us|ms)=(\d+)$/gm)].map((m) => Number(m[1]));
  const durationSeconds = times.length > 0 ? Math.max(...times) / 1e6 : 0;
  if (durationSeconds <= 0) throw invalid('the audio has no decodable samples');
  if (durationSeconds > maxSeconds) throw invalid('the audio is too long', { max_seconds: maxSeconds });
  return { durationSeconds: Math.round(durationSeconds * 1000) / 1000 };
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (text: string) => { stdout = (stdout + text).slice(-8192); });
    child.stderr.setEncoding('utf8').on('data', (text: string) => { if (stderr.length < MAX_STDERR_CHARS) stderr += text; });
    child.on('error', (err) => { clearTimeout(timer); reject(err); });
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr, timedOut }); });
  });
}
