// Runs `intake serve` as a real child process (for crash and multi-process tests).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/main.ts');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface IntakeProcess { child: ChildProcess; output: string[]; url: string | null; keys: { user?: string; admin?: string }; exited: Promise<number | null> }

export async function startIntakeProcess(role: 'all' | 'api' | 'worker', env: Record<string, string>, timeoutMs = 60_000): Promise<IntakeProcess> {
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, [MAIN, 'serve', '--role', role], {
    env: { ...process.env, LOG_LEVEL: 'info', PORT: port, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const proc: IntakeProcess = { child, output, url: null, keys: {}, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
  const onData = (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) {
      if (!line) continue;
      output.push(line);
      const user = /user key:\s+(\S+)/.exec(line);
      const admin = /admin key:\s+(\S+)/.exec(line);
      if (user) proc.keys.user = user[1];
      if (admin) proc.keys.admin = admin[1];
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const deadline = Date.now() + timeoutMs;
  while (!output.some((line) => line.includes(`intake ${role} started`))) {
    if (child.exitCode !== null) throw new Error(`intake ${role} exited with ${child.exitCode}:\n${output.slice(-20).join('\n')}`);
    if (Date.now() > deadline) throw new Error(`intake ${role} did not start in ${timeoutMs} ms:\n${output.slice(-20).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const started = output.find((line) => line.includes(`intake ${role} started`))!;
  if (role !== 'worker') proc.url = /at (http:\/\/\S+)/.exec(started)![1]!;
  return proc;
}

export async function stopIntakeProcess(proc: IntakeProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill(signal);
  await proc.exited;
}
