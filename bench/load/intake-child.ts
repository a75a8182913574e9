// One `intake serve` child process for the load bench: spawned, its start line
// and first-start keys parsed, its output kept only as a short tail.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/main.ts');
const OUTPUT_TAIL_LINES = 200;

export type Role = 'all' | 'api' | 'worker';

export interface IntakeChild {
  role: Role;
  child: ChildProcess;
  pid: number;
  url: string | null;
  keys: { user?: string; admin?: string };
  tail: string[];
  exited: Promise<number | null>;
}

export async function startIntakeChild(role: Role, env: Record<string, string>, startTimeoutMs = 90_000): Promise<IntakeChild> {
  const child = spawn(process.execPath, [MAIN, 'serve', '--role', role], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const proc: IntakeChild = {
    role, child, pid: child.pid!, url: null, keys: {}, tail,
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
  let started: string | undefined;
  const onData = (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) {
      if (!line) continue;
      tail.push(line);
      if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
      const user = /user key:\s+(\S+)/.exec(line);
      const admin = /admin key:\s+(\S+)/.exec(line);
      if (user) proc.keys.user = user[1];
      if (admin) proc.keys.admin = admin[1];
      if (line.includes(`intake ${role} started`)) started = line;
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const deadline = Date.now() + startTimeoutMs;
  while (!started) {
    if (child.exitCode !== null) throw new Error(`intake ${role} exited with ${child.exitCode}:\n${tail.slice(-20).join('\n')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`intake ${role} did not start in ${startTimeoutMs} ms:\n${tail.slice(-20).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (role !== 'worker') proc.url = /at (http:\/\/\S+)/.exec(started)![1]!;
  return proc;
}

export function isRunning(proc: IntakeChild): boolean {
  return proc.child.exitCode === null && proc.child.signalCode === null;
}

/** SIGTERM (graceful drain), escalating to SIGKILL after graceMs. */
export async function stopIntakeChild(proc: IntakeChild, graceMs = 15_000): Promise<void> {
  if (!isRunning(proc)) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
}

export async function killIntakeChild(proc: IntakeChild): Promise<void> {
  if (!isRunning(proc)) return;
  proc.child.kill('SIGKILL');
  await proc.exited;
}
