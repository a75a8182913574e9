// The operator's CLI as a process: a mistake is one line on stderr and exit status 2, and a typo in a
// tenant id never mints a key for a new, empty tenant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const MAIN = new URL('../../src/main.ts', import.meta.url).pathname;

function intake(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

test('tenants and keys: unknown tenants are refused in one line; a created tenant gets its key', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'intake-cli-'));
  try {
    const typo = await intake(dataDir, 'keys', 'create', '--tenant', 'acmee', '--role', 'user');
    assert.equal(typo.code, 2, typo.stderr);
    assert.equal(typo.stderr, 'intake: no tenant "acmee" (create it with: intake tenants create --id acmee)\n');
    assert.equal(typo.stdout, '');
    assert.equal((await intake(dataDir, 'tenants', 'set-webhook', '--id', 'acmee', '--url', 'http://127.0.0.1:9/hook')).code, 2);

    const created = await intake(dataDir, 'tenants', 'create', '--id', 'acme');
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /^tenant acme: webhook \(none\); signing secret whsec_/);
    const key = await intake(dataDir, 'keys', 'create', '--tenant', 'acme', '--role', 'admin');
    assert.equal(key.code, 0, key.stderr);
    assert.match(key.stdout, /^created admin key for tenant acme, user \S+: ik_\S+\n$/);

    const report = await intake(dataDir, 'report', 'funnel', '--since', 'banana');
    assert.equal(report.code, 2);
    assert.equal(report.stderr, "intake: --since must look like 30d, 12h or 2w, got 'banana'\n", 'no stack trace for a typo');
    for (const [args, message] of [
      [['dlq', 'retry', 'not-a-uuid'], 'intake: "not-a-uuid" is not a dead-letter id (intake dlq list shows them)\n'],
      [['dlq', 'retry', '00000000-0000-0000-0000-000000000000'], 'intake: No such dead letter.\n'],
      [['dlq', 'list', '--limit', 'abc'], 'intake: --limit must be an integer from 1 to 1000\n'],
    ] as const) {
      const result = await intake(dataDir, ...args);
      assert.deepEqual([result.code, result.stderr], [2, message], args.join(' '));
    }
    assert.match((await intake(dataDir, 'keys', 'create', '--tenantt', 'acme')).stderr, /^intake: Unknown option '--tenantt'.*\n$/);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
