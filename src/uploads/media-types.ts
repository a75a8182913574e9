// The allow-list of upload formats, identified by content (magic bytes), and
// the rule that a declared Content-Type and file extension must agree with it.
import { IntakeError } from '../errors.ts';

export type MediaKind = 'audio' | 'image' | 'pdf';

export interface MediaFormat {
  /** Our name for the format; also the extension blobs are labelled with. */
  ext: string;
  kind: MediaKind;
  /** The MIME type we store and answer with. */
  mime: string;
  /** Extensions a client may give this format (lower case, no dot). */
  extensions: readonly string[];
  /** Content-Types a client may declare for it (lower case, parameters stripped). */
  declaredTypes: readonly string[];
}

const FORMATS: readonly MediaFormat[] = [
  { ext: 'webm', kind: 'audio', mime: 'audio/webm', extensions: ['webm', 'weba'], declaredTypes: ['audio/webm', 'video/webm'] },
  { ext: 'wav', kind: 'audio', mime: 'audio/wav', extensions: ['wav', 'wave'], declaredTypes: ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave', 'audio/x-pn-wav'] },
  { ext: 'mp3', kind: 'audio', mime: 'audio/mpeg', extensions: ['mp3'], declaredTypes: ['audio/mpeg', 'audio/mp3', 'audio/mpeg3', 'audio/x-mpeg-3', 'audio/x-mp3', 'audio/mpa'] },
  { ext: 'ogg', kind: 'audio', mime: 'audio/ogg', extensions: ['ogg', 'oga', 'opus', 'spx'], declaredTypes: ['audio/ogg', 'audio/opus', 'application/ogg', 'audio/x-ogg', 'video/ogg'] },
  { ext: 'm4a', kind: 'audio', mime: 'audio/mp4', extensions: ['m4a', 'mp4', 'm4b'], declaredTypes: ['audio/mp4', 'audio/x-m4a', 'audio/m4a', 'video/mp4', 'audio/aac'] },
  { ext: 'aac', kind: 'audio', mime: 'audio/aac', extensions: ['aac'], declaredTypes: ['audio/aac', 'audio/x-aac', 'audio/aacp'] },
  { ext: 'flac', kind: 'audio', mime: 'audio/flac', extensions: ['flac'], declaredTypes: ['audio/flac', 'audio/x-flac'] },
  { ext: 'jpg', kind: 'image', mime: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'], declaredTypes: ['image/jpeg', 'image/jpg', 'image/pjpeg'] },
  { ext: 'png', kind: 'image', mime: 'image/png', extensions: ['png'], declaredTypes: ['image/png', 'image/x-png'] },
  { ext: 'webp', kind: 'image', mime: 'image/webp', extensions: ['webp'], declaredTypes: ['image/webp'] },
  { ext: 'heic', kind: 'image', mime: 'image/heic', extensions: ['heic', 'heif'], declaredTypes: ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'] },
  { ext: 'pdf', kind: 'pdf', mime: 'application/pdf', extensions: ['pdf'], declaredTypes: ['application/pdf', 'application/x-pdf'] },
];

/** file-type's extension → our format. Anything absent (svg, html, gif, zip, exe, elf…) is refused. */
const BY_DETECTED_EXT: ReadonlyMap<string, MediaFormat> = new Map([
  ...FORMATS.map((format) => [format.ext, format] as const),
  ['oga', FORMATS.find((f) => f.ext === 'ogg')!],
  ['opus', FORMATS.find((f) => f.ext === 'ogg')!],
  ['spx', FORMATS.find((f) => f.ext === 'ogg')!],
  // An audio-only MP4 (e.g. Safari's MediaRecorder) is sniffed as video/mp4; ffmpeg later requires an audio stream.
  ['mp4', FORMATS.find((f) => f.ext === 'm4a')!],
]);

/** Content-Type meaning "I don't know": it neither confirms nor contradicts the content. */
const UNKNOWN_DECLARED_TYPE = 'application/octet-stream';

/** The allowed format for a detected file-type extension, or an unsupported_file_type error. */
export function formatForDetected(detectedExt: string | undefined, allowedKinds: readonly MediaKind[], displayName: string): MediaFormat {
  const format = detectedExt === undefined ? undefined : BY_DETECTED_EXT.get(detectedExt);
  if (!format || !allowedKinds.includes(format.kind)) {
    throw new IntakeError('unsupported_file_type', undefined, {
      filename: displayName,
      detected: detectedExt ?? 'unknown',
      allowed: allowedKinds,
    });
  }
  return format;
}

export function extensionOf(clientFilename: string): string | null {
  const base = clientFilename.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1) return null;
  return base.slice(dot + 1).toLowerCase();
}

const KIND_WORDS: Record<MediaKind, string> = { audio: 'recording', image: 'image', pdf: 'document' };

/** What disagrees with the content, and how to send the file so it is taken. */
function mismatchMessage(format: MediaFormat, wrong: { declared: string | null; extension: string | null }): string {
  // Said as letters or words: "an M4A", "an MP3", "an OGG", "an AAC"; "a PNG", "a WAV", "a HEIC".
  const what = `This file is a${/^[amo]/.test(format.ext) ? 'n' : ''} ${format.ext.toUpperCase()} ${KIND_WORDS[format.kind]}`;
  const clashes = [
    wrong.extension === null ? null : `its name ends in .${wrong.extension}`,
    wrong.declared === null ? null : `it was sent as ${wrong.declared}`,
  ].filter((clash): clash is string => clash !== null);
  const problem = clashes.length > 0 ? `, but ${clashes.join(' and ')}` : ', but neither its name nor its declared type says so';
  return `${what}${problem}. Send it with a name ending in .${format.extensions[0]} (or as ${format.mime}).`;
}

/**
 * The declared Content-Type and the extension must each either name the
 * detected format or say nothing (application/octet-stream, no extension);
 * at least one of them must name it, so a client cannot be vague about both.
 */
export function assertDeclaredAgrees(format: MediaFormat, declaredType: string, clientFilename: string, displayName: string): void {
  const declared = declaredType.split(';')[0]!.trim().toLowerCase();
  const extension = extensionOf(clientFilename);
  const declaredSaysNothing = declared === '' || declared === UNKNOWN_DECLARED_TYPE;
  const declaredOk = declaredSaysNothing || format.declaredTypes.includes(declared);
  const extensionOk = extension === null || format.extensions.includes(extension);
  if (!declaredOk || !extensionOk || (declaredSaysNothing && extension === null)) {
    throw new IntakeError('file_type_mismatch', mismatchMessage(format, { declared: declaredOk ? null : declared, extension: extensionOk ? null : extension }), {
      filename: displayName,
      detected: format.mime,
      declared: declared || null,
      extension,
    });
  }
}
