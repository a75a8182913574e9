// Malware scanning against a real clamd (Debian clamav-daemon) started here on
// a signature database generated at run time; skipped when clamd is absent.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createClamdScanner, ScannerUnavailableError } from '../../src/uploads/clamd-scanner.ts';
import { createMemoryRateLimitStore } from '../../src/uploads/memory-rate-limit-store.ts';
import type { MalwareEvent } from '../../src/uploads/upload-guard.ts';
import { createUploadRateLimiter } from '../../src/uploads/upload-rate-limiter.ts';
import { eicar, pdfOfSize, wavOfSeconds } from './media-samples.ts';
import { buildTestApp, multipartBody, storedCounts } from './upload-test-app.ts';

const CLAMD = '/usr/sbin/clamd';
const skip = existsSync(CLAMD) ? false : `clamd not installed (${CLAMD}); apt-get install clamav-daemon to run these`;
if (skip) console.log(`# skipping clamd tests: ${skip}`);

describe('clamd malware scanning', { skip }, () => {
  let workDir: string;
  let socketPath: string;
  let clamd: ChildProcess;
  let db: Database;

  before(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'intake-clamd-'));
    socketPath = path.join(workDir, 'clamd.sock');
    await mkdir(path.join(workDir, 'db'));
    const eicarMd5 = createHash('md5').update(eicar()).digest('hex');
    await writeFile(path.join(workDir, 'db', 'test.hdb'), `${eicarMd5}:${eicar().length}:Intake.Test.EICAR.MD5\n`);
    await writeFile(path.join(workDir, 'db', 'test.ndb'), `Intake.Test.EICAR.NDB:0:*:${Buffer.from('EICAR-STANDARD-' + 'ANTIVIRUS-TEST-FILE').toString('hex')}\n`);
    await writeFile(path.join(workDir, 'clamd.conf'), [
      `DatabaseDirectory ${path.join(workDir, 'db')}`, `LocalSocket ${socketPath}`, 'Foreground yes',
      `LogFile ${path.join(workDir, 'clamd.log')}`, `PidFile ${path.join(workDir, 'clamd.pid')}`, 'StreamMaxLength 25M',
      ...(process.getuid?.() === 0 ? ['User root'] : []),
    ].join('\n') + '\n');
    clamd = spawn(CLAMD, [`--config-file=${path.join(workDir, 'clamd.conf')}`], { stdio: 'ignore' });
    const scanner = createClamdScanner({ socketPath, timeoutMs: 2000 });
    for (let attempt = 0; attempt < 150 && !(await scanner.ping()); attempt += 1) await sleep(100);
    assert.ok(await scanner.ping(), 'clamd did not answer PING within 15 s');
    db = await openDatabase({ dataDir: null });
    await migrate(db);
  });

  after(async () => {
    if (clamd && clamd.exitCode === null) {
      clamd.kill('SIGTERM');
      await Promise.race([new Promise((resolve) => clamd.once('exit', resolve)), sleep(5000)]);
    }
    await db?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  const rateLimiter = () => createUploadRateLimiter({ store: createMemoryRateLimitStore(), countLimit: 10, bytesLimit: 50 * 1024 * 1024, windowSeconds: 300 });
  const sendPdf = async (app: Awaited<ReturnType<typeof buildTestApp>>, content: Buffer, user = 'scan-user') => {
    const body = multipartBody({ kind: 'other' }, [{ field: 'file', filename: 'report.pdf', contentType: 'application/pdf', content }]);
    return app.app.inject({ method: 'POST', url: '/api/v1/onboarding/documents/', payload: body.payload, headers: { ...body.headers, 'x-test-user': user } });
  };
  // A complete PDF that carries the EICAR string in a comment: passes type checks, so only the scanner can stop it.
  const infectedPdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n%'), eicar(), Buffer.from('\n'), pdfOfSize(400).subarray(9)]);

  it('scanner verdicts: raw EICAR by hash, EICAR inside a file by marker, clean file OK', async () => {
    const scanner = createClamdScanner({ socketPath });
    const dir = await mkdtemp(path.join(workDir, 'files-'));
    await writeFile(path.join(dir, 'eicar'), eicar());
    await writeFile(path.join(dir, 'infected.pdf'), infectedPdf());
    await writeFile(path.join(dir, 'clean.wav'), wavOfSeconds(2));
    const raw = await scanner.scanFile(path.join(dir, 'eicar'));
    assert.ok(raw.infected && /^Intake\.Test\.EICAR\.(MD5|NDB)\.UNOFFICIAL$/.test(raw.signature), JSON.stringify(raw));
    assert.deepEqual(await scanner.scanFile(path.join(dir, 'infected.pdf')), { infected: true, signature: 'Intake.Test.EICAR.NDB.UNOFFICIAL' });
    assert.deepEqual(await scanner.scanFile(path.join(dir, 'clean.wav')), { infected: false });
  });

  it('an infected upload is 400 malware_detected, raises onMalware and stores nothing; a clean one is stored', async () => {
    const events: MalwareEvent[] = [];
    const app = await buildTestApp({ db, rateLimiter: rateLimiter(), scanner: createClamdScanner({ socketPath }), onMalware: (event) => events.push(event) });
    try {
      const before = await storedCounts(db);
      const infected = await sendPdf(app, infectedPdf());
      assert.equal(infected.statusCode, 400, infected.body);
      assert.equal(infected.json().error.code, 'malware_detected');
      assert.deepEqual(await storedCounts(db), before);
      assert.equal(events.length, 1);
      assert.equal(events[0]!.signature, 'Intake.Test.EICAR.NDB.UNOFFICIAL');
      assert.equal(events[0]!.userId, 'scan-user');
      const raw = await sendPdf(app, eicar());
      assert.equal(raw.json().error.code, 'unsupported_file_type', 'bare EICAR is text: refused by type before scanning');
      const clean = await sendPdf(app, pdfOfSize(2000));
      assert.equal(clean.statusCode, 201, clean.body);
    } finally {
      await app.app.close();
    }
  });

  it('an unreachable scanner fails closed with 503 scanner_unavailable (slot returned), or open when CLAMAV_FAIL_OPEN=true', async () => {
    const deadScanner = createClamdScanner({ socketPath: path.join(workDir, 'nobody-here.sock') });
    await assert.rejects(deadScanner.scanFile(__filename()), ScannerUnavailableError);
    const limiter = rateLimiter();
    const closed = await buildTestApp({ db, rateLimiter: limiter, scanner: deadScanner });
    const open = await buildTestApp({ db, rateLimiter: rateLimiter(), scanner: deadScanner, config: { CLAMAV_FAIL_OPEN: true } });
    try {
      const before = await storedCounts(db);
      const refused = await sendPdf(closed, pdfOfSize(2000));
      assert.equal(refused.statusCode, 503);
      assert.equal(refused.json().error.code, 'scanner_unavailable');
      assert.deepEqual(await storedCounts(db), before);
      assert.equal((await limiter.usage('tenant-test/scan-user')).count, 0, 'our failure gives the slot back');
      assert.equal((await sendPdf(open, pdfOfSize(2000))).statusCode, 201);
    } finally {
      await closed.app.close();
      await open.app.close();
    }
  });

  it('a file over clamd StreamMaxLength is a scanner error, not a clean verdict', async () => {
    const limited = path.join(workDir, 'big.bin');
    await writeFile(limited, Buffer.alloc(26 * 1024 * 1024, 1));
    // clamd answers "INSTREAM size limit exceeded" and closes; if our next write fails first, that answer is lost
    // with the socket (a race in the OS), so the error names the early close instead. Either way: not clean.
    await assert.rejects(createClamdScanner({ socketPath }).scanFile(limited),
      (err: Error) => err instanceof ScannerUnavailableError && /size limit exceeded|closed the connection/i.test(err.message));
  });
});

function __filename(): string {
  return new URL(import.meta.url).pathname;
}
