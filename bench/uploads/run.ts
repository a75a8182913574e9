// Upload guard vs a bare multipart route, same process, same run: 20 concurrent
// 10 MB PDF uploads over loopback HTTP to each, and to a third route that
// stores the bytes the way the guard does but checks nothing.
// Prints throughput (and the ratios), the server's peak RSS growth, and where the CPU went (this server
// process, the client process, and local PostgreSQL server processes). PDFs
// need no heavy decode, so the guard's own costs (type checks, scanning hooks,
// chunked storage) are what differs. The body is random bytes: media does not
// compress, so neither may the benchmark's payload.
//   node bench/uploads/run.ts            (PGlite in memory)
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/uploads/run.ts
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import Fastify from 'fastify';
import multipart from '@fastify/multipart';
import { configDefaults } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createTestDatabaseUrl } from '../../test/support/test-database.ts';
import { deleteBlob, storeBlobFromFile } from '../../src/uploads/blob-store.ts';
import { createMemoryRateLimitStore } from '../../src/uploads/memory-rate-limit-store.ts';
import { createUploadGuard } from '../../src/uploads/upload-guard.ts';
import { createUploadRateLimiter } from '../../src/uploads/upload-rate-limiter.ts';
import '../../src/auth/principal.ts';

const CONCURRENCY = 20;
const FILE_BYTES = 10 * 1024 * 1024;
const ROUNDS = 2;

if (process.argv[2] === '--client') await runClient(process.argv[3]!, Number(process.argv[4]));
else await main();

async function runClient(url: string, count: number): Promise<void> {
  const head = '%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\n%';
  const tail = '\ntrailer <</Root 1 0 R>>\n%%EOF\n';
  const pdf = Buffer.concat([Buffer.from(head), randomBytes(FILE_BYTES - head.length - tail.length), Buffer.from(tail)]);
  const blob = new Blob([pdf], { type: 'application/pdf' });
  const started = performance.now();
  const statuses = await Promise.all(Array.from({ length: count }, async () => {
    const form = new FormData();
    form.append('kind', 'other');
    form.append('file', blob, 'scan.pdf');
    const response = await fetch(url, { method: 'POST', body: form, headers: { 'x-bench-user': 'bench' } });
    await response.arrayBuffer();
    return response.status;
  }));
  const ms = performance.now() - started;
  const cpu = process.cpuUsage();
  process.stdout.write(JSON.stringify({ ms, statuses, clientCpuSeconds: (cpu.user + cpu.system) / 1e6 }));
}

interface RunFigures { ms: number; statuses: number[]; peakRssGrowthMb: number; clientCpuSeconds: number; serverCpuSeconds: number; postgresCpuSeconds: number }

async function clientRun(url: string, count: number): Promise<RunFigures> {
  const postgresBefore = postgresCpuSeconds();
  const serverBefore = process.cpuUsage();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 5);
  const child = spawn(process.execPath, [new URL(import.meta.url).pathname, '--client', url, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => { out += text; });
  await new Promise((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const server = process.cpuUsage(serverBefore);
  return {
    ...(JSON.parse(out) as { ms: number; statuses: number[]; clientCpuSeconds: number }),
    peakRssGrowthMb: (peak - baseline) / 1024 / 1024,
    serverCpuSeconds: (server.user + server.system) / 1e6,
    postgresCpuSeconds: postgresCpuSeconds() - postgresBefore,
  };
}

/** CPU seconds used so far by processes named postgres on this machine, exited backends included (0 where /proc is not readable). */
function postgresCpuSeconds(): number {
  if (!existsSync('/proc/self/stat')) return 0;
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^[0-9]+$/.test(name))) {
    const stat = readProcStat(pid);
    if (!stat?.includes('(postgres)')) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime + stime, plus cutime + cstime: a backend that exits mid-run is counted by the postmaster that reaped it.
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return ticks / 100;
}

/** A process's /proc stat line, or null when it exited while we looked. */
function readProcStat(pid: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ESRCH') return null;
    throw err;
  }
}

async function openBenchDatabase(): Promise<{ db: Database; label: string; cleanup: () => Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const db = await openDatabase({ dataDir: null });
    await migrate(db);
    return { db, label: 'PGlite (in memory)', cleanup: () => db.close() };
  }
  const scratch = await createTestDatabaseUrl(url);
  const db = await openDatabase({ databaseUrl: scratch.url, dataDir: null, poolMax: 20 });
  await migrate(db);
  return { db, label: 'PostgreSQL server', cleanup: async () => { await db.close(); await scratch.drop(); } };
}

async function main(): Promise<void> {
  const { db, label, cleanup } = await openBenchDatabase();
  const config = configDefaults();

  const bare = Fastify();
  await bare.register(multipart, { limits: { fileSize: FILE_BYTES, files: 1 } });
  bare.post('/upload', async (request, reply) => {
    for await (const part of request.parts()) if (part.type === 'file') await pipeline(part.file, createWriteStream('/dev/null'));
    return reply.status(201).send({ ok: true });
  });

  // The guard's storage path alone: the bare route, but each file goes to a temp file and then into the blobs
  // table as the guard stores a spooled upload (storeBlobFromFile; on PostgreSQL every upload is spooled),
  // with no checks. Guard vs this = what the checks cost; this vs bare = what storing the bytes costs here.
  const stored = Fastify();
  await stored.register(multipart, { limits: { fileSize: FILE_BYTES, files: 1 } });
  const spoolDir = await mkdtemp(join(tmpdir(), 'intake-upload-bench-'));
  stored.post('/upload', async (request, reply) => {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      const spoolPath = join(spoolDir, randomUUID());
      try {
        await pipeline(part.file, createWriteStream(spoolPath, { flags: 'wx', mode: 0o600 }));
        const { blobId } = await storeBlobFromFile(db, { tenantId: 'bench', kind: 'pdf', mime: 'application/pdf', displayName: 'scan.pdf', expiresAt: new Date(Date.now() + 3_600_000) }, spoolPath);
        await deleteBlob(db, blobId);
      } finally {
        await rm(spoolPath, { force: true });
      }
    }
    return reply.status(201).send({ ok: true });
  });

  const guarded = Fastify();
  guarded.decorateRequest('principal', null);
  guarded.addHook('onRequest', async (request) => {
    request.principal = { tenantId: 'bench', userId: String(request.headers['x-bench-user']), role: 'user', clientId: null, sessionId: null };
  });
  const rateLimiter = createUploadRateLimiter({ store: createMemoryRateLimitStore(), countLimit: 100_000, bytesLimit: 1024 ** 4, windowSeconds: 300 });
  const guard = createUploadGuard({ db, config, rateLimiter });
  await guard.registerUploadRoute(guarded, {
    url: '/upload', fileField: 'file', allowed: ['image', 'pdf'], fields: ['kind'],
    // "Processing" here is deleting the blob, as a finished task would.
    handler: async (_request, reply, upload) => { await deleteBlob(db, upload.blobId); return reply.status(201).send({ ok: true }); },
  });

  const bareUrl = `${await bare.listen({ port: 0, host: '127.0.0.1' })}/upload`;
  const storedUrl = `${await stored.listen({ port: 0, host: '127.0.0.1' })}/upload`;
  const guardedUrl = `${await guarded.listen({ port: 0, host: '127.0.0.1' })}/upload`;
  await clientRun(bareUrl, 2);
  await clientRun(storedUrl, 2);
  await clientRun(guardedUrl, 2);

  const totalMb = (CONCURRENCY * FILE_BYTES) / 1024 / 1024;
  console.log(`upload bench: ${CONCURRENCY} concurrent ${FILE_BYTES / 1024 / 1024} MB PDF uploads over loopback, store: ${label}, node ${process.version}`);
  console.log('| round | route | wall ms | MB/s | peak RSS growth MB | CPU s: server | client | postgres | statuses |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  const ratios: number[] = [];
  const storageRatios: number[] = [];
  let worstGuardRss = 0;
  for (let round = 1; round <= ROUNDS; round += 1) {
    const bareRun = await clientRun(bareUrl, CONCURRENCY);
    const storedRun = await clientRun(storedUrl, CONCURRENCY);
    const guardRun = await clientRun(guardedUrl, CONCURRENCY);
    for (const [name, run] of [['bare /dev/null', bareRun], ['bare → temp file → blobs', storedRun], ['upload guard', guardRun]] as const) {
      const counts = Object.entries(run.statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {})).map(([s, n]) => `${n}×${s}`).join(' ');
      const cpu = [run.serverCpuSeconds, run.clientCpuSeconds, run.postgresCpuSeconds].map((seconds) => seconds.toFixed(2)).join(' | ');
      console.log(`| ${round} | ${name} | ${run.ms.toFixed(0)} | ${(totalMb / (run.ms / 1000)).toFixed(1)} | ${run.peakRssGrowthMb.toFixed(1)} | ${cpu} | ${counts} |`);
    }
    ratios.push(bareRun.ms / guardRun.ms);
    storageRatios.push(bareRun.ms / storedRun.ms);
    worstGuardRss = Math.max(worstGuardRss, guardRun.peakRssGrowthMb);
  }
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  const listed = (values: number[]): string => values.map((r) => r.toFixed(2)).join(', ');
  const meanRatio = mean(ratios);
  console.log(`throughput ratio guard/bare: ${listed(ratios)} (mean ${meanRatio.toFixed(2)}; goal ≥ 0.70 → ${meanRatio >= 0.7 ? 'met' : 'NOT met'})`);
  console.log(`storage path alone (no checks)/bare: ${listed(storageRatios)} (mean ${mean(storageRatios).toFixed(2)})`);
  console.log(`guard peak RSS growth: ${worstGuardRss.toFixed(1)} MB (goal < 64 MB → ${worstGuardRss < 64 ? 'met' : 'NOT met'})`);
  await bare.close();
  await stored.close();
  await guarded.close();
  await rm(spoolDir, { recursive: true, force: true });
  await cleanup();
}
