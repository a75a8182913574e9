// Text a client sends must be storable as it was sent. PostgreSQL's text and jsonb cannot hold U+0000 (the
// insert fails: a 500 for a client's mistake), and a UTF-16 surrogate without its pair is silently turned into
// U+FFFD on its way to the database. Either is refused up front, naming the field, before anything is stored.

export interface UnstorableText { field: string; message: string }

const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemWith(text: string): string | undefined {
  if (text.includes(NUL)) return 'contains a NUL character (U+0000), which cannot be stored';
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired UTF-16 surrogate, which is not a character';
  return undefined;
}

/** The first string (key or value) in a parsed JSON body or query that cannot be stored; iterative, so nesting depth is no risk. */
export function findUnstorableText(value: unknown): UnstorableText | undefined {
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === 'string') {
      const message = problemWith(current);
      if (message) return { field: path || 'body', message };
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        const keyProblem = problemWith(key);
        if (keyProblem) return { field: childPath, message: `has a field name that ${keyProblem}` };
        pending.push({ value: child, path: childPath });
      }
    }
  }
  return undefined;
}
