// Where an upload's bytes go once its type is known. On the embedded store a
// PDF needs no decoding, so it streams straight into its blob file (teed to the
// malware scanner) and is committed only once every check passed. Everything
// else is spooled to a private temp file, checked (images and audio are decoded
// whole, a PDF's trailer is checked), then stored in one short write.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Database } from '../db/database.ts';
import { probeAudio, type AudioInfo } from './audio-probe.ts';
import { destroyQuietly, openBlobWriter, storeBlobFromFile, type NewBlob } from './blob-store.ts';
import type { MalwareScanner, ScanVerdict } from './clamd-scanner.ts';
import { sanitizeImage, type ImageInfo } from './image-sanitizer.ts';
import type { MediaFormat } from './media-types.ts';
import { assertPdfTrailer, createPdfTailKeeper } from './pdf-check.ts';
import type { UploadSink } from './upload-spool.ts';

export interface StoredUpload { blobId: string; sizeBytes: number; imageInfo?: ImageInfo; audioInfo?: AudioInfo }

export interface DestinationContext {
  db: Database;
  scanner: MalwareScanner | null;
  /** Turns a verdict (or the scanner's failure) into the guard's decision; throws to refuse. */
  judgeScan: (verdict: Promise<ScanVerdict>) => Promise<void>;
  maxImagePixels: number;
  maxAudioSeconds: number;
  displayName: string;
  format: MediaFormat;
  blob: NewBlob;
}

export interface UploadDestination {
  sink: UploadSink;
  /** Called once the whole form is in and valid: scan verdict, content checks, then storage. */
  complete(): Promise<StoredUpload>;
  /** Leaves nothing behind; safe to call at any point, also after complete() failed. */
  dispose(): Promise<void>;
}

const SCAN_TEE_BUFFER_BYTES = 1024 * 1024;

/** Streams bytes to clamd while they are stored; a slow scanner slows the upload instead of buffering it. */
function teeToScanner(scanner: MalwareScanner): { sink: UploadSink; end(): Promise<ScanVerdict>; abort(): Promise<void> } {
  const input = new PassThrough({ highWaterMark: SCAN_TEE_BUFFER_BYTES });
  let settled = false;
  const verdict = scanner.scanStream(input);
  // The scanner stops reading when it answers or fails; writers must not wait for a drain that never comes.
  const stopped = verdict.then(() => { settled = true; }, () => { settled = true; });
  return {
    sink: {
      async write(bytes) {
        if (settled) return;
        if (!input.write(bytes)) await Promise.race([once(input, 'drain'), stopped]);
      },
    },
    end() {
      input.end();
      return verdict;
    },
    async abort() {
      input.destroy();
      // The upload is refused for another reason already; the scan's own failure is moot.
      await stopped;
    },
  };
}

export async function streamedDestination(context: DestinationContext): Promise<UploadDestination> {
  const writer = await openBlobWriter(context.db, context.blob);
  const scan = context.scanner ? teeToScanner(context.scanner) : null;
  const tail = createPdfTailKeeper();
  let finished = false;
  return {
    sink: {
      async write(bytes) {
        tail.push(bytes);
        // busboy hands out a fresh buffer per chunk, so both may hold on to it.
        await Promise.all([writer.write(bytes), scan?.sink.write(bytes)]);
      },
    },
    async complete() {
      if (scan) await context.judgeScan(scan.end());
      assertPdfTrailer(tail.tail(), context.displayName);
      const stored = await writer.commit();
      finished = true;
      return stored;
    },
    async dispose() {
      if (finished) return;
      finished = true;
      await scan?.abort();
      await writer.abort();
    },
  };
}

export async function spooledDestination(context: DestinationContext, workspace: string): Promise<UploadDestination> {
  const uploadPath = path.join(workspace, 'upload');
  const out = createWriteStream(uploadPath, { flags: 'wx', mode: 0o600 });
  await once(out, 'open');
  const tail = context.format.kind === 'pdf' ? createPdfTailKeeper() : null;
  return {
    sink: {
      async write(bytes) {
        tail?.push(bytes);
        if (!out.write(bytes)) await once(out, 'drain');
      },
    },
    async complete() {
      out.end();
      await once(out, 'finish');
      // Scan before any decoder touches the bytes.
      if (context.scanner) await context.judgeScan(context.scanner.scanFile(uploadPath));
      const { format, displayName } = context;
      if (format.kind === 'image') {
        const storedPath = path.join(workspace, 'reencoded');
        const imageInfo = await sanitizeImage(uploadPath, storedPath, format.ext, context.maxImagePixels, displayName);
        return { ...(await storeBlobFromFile(context.db, context.blob, storedPath)), imageInfo };
      }
      if (format.kind === 'pdf') {
        assertPdfTrailer(tail!.tail(), displayName);
        return storeBlobFromFile(context.db, context.blob, uploadPath);
      }
      const audioInfo = await probeAudio(uploadPath, context.maxAudioSeconds, displayName);
      return { ...(await storeBlobFromFile(context.db, context.blob, uploadPath)), audioInfo };
    },
    // The guard removes the workspace; the temp file goes with it.
    async dispose() {
      destroyQuietly(out);
    },
  };
}
