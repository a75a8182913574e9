// Body of `intake redact`: plain mode redacts all of stdin, streamed in blocks of whole lines (text-blocks.ts);
// --jsonl redacts the `text` field of each line and reports on it. Decision: the line's other fields are kept, with
// every string in them redacted as a log line's are — an operator scrubbing an old log or export must not get its
// `msg` or `note` back verbatim.
// Decision: a malformed JSON line (or one without a string `text`) yields {"line":N,"error":{code,message}}
// in its place, the rest is still processed, and the exit code is 1. The bad line's content is never echoed.
import { createInterface } from 'node:readline';
import { redact } from './redactor.ts';
import { redactLogValue } from './log-redaction.ts';
import { DEFAULT_BLOCK_LIMITS, textBlocks } from './text-blocks.ts';

const BYTE_ORDER_MARK = '\uFEFF';

export const REDACT_CLI_ERROR_CODES = { malformedLine: 'PII_CLI_MALFORMED_LINE', unknownOption: 'PII_CLI_UNKNOWN_OPTION' } as const;

function write(output: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    output.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

function redactJsonLine(line: string, lineNumber: number): { json: string; ok: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.name : 'Error';
    return { json: JSON.stringify({ line: lineNumber, error: { code: REDACT_CLI_ERROR_CODES.malformedLine, message: `invalid JSON (${reason})` } }), ok: false };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || typeof (parsed as { text?: unknown }).text !== 'string') {
    return { json: JSON.stringify({ line: lineNumber, error: { code: REDACT_CLI_ERROR_CODES.malformedLine, message: 'expected an object with a string "text" field' } }), ok: false };
  }
  const result = redact((parsed as { text: string }).text);
  return {
    json: JSON.stringify({
      ...(redactLogValue(parsed) as object),
      text: result.text,
      pii_redacted: result.redactions_count > 0,
      redactions_count: result.redactions_count,
      counts: result.counts,
    }),
    ok: true,
  };
}

export async function runRedactCommand(args: string[], input: NodeJS.ReadableStream, output: NodeJS.WritableStream, blockLimits = DEFAULT_BLOCK_LIMITS): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--jsonl');
  if (unknown.length > 0) {
    await write(output, `${JSON.stringify({ error: { code: REDACT_CLI_ERROR_CODES.unknownOption, message: `unknown option ${unknown[0]}; usage: intake redact [--jsonl]` } })}\n`);
    return 2;
  }
  if (!args.includes('--jsonl')) {
    for await (const block of textBlocks(input as AsyncIterable<Buffer | string>, blockLimits)) await write(output, redact(block).text);
    return 0;
  }
  let exitCode = 0;
  let lineNumber = 0;
  for await (const read of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    // A Windows or Excel export may start with a byte order mark: no part of the first line's JSON.
    const line = lineNumber === 1 && read.startsWith(BYTE_ORDER_MARK) ? read.slice(1) : read;
    if (line.trim() === '') continue;
    const { json, ok } = redactJsonLine(line, lineNumber);
    if (!ok) exitCode = 1;
    await write(output, `${json}\n`);
  }
  return exitCode;
}
