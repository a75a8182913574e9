// Media provider throughput on this machine: OCR images/s and p50 latency per
// pool size, pocketsphinx real-time factor with and without a field grammar.
// Run: node bench/media/run.ts   (needs pocketsphinx_continuous + espeak-ng for the speech rows)
import os from 'node:os';
import { loadTemplate } from '../../src/conversation/templates/index.ts';
import { extractMeterReading } from '../../src/providers/ocr/meter-reading.ts';
import { createOcrPool } from '../../src/providers/ocr/ocr-pool.ts';
import { extractRegisterEntry } from '../../src/providers/ocr/register-entry.ts';
import { findOnPath } from '../../src/providers/speech/ffmpeg-binary.ts';
import { createPocketsphinxProvider } from '../../src/providers/speech/pocketsphinx-speech.ts';
import { buildGrammar } from '../../src/providers/speech/speech-grammar.ts';
import { meterSvg, registerSvg, renderSvg } from '../../test/providers/ocr/synthetic-documents.ts';
import { synthesizeSpeech } from '../../test/providers/speech/synthetic-speech.ts';

const imagesPerRun = 8;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function benchOcr(kind: string, image: Buffer, poolSize: number, read: (pool: ReturnType<typeof createOcrPool>, image: Buffer) => Promise<unknown>): Promise<void> {
  const pool = createOcrPool({ size: poolSize });
  try {
    await Promise.all(Array.from({ length: poolSize }, () => read(pool, image))); // warm: start workers
    const latenciesMs: number[] = [];
    const started = performance.now();
    await Promise.all(Array.from({ length: imagesPerRun }, async () => {
      const t0 = performance.now();
      await read(pool, image);
      latenciesMs.push(performance.now() - t0);
    }));
    const elapsedS = (performance.now() - started) / 1000;
    console.log(`| ocr ${kind} | pool ${poolSize} | ${(imagesPerRun / elapsedS).toFixed(2)} images/s | p50 ${percentile(latenciesMs, 0.5).toFixed(0)} ms (queue incl.) |`);
  } finally {
    await pool.close();
  }
}

async function benchSpeech(): Promise<void> {
  if (!findOnPath('pocketsphinx_continuous') || !findOnPath('espeak-ng')) {
    console.log('| speech | skipped: pocketsphinx_continuous or espeak-ng not installed |');
    return;
  }
  const field = loadTemplate().fields.find((f) => f.key === 'staff_per_shift')!;
  const expected = buildGrammar(field);
  // ~10 s: several answers in one clip, as a rambling spoken reply would be.
  const audio = await synthesizeSpeech('we have twelve guards per shift. about forty guards. there are nine guards each shift. we need six guards per day. we run three shifts', 'webm');
  const provider = createPocketsphinxProvider();
  for (const [label, options] of [['grammar', { languageCode: 'en', expected }], ['free', { languageCode: 'en' }]] as const) {
    const runs: number[] = [];
    let duration = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const transcript = await provider.transcribe(audio, options);
      runs.push((performance.now() - t0) / 1000);
      duration = transcript.duration_seconds;
    }
    const medianS = percentile(runs, 0.5);
    console.log(`| speech pocketsphinx ${label} | ${duration.toFixed(1)} s webm clip | ${medianS.toFixed(2)} s median of 3 | RTF ${(medianS / duration).toFixed(3)} |`);
  }
}

console.log(`cpus: ${os.cpus().length} (${os.cpus()[0]?.model ?? 'unknown'}), node ${process.version}`);
const register = await renderSvg(registerSvg());
const meter = await renderSvg(meterSvg('004512.7', 'kWh'));
for (const poolSize of [1, 2]) {
  await benchOcr('register 890×320', register, poolSize, extractRegisterEntry);
  await benchOcr('meter 590×140', meter, poolSize, extractMeterReading);
}
await benchSpeech();
