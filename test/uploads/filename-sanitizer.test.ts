// The display-name sanitizer on hand-picked attacks and on arbitrary strings.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FALLBACK_DISPLAY_NAME, MAX_DISPLAY_NAME_CHARS, sanitizeFilename } from '../../src/uploads/filename-sanitizer.ts';

// eslint-disable-next-line no-control-regex -- control characters are what must never appear
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff/\\<>:"|?*]/u;
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

function assertInert(name: string): void {
  assert.ok(name.length > 0);
  assert.ok(Array.from(name).length <= MAX_DISPLAY_NAME_CHARS, `too long: ${name.length}`);
  assert.ok(!FORBIDDEN.test(name), `forbidden character in ${JSON.stringify(name)}`);
  assert.ok(!/^[.\-\s]/u.test(name), `bad start: ${JSON.stringify(name)}`);
  assert.ok(!/[.\s]$/u.test(name), `bad end: ${JSON.stringify(name)}`);
  assert.ok(!DEVICE.test(name.split('.')[0]!.trim()), `device name: ${name}`);
  assert.equal(name, name.normalize('NFC'));
}

describe('sanitizeFilename', () => {
  it('handles the known attacks', () => {
    const cases: Array<[string | null, string]> = [
      ['../../../etc/passwd', 'passwd'],
      ['..\\..\\boot.ini', 'boot.ini'],
      ['C:\\Users\\me\\scan.pdf', 'scan.pdf'],
      ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
      ['a\u0000b.wav', 'ab.wav'],
      ['\u2066evil\u2069.png', 'evil.png'],
      ['.htaccess', 'htaccess'],
      ['--help.wav', 'help.wav'],
      ['CON', '_CON'],
      ['lpt1.txt', '_lpt1.txt'],
      ['nul.wav', '_nul.wav'],
      ['a.exe. . .', 'a.exe'],
      ['e\u0301te\u0301.jpg', 'été.jpg'],
      ['..', FALLBACK_DISPLAY_NAME],
      ['', FALLBACK_DISPLAY_NAME],
      [null, FALLBACK_DISPLAY_NAME],
      ['\u202E\u0000', FALLBACK_DISPLAY_NAME],
    ];
    for (const [input, expected] of cases) assert.equal(sanitizeFilename(input), expected, JSON.stringify(input));
  });

  it('keeps the extension when it cuts a long name to 100 characters', () => {
    const name = sanitizeFilename(`${'x'.repeat(300)}.jpeg`);
    assert.equal(Array.from(name).length, 100);
    assert.ok(name.endsWith('.jpeg'));
    const emoji = sanitizeFilename(`${'😀'.repeat(150)}.png`);
    assert.equal(Array.from(emoji).length, 100);
    assert.ok(emoji.endsWith('.png') && !emoji.includes('\ufffd'));
  });

  it('reads a multipart header\'s longest name (80 KB) of dots and blanks in linear time', () => {
    // /[.\s]+$/ tried from every dot of the run was quadratic: 2.7 s at 80,000 characters.
    for (const hostile of [`a${'.'.repeat(80_000)}x.png`, `a${'. '.repeat(40_000)}x.png`, `a.png${'.'.repeat(80_000)}`]) {
      const startedMs = performance.now();
      const name = sanitizeFilename(hostile);
      const elapsedMs = performance.now() - startedMs;
      assert.ok(elapsedMs < 500, `${elapsedMs.toFixed(0)} ms`);
      assertInert(name);
    }
    assert.equal(sanitizeFilename(`a.png${'. '.repeat(1000)}`), 'a.png');
  });

  it('always yields an inert name, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => assertInert(sanitizeFilename(input))), { numRuns: 3000 });
  });

  it('always yields an inert name for path-like strings built from hostile pieces', () => {
    const piece = fc.constantFrom('..', '.', '/', '\\', '\u202E', '\u0000', 'CON', 'com1', '-', ' ', 'a', 'é', 'e\u0301', '.wav', '.exe', '\u200f', '\n', ':', '*', '😀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => assertInert(sanitizeFilename(pieces.join('')))), { numRuns: 3000 });
  });

  it('is idempotent and leaves a plain name alone', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (input) => {
      const once = sanitizeFilename(input);
      assert.equal(sanitizeFilename(once), once);
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9][a-z0-9 _]{0,40}[a-z0-9]\.(wav|png|pdf)$/), (plain) => {
      fc.pre(!DEVICE.test(plain.split('.')[0]!));
      assert.equal(sanitizeFilename(plain), plain.replace(/\s+/g, ' '));
    }), { numRuns: 500 });
  });
});
