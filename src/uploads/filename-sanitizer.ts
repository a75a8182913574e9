// Client filenames are shown back to users and nothing else: never a path or a
// storage key. This turns any string into a short, inert display name.

export const MAX_DISPLAY_NAME_CHARS = 100;
export const FALLBACK_DISPLAY_NAME = 'upload';

// C0/C1 controls, DEL, bidi embeddings/overrides/isolates and marks, zero-width
// and BOM characters, line/paragraph separators: all can disguise a name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/gu;
// Characters Windows refuses in names, or that shells and URLs treat specially.
const RESERVED_PUNCTUATION = /[<>:"|?*]/g;
const RESERVED_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** A display-only name: basename, NFC, no controls or bidi tricks, ≤ 100 chars, extension kept. */
export function sanitizeFilename(clientFilename: string | null | undefined, fallback = FALLBACK_DISPLAY_NAME): string {
  if (!clientFilename) return fallback;
  const basename = clientFilename.split(/[\\/]/).pop() ?? '';
  let name = basename
    .normalize('NFC')
    .replace(INVISIBLE_OR_CONTROL, '')
    .replace(RESERVED_PUNCTUATION, '_')
    .replace(/\s+/gu, ' ')
    .trim();
  // Leading dots hide files and spell "..", leading dashes read as CLI options.
  name = name.replace(/^[.\-\s]+/u, '');
  // Windows drops trailing dots and spaces, which can turn "a.exe." into "a.exe".
  name = withoutTrailingDotsAndBlanks(name);
  name = neutraliseDeviceName(name);
  name = truncateKeepingExtension(name, MAX_DISPLAY_NAME_CHARS);
  return name === '' ? fallback : name;
}

const DOT_OR_BLANK = /[.\s]/u;

/**
 * `name` without the dots and blanks it ends with, walked back from its end: /[.\s]+$/ tried from every dot of a long
 * run ("a……x.png", up to a multipart header's 80 KB) was quadratic, seconds per upload.
 */
function withoutTrailingDotsAndBlanks(name: string): string {
  let end = name.length;
  while (end > 0 && DOT_OR_BLANK.test(name[end - 1]!)) end--;
  return name.slice(0, end);
}

function neutraliseDeviceName(name: string): string {
  const stem = name.split('.')[0]!.trim();
  return RESERVED_DEVICE.test(stem) ? `_${name}` : name;
}

/** Cuts by code points (never half a surrogate pair), keeping a short extension. */
function truncateKeepingExtension(name: string, maxChars: number): string {
  const chars = Array.from(name);
  if (chars.length <= maxChars) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length > 1 && extension.length <= 16) {
    const stem = Array.from(name.slice(0, dot)).slice(0, maxChars - extension.length);
    return (stem.join('').trimEnd() + extension.join(''));
  }
  return chars.slice(0, maxChars).join('').trimEnd();
}
