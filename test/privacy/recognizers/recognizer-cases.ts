// Shared helpers for recognizer tests: which substrings a recognizer finds in a text, and shared arbitraries.
import fc from 'fast-check';
import type { Recognizer } from '../../../src/privacy/recognizer.ts';

export function found(recognizer: Recognizer, text: string): string[] {
  if (!recognizer.mayContain(text)) return [];
  return recognizer.detect(text).map((span) => text.slice(span.start, span.end));
}

/** Any IPv4 address that names a machine: not loopback (127.x.x.x) or unspecified (0.0.0.0), which are kept. */
// 255.x.x.x is a subnet mask (or reserved): no machine's address.
export const namedIpV4 = (): fc.Arbitrary<string> => fc.ipV4().filter((address) => !address.startsWith('127.') && !address.startsWith('255.') && address !== '0.0.0.0');
