// Receives one multipart file stream into a sink chosen from its first bytes:
// bytes are charged to the user's allowance as they arrive, the type is decided
// from the first 16 KiB before anything is written, and the size limit is a hard stop.
import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { IntakeError } from '../errors.ts';
import type { UploadAllowance } from './upload-rate-limiter.ts';

/** How much of the start of a file type detection sees. */
export const SNIFF_BYTES = 16 * 1024;

export interface UploadSink {
  write(bytes: Buffer): Promise<void>;
}

export interface ReceiveOptions {
  file: Readable & { truncated?: boolean };
  maxBytes: number;
  allowance: UploadAllowance;
  displayName: string;
  /** Decides on the first bytes (file-type's verdict included) and returns where all bytes go; throws to refuse the file. */
  onHead: (head: Buffer, detectedExt: string | undefined) => Promise<UploadSink>;
}

/** Returns the number of bytes received; on any throw the caller disposes of the sink it made. */
export async function receiveUpload(options: ReceiveOptions): Promise<number> {
  const { file, allowance } = options;
  const headParts: Buffer[] = [];
  let headBytes = 0;
  let sink: UploadSink | null = null;
  let sizeBytes = 0;

  const checkHead = async (): Promise<UploadSink> => {
    const head = headParts.length === 1 ? headParts[0]! : Buffer.concat(headParts);
    const detected = await fileTypeFromBuffer(head);
    const chosen = await options.onHead(head, detected?.ext);
    await chosen.write(head);
    return chosen;
  };

  try {
    for await (const chunk of file) {
      const bytes = chunk as Buffer;
      await allowance.charge(bytes.length);
      sizeBytes += bytes.length;
      if (sizeBytes > options.maxBytes) throw tooLarge(options);
      if (sink) {
        await sink.write(bytes);
      } else {
        headParts.push(bytes);
        headBytes += bytes.length;
        if (headBytes >= SNIFF_BYTES) sink = await checkHead();
      }
    }
    // busboy stops at fileSize and marks the stream truncated instead of failing.
    if (file.truncated) throw tooLarge(options);
    if (sizeBytes === 0) throw new IntakeError('missing_file', 'The file is empty.', { filename: options.displayName });
    if (!sink) await checkHead();
    return sizeBytes;
  } catch (err) {
    if (!file.readableEnded) file.destroy();
    throw err;
  }
}

function tooLarge(options: ReceiveOptions): IntakeError {
  return new IntakeError('file_too_large', undefined, { filename: options.displayName, max_bytes: options.maxBytes });
}
