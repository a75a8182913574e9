// Shared assertion for recognizer tests: which substrings a recognizer finds in a text.
import type { Recognizer } from '../../../src/privacy/recognizer.ts';

export function found(recognizer: Recognizer, text: string): string[] {
  if (!recognizer.mayContain(text)) return [];
  return recognizer.detect(text).map((span) => text.slice(span.start, span.end));
}
