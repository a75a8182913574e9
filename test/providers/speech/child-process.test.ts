// The decoders' runner settles only once the child has exited, also when aborted or already aborted, so the
// caller's temp directory is never removed under a process still writing into it.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { execFileToExit } from '../../../src/providers/speech/child-process.ts';

// A child that, told to stop, takes a moment to write its last file before exiting (as ffmpeg flushes its output).
const SLOW_TO_STOP = `process.on('SIGTERM', () => setTimeout(() => { require('fs').writeFileSync(process.argv[1], 'late'); process.exit(0); }, 200));
process.stdout.write('ready'); setInterval(() => {}, 1000);`;

test('an abort in flight settles only after the child has exited', async () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'intake-run-'));
  try {
    const lateFile = path.join(directory, 'late');
    const controller = new AbortController();
    const running = execFileToExit(process.execPath, ['-e', SLOW_TO_STOP, lateFile], { signal: controller.signal, timeout: 10_000, maxBuffer: 1 << 16 });
    setTimeout(() => controller.abort(), 300);
    await assert.rejects(running);
    assert.ok(existsSync(lateFile), 'the child had finished writing when the call settled');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('an already-aborted signal starts nothing; a normal run gives the output; a failure rejects', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(execFileToExit(process.execPath, ['-e', 'setTimeout(() => {}, 5000)'], { signal: controller.signal, timeout: 10_000, maxBuffer: 1 << 16 }));
  assert.deepEqual(await execFileToExit(process.execPath, ['-e', 'process.stdout.write("ok")'], { timeout: 10_000, maxBuffer: 1 << 16 }), { stdout: 'ok', stderr: '' });
  await assert.rejects(execFileToExit(process.execPath, ['-e', 'process.exit(3)'], { timeout: 10_000, maxBuffer: 1 << 16 }), { code: 3 });
});
