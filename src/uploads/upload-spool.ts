// Receives one multipart file stream into a private temp file: bytes are
// charged to the user's allowance as they arrive, the type is decided from the
// first bytes before the rest is accepted, and the size limit is a hard stop.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { IntakeError } from '../errors.ts';
import type { UploadAllowance } from './upload-rate-limiter.ts';

/** How much of the start of a file type detection sees. */
export const SNIFF_BYTES = 16 * 1024;

export interface SpoolOptions {
  file: Readable & { truncated?: boolean };
  path: string;
  maxBytes: number;
  allowance: UploadAllowance;
  displayName: string;
  /** Decides on the first bytes (file-type's verdict included); throws to refuse the file. */
  onHead: (head: Buffer, detectedExt: string | undefined) => void;
}

/** Returns the number of bytes written; on any throw the caller deletes the temp file. */
export async function spoolUpload(options: SpoolOptions): Promise<number> {
  const { file, allowance } = options;
  const out = createWriteStream(options.path, { flags: 'wx', mode: 0o600 });
  const headParts: Buffer[] = [];
  let headBytes = 0;
  let headChecked = false;
  let sizeBytes = 0;

  const checkHead = async () => {
    headChecked = true;
    const head = Buffer.concat(headParts);
    const detected = await fileTypeFromBuffer(head);
    options.onHead(head, detected?.ext);
    await write(head);
  };
  const write = async (chunk: Buffer) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };

  try {
    for await (const chunk of file) {
      const bytes = chunk as Buffer;
      await allowance.charge(bytes.length);
      sizeBytes += bytes.length;
      if (sizeBytes > options.maxBytes) throw tooLarge(options);
      if (headChecked) {
        await write(bytes);
      } else {
        headParts.push(bytes);
        headBytes += bytes.length;
        if (headBytes >= SNIFF_BYTES) await checkHead();
      }
    }
    // busboy stops at fileSize and marks the stream truncated instead of failing.
    if (file.truncated) throw tooLarge(options);
    if (sizeBytes === 0) throw new IntakeError('missing_file', 'The file is empty.', { filename: options.displayName });
    if (!headChecked) await checkHead();
    out.end();
    await once(out, 'finish');
    return sizeBytes;
  } catch (err) {
    out.destroy();
    if (!file.readableEnded) file.destroy();
    throw err;
  }
}

function tooLarge(options: SpoolOptions): IntakeError {
  return new IntakeError('file_too_large', undefined, { filename: options.displayName, max_bytes: options.maxBytes });
}
