// Running the decoders (ffmpeg, pocketsphinx) so that a call settles only once its process has exited. Node's
// execFile with an AbortSignal rejects as soon as it signals the child, while the child may still be writing into
// the private directory its caller then removes: the removal failed with ENOTEMPTY, or a late file outlived it.
import { execFile } from 'node:child_process';

export interface RunOptions { signal?: AbortSignal | undefined; timeout: number; maxBuffer: number }

const abortError = (signal: AbortSignal): Error => (signal.reason instanceof Error ? signal.reason : new Error('aborted'));

/** The child's output; rejects (after it has exited) if it failed, timed out or `signal` aborted it. */
export function execFileToExit(file: string, args: readonly string[], { signal, timeout, maxBuffer }: RunOptions): Promise<{ stdout: string; stderr: string }> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => { child.kill('SIGTERM'); };
    // Without `signal` here, execFile calls back from the child's 'close': after it has exited.
    const child = execFile(file, args, { timeout, maxBuffer }, (error, stdout, stderr) => {
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else if (signal?.aborted) reject(abortError(signal));
      else resolve({ stdout, stderr });
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
