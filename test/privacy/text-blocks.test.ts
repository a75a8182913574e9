import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import { textBlocks } from '../../src/privacy/text-blocks.ts';
import type { BlockLimits } from '../../src/privacy/text-blocks.ts';
import { runRedactCommand } from '../../src/privacy/redact-cli.ts';
import { redact } from '../../src/privacy/redactor.ts';

const SMALL: BlockLimits = { soft: 64, hard: 256 };

async function blocksOf(chunks: Array<Buffer | string>, limits: BlockLimits = SMALL): Promise<string[]> {
  const blocks: string[] = [];
  for await (const block of textBlocks(Readable.from(chunks), limits)) blocks.push(block);
  return blocks;
}

test('a text shorter than the soft limit is one block, whatever its blank lines', async () => {
  assert.deepEqual(await blocksOf(['Name: Jane Doe\n\nPhone: 07700 900123\n'], { soft: 1024, hard: 4096 }), ['Name: Jane Doe\n\nPhone: 07700 900123\n']);
});

test('past the soft limit a block ends at a blank line in its later half', async () => {
  const first = `${'a'.repeat(40)}\n \n`;
  const second = `${'b'.repeat(30)}\n`;
  assert.deepEqual(await blocksOf([first + second]), [first, second]);
});

test('with no blank line, a block ends at its last line break before the hard limit', async () => {
  const line = `${'x'.repeat(99)}\n`;
  const blocks = await blocksOf([line.repeat(5)]);
  assert.deepEqual(blocks, [line.repeat(2), line.repeat(2), line]);
});

test('a line longer than the hard limit is cut after a blank, and a word that long between code points', async () => {
  const words = 'word '.repeat(120);
  const blocks = await blocksOf([words]);
  assert.ok(blocks.every((block) => block.length <= SMALL.hard && (block === blocks.at(-1) || block.endsWith(' '))));
  assert.equal(blocks.join(''), words);
  const emoji = '😀'.repeat(300);
  const cut = await blocksOf([emoji]);
  assert.equal(cut.join(''), emoji);
  for (const block of cut) assert.ok(!/[\uD800-\uDBFF]$/.test(block) && !/^[\uDC00-\uDFFF]/.test(block));
});

test('blocks join up to the input, a character split between chunks included', async () => {
  await fc.assert(fc.asyncProperty(
    fc.array(fc.oneof(fc.constantFrom('\n', '\n\n', ' ', '\t', 'é', '😀', 'Jane Doe 07700 900123'), fc.string()), { maxLength: 200 }),
    fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
    async (parts, cuts) => {
      const bytes = Buffer.from(parts.join(''), 'utf8');
      const chunks: Buffer[] = [];
      for (let at = 0, index = 0; at < bytes.length; index++) {
        const size = cuts[index % cuts.length]!;
        chunks.push(bytes.subarray(at, at + size));
        at += size;
      }
      const blocks = await blocksOf(chunks);
      assert.equal(blocks.join(''), bytes.toString('utf8'));
      for (const block of blocks) assert.ok(block.length <= SMALL.hard || !block.slice(0, SMALL.hard).includes('\n'));
    },
  ), { numRuns: 200 });
});

test('plain mode streams: each block is redacted, a register after a blank line under its own header', async () => {
  const first = 'Time\tVisitor Name\tMobile\n08:15\tjane doe\t07700 900123\n';
  const second = 'Time\tName\tPhone\n09:30\tkwame asante\t+44 20 7946 0018\n';
  const input = `${first}\n${second}`;
  const output = new PassThrough();
  const written: Buffer[] = [];
  output.on('data', (chunk: Buffer) => written.push(chunk));
  const code = await runRedactCommand([], Readable.from([input]), output, { soft: 40, hard: 4096 });
  assert.equal(code, 0);
  const stdout = Buffer.concat(written).toString('utf8');
  assert.equal(stdout, redact(`${first}\n`).text + redact(second).text);
  assert.ok(!/jane|kwame|07700|7946/.test(stdout), stdout);
});
