// The held-out corpus: texts written by hand, blind to the redactor's code, in three of Intake's voices
// (conversation answers, OCR'd paper, system text: logs, payloads, e-mails), PII marked {{TYPE:value}}, texts
// parted by a line "===" (bench/pii/held-out/*.txt). Where the generated eval set measures the goals on formats
// we chose, this measures how the redactor does on text nobody shaped to it.
// Each file is split in two halves by position: even texts are the dev half (a leak there may be studied and
// fixed), odd ones the test half (only its figures are read), so fixes made from the dev half are checked on
// text they were not made from. Scored like run.ts (score.ts), redact-pii beside Intake.
// Usage: node bench/pii/held-out.ts [--show] [--files <part of a file name>]   (--show prints the dev half's leaks and
// false positives instead; --files -2 reads the second batch's files only)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PII_TYPES } from '../../src/privacy/pii-type.ts';
import type { PiiType } from '../../src/privacy/pii-type.ts';
import { redact } from '../../src/privacy/redactor.ts';
import { compose, pii } from './generate-eval-set.ts';
import type { EvalRecord, Part } from './generate-eval-set.ts';
import { scoreSystem, summarize } from './score.ts';
import { createRedactPiiSystem, intakeSystem } from './systems.ts';

const CORPUS_DIRECTORY = join(import.meta.dirname, 'held-out');
// A file's voice is its name up to the batch suffix: conversation.txt, conversation-2a.txt …
const SOURCE_BY_VOICE: Record<string, EvalRecord['source']> = { conversation: 'chat', ocr: 'ocr', 'system-text': 'export' };
const voiceOf = (file: string): string => file.replace(/(?:-\d+[a-z]?)?\.txt$/, '');
const MARK = /\{\{([A-Z_]+):(.*?)\}\}/gs;

/** A corpus text's marks read into parts: the plain text and its gold spans. */
function partsOf(marked: string, where: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of marked.matchAll(MARK)) {
    const type = match[1] as PiiType;
    if (!PII_TYPES.includes(type)) throw new Error(`${where}: unknown type ${type}`);
    parts.push(marked.slice(last, match.index), pii(type, match[2]!));
    last = match.index + match[0].length;
  }
  parts.push(marked.slice(last));
  // A JSON text's own "}}" is no mark's end, so only a stray "{{" is an error.
  if (parts.some((part) => typeof part === 'string' && part.includes('{{'))) throw new Error(`${where}: unbalanced mark`);
  return parts;
}

interface Half { name: 'dev' | 'test'; records: EvalRecord[] }

function readCorpus(fileNamePart: string): Half[] {
  const halves: Half[] = [{ name: 'dev', records: [] }, { name: 'test', records: [] }];
  for (const file of readdirSync(CORPUS_DIRECTORY).filter((name) => name.endsWith('.txt') && name.includes(fileNamePart)).sort()) {
    const source = SOURCE_BY_VOICE[voiceOf(file)];
    if (source === undefined) throw new Error(`${file}: no source kind for its voice in SOURCE_BY_VOICE`);
    const texts = readFileSync(join(CORPUS_DIRECTORY, file), 'utf8').split(/^===$/m).map((text) => text.trim()).filter((text) => text !== '');
    texts.forEach((marked, index) => {
      const { text, gold } = compose(partsOf(marked, `${file} text ${index}`));
      const half = halves[index % 2]!;
      half.records.push({ id: half.records.length, source, text, gold, hardNegative: gold.length === 0 });
    });
  }
  return halves;
}

const format = (value: number): string => value.toFixed(3);
const percent = (value: number): string => `${(100 * value).toFixed(2)} %`;

/** The dev half's leaked gold values and Intake's spans that overlap no gold, for study. */
function showDev(records: readonly EvalRecord[]): void {
  for (const record of records) {
    const { text: redacted, spans } = redact(record.text);
    const covered = (index: number): boolean => spans.some((span) => span.start <= index && index < span.end);
    const leaks = record.gold.filter((gold) => [...gold.value].some((character, offset) => /[\p{L}\p{N}]/u.test(character) && !covered(gold.start + offset)));
    const falsePositives = spans.filter((span) => !record.gold.some((gold) => gold.start < span.end && span.start < gold.end));
    if (leaks.length === 0 && falsePositives.length === 0) continue;
    console.log(`--- ${record.source} #${record.id}`);
    console.log(redacted);
    for (const gold of leaks) console.log(`  LEAK ${gold.type}: ${JSON.stringify(gold.value)}`);
    for (const span of falsePositives) console.log(`  FP   ${span.type}: ${JSON.stringify(record.text.slice(span.start, span.end))}`);
  }
}

const filesArgument = process.argv.indexOf('--files');
const halves = readCorpus(filesArgument < 0 ? '' : process.argv[filesArgument + 1] ?? '');
if (process.argv.includes('--show')) {
  showDev(halves[0]!.records);
} else {
  const systems = [intakeSystem, createRedactPiiSystem()];
  for (const { name, records } of halves) {
    const goldSpans = records.reduce((sum, record) => sum + record.gold.length, 0);
    console.log(`\n${name} half: ${records.length} texts (${records.filter((record) => record.hardNegative).length} without PII), ${goldSpans} marked values`);
    const results = systems.map((system) => ({ system, summary: summarize(scoreSystem(system, records)) }));
    console.log('type         | ' + systems.map((system) => `${system.name.padEnd(10)} P      R      gold`).join(' | '));
    for (const type of PII_TYPES) {
      const cells = results.map(({ summary }) => {
        const row = summary.rows.find((candidate) => candidate.type === type)!;
        return `           ${format(row.precision)}  ${row.gold === 0 ? '  -  ' : format(row.recall)}  ${String(row.gold).padStart(4)}`;
      });
      console.log(`${type.padEnd(12)} | ${cells.join(' | ')}`);
    }
    for (const { system, summary } of results) {
      console.log(`${system.name.padEnd(10)} overall precision ${format(summary.overallPrecision)}  texts with PII leaking ${percent(summary.leakRate)}  PII-free texts changed ${percent(summary.hardNegativeChangeRate)}`);
    }
  }
}
