// Which ffmpeg to run: the system one when installed (newer codecs, distro
// security updates), else the static build shipped by @ffmpeg-installer/ffmpeg.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let resolvedPath: string | undefined;

function onPath(binary: string): string | undefined {
  for (const directory of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!directory) continue;
    const candidate = path.join(directory, binary);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch (_never) {
      continue;
    }
  }
  return undefined;
}

export function ffmpegPath(): string {
  if (resolvedPath) return resolvedPath;
  const require = createRequire(import.meta.url);
  resolvedPath = onPath('ffmpeg') ?? (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
  return resolvedPath;
}

/** Absolute path of `binary` if it is on PATH (used to report a missing engine clearly). */
export function findOnPath(binary: string): string | undefined {
  return onPath(binary);
}
