// Malware scanning through clamd's INSTREAM command (Unix socket or TCP):
// the file is streamed in length-prefixed chunks, never loaded whole.
// Any failure to get a verdict is ScannerUnavailableError; the guard decides
// whether that fails closed (default) or open.
import { createReadStream } from 'node:fs';
import net from 'node:net';
import { once } from 'node:events';
import type { Config } from '../config.ts';

export type ScanVerdict = { infected: false } | { infected: true; signature: string };

export interface MalwareScanner {
  scanFile(filePath: string): Promise<ScanVerdict>;
  /** Scans bytes while they are produced (e.g. teed from an upload); stops reading once clamd answers or fails. */
  scanStream(source: AsyncIterable<Buffer>): Promise<ScanVerdict>;
  ping(): Promise<boolean>;
}

export class ScannerUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ScannerUnavailableError';
  }
}

export interface ClamdOptions {
  socketPath?: string;
  host?: string;
  port?: number;
  timeoutMs?: number;
}

const CHUNK_BYTES = 64 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;

export function clamdScannerFromConfig(config: Pick<Config, 'CLAMAV_SOCKET' | 'CLAMAV_HOST' | 'CLAMAV_PORT'>): MalwareScanner | null {
  if (config.CLAMAV_SOCKET) return createClamdScanner({ socketPath: config.CLAMAV_SOCKET });
  if (config.CLAMAV_HOST || config.CLAMAV_PORT) return createClamdScanner({ host: config.CLAMAV_HOST ?? '127.0.0.1', port: config.CLAMAV_PORT });
  return null;
}

export function createClamdScanner(options: ClamdOptions): MalwareScanner {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const where = options.socketPath ?? `${options.host ?? '127.0.0.1'}:${options.port ?? 3310}`;

  async function converse(write: (socket: net.Socket) => Promise<void>): Promise<string> {
    const socket = options.socketPath ? net.connect(options.socketPath) : net.connect(options.port ?? 3310, options.host ?? '127.0.0.1');
    socket.setTimeout(timeoutMs);
    const reply: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => reply.push(chunk));
    const ended = new Promise<string>((resolve, reject) => {
      socket.on('end', () => resolve(Buffer.concat(reply).toString('utf8').replace(/\0+$/, '').trim()));
      socket.on('timeout', () => socket.destroy(new Error(`no reply within ${timeoutMs} ms`)));
      socket.on('error', reject);
      socket.on('close', (hadError) => { if (!hadError) resolve(Buffer.concat(reply).toString('utf8').replace(/\0+$/, '').trim()); });
    });
    // Observed here so a failure during writing is not also an unhandled rejection; the write path reports it.
    ended.catch((err: Error) => socket.destroy(err));
    try {
      await once(socket, 'connect');
      await write(socket);
      return await ended;
    } catch (err) {
      socket.destroy();
      // clamd closes early on e.g. a size-limit breach: its reply says why, prefer it to EPIPE. The reply can
      // also be lost: if our write fails before the reply is read, the socket is gone with it.
      const partial = Buffer.concat(reply).toString('utf8').replace(/\0+$/, '').trim();
      const code = (err as NodeJS.ErrnoException).code;
      const reason = partial
        || (code === 'EPIPE' || code === 'ECONNRESET' ? `closed the connection while the file was being sent (${code}; is its StreamMaxLength below UPLOAD_MAX_FILE_BYTES?)` : (err as Error).message);
      throw new ScannerUnavailableError(`clamd at ${where}: ${reason}`, { cause: err });
    } finally {
      socket.destroy();
    }
  }

  // clamd closes the connection early (e.g. StreamMaxLength exceeded): a pending
  // 'drain' then never comes, so waiting also ends on 'close' and 'error'.
  const writeAll = async (socket: net.Socket, data: Buffer) => {
    if (socket.destroyed || socket.writableEnded) throw new Error('clamd closed the connection');
    if (socket.write(data)) return;
    await new Promise<void>((resolve, reject) => {
      const cleanup = () => {
        socket.off('drain', onDrain);
        socket.off('close', onClose);
        socket.off('error', onError);
      };
      const onDrain = () => { cleanup(); resolve(); };
      const onClose = () => { cleanup(); reject(new Error('clamd closed the connection')); };
      const onError = (err: Error) => { cleanup(); reject(err); };
      socket.on('drain', onDrain);
      socket.on('close', onClose);
      socket.on('error', onError);
    });
  };

  async function scanStream(source: AsyncIterable<Buffer>): Promise<ScanVerdict> {
    const reply = await converse(async (socket) => {
      await writeAll(socket, Buffer.from('zINSTREAM\0'));
      for await (const chunk of source) {
        // clamd takes at most its StreamMaxLength per chunk anyway; keep chunks modest.
        for (let offset = 0; offset < chunk.length; offset += CHUNK_BYTES) {
          const piece = chunk.subarray(offset, offset + CHUNK_BYTES);
          const length = Buffer.alloc(4);
          length.writeUInt32BE(piece.length);
          await writeAll(socket, length);
          await writeAll(socket, piece);
        }
      }
      await writeAll(socket, Buffer.alloc(4));
    });
    if (reply === 'stream: OK') return { infected: false };
    const found = /^stream: (.+) FOUND$/.exec(reply);
    if (found) return { infected: true, signature: found[1]! };
    throw new ScannerUnavailableError(`clamd at ${where} answered: ${reply.slice(0, 200)}`);
  }

  return {
    scanStream,
    scanFile: (filePath) => scanStream(createReadStream(filePath, { highWaterMark: CHUNK_BYTES })),
    async ping() {
      try {
        return (await converse(async (socket) => { await writeAll(socket, Buffer.from('zPING\0')); })) === 'PONG';
      } catch (err) {
        if (err instanceof ScannerUnavailableError) return false;
        throw err;
      }
    },
  };
}
