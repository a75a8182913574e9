// A small pool of reused tesseract.js workers (each one a wasm engine, ~0.6 s to
// start and ~60 MB), started lazily on first use and fully offline.
import { createRequire } from 'node:module';
import path from 'node:path';
import Tesseract from 'tesseract.js';
import { OcrError } from './ocr-error.ts';

const require = createRequire(import.meta.url);

/** The LSTM-only "best_int" English model shipped in @tesseract.js-data/eng (gzipped, read from disk). */
export const bundledEnglishLangPath = path.join(
  path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');

/** Page segmentation modes we use. 6 (tesseract's default) returns nothing on ruled tables. */
export type PageSegmentationMode = 'sparse_text' | 'single_column' | 'single_block' | 'single_line';
const psmCodes: Record<PageSegmentationMode, Tesseract.PSM> = {
  sparse_text: '11' as Tesseract.PSM,
  single_column: '4' as Tesseract.PSM,
  single_block: '6' as Tesseract.PSM,
  single_line: '7' as Tesseract.PSM,
};

/** A recognised word: its text, Tesseract's confidence (0–100), its box, and which text line of the page it is on (0, 1, … in reading order). */
export interface OcrWord { text: string; confidence: number; x0: number; y0: number; x1: number; y1: number; line: number }
export interface OcrPageResult { text: string; confidence: number; words: OcrWord[] }
export interface RecognizeOptions { mode: PageSegmentationMode; charWhitelist?: string }

export interface OcrPool {
  readonly size: number;
  recognize(image: Buffer, options: RecognizeOptions): Promise<OcrPageResult>;
  /** Terminates started workers; later calls reject with `ocr_pool_closed`. */
  close(): Promise<void>;
}

export interface OcrPoolOptions { size: number; langPath?: string }

function wordsOf(page: Tesseract.Page): OcrWord[] {
  const words: OcrWord[] = [];
  let lineIndex = 0;
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          if (word.text.trim() === '') continue;
          words.push({ text: word.text, confidence: word.confidence, ...word.bbox, line: lineIndex });
        }
        lineIndex++;
      }
    }
  }
  return words;
}

export function createOcrPool(options: OcrPoolOptions): OcrPool {
  if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError('OCR pool size must be a positive integer');
  const langPath = options.langPath ?? bundledEnglishLangPath;
  const idle: Tesseract.Worker[] = [];
  const started: Promise<Tesseract.Worker>[] = [];
  const waiting: Array<{ resolve: (worker: Tesseract.Worker) => void; reject: (error: Error) => void }> = [];
  let closed = false;

  async function acquire(): Promise<Tesseract.Worker> {
    if (closed) throw new OcrError('ocr_pool_closed', 'the OCR pool is closed');
    const ready = idle.pop();
    if (ready) return ready;
    if (started.length < options.size) {
      const starting = Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, { langPath, cacheMethod: 'none', gzip: true });
      started.push(starting);
      try {
        return await starting;
      } catch (error) {
        started.splice(started.indexOf(starting), 1);
        throw new OcrError('ocr_engine_failed', 'the OCR engine did not start', { cause: error });
      }
    }
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  }

  function release(worker: Tesseract.Worker): void {
    const next = waiting.shift();
    if (next) next.resolve(worker);
    else idle.push(worker);
  }

  return {
    size: options.size,
    async recognize(image, recognizeOptions) {
      const worker = await acquire();
      try {
        await worker.setParameters({
          tessedit_pageseg_mode: psmCodes[recognizeOptions.mode],
          tessedit_char_whitelist: recognizeOptions.charWhitelist ?? '',
          // Rasters from sharp carry no usable DPI; 300 silences tesseract's guess and warning.
          user_defined_dpi: '300',
        });
        const { data } = await worker.recognize(image, {}, { text: true, blocks: true });
        return { text: data.text, confidence: data.confidence, words: wordsOf(data) };
      } finally {
        release(worker);
      }
    },
    async close() {
      closed = true;
      for (const waiter of waiting.splice(0)) waiter.reject(new OcrError('ocr_pool_closed', 'the OCR pool closed while waiting for a worker'));
      const outcomes = await Promise.allSettled(started.splice(0));
      idle.length = 0;
      const workers = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
