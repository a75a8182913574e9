// A reply is read in time that grows with its length, not exponentially or as its fourth power: a pattern that reads
// one text several ways retries every way when it fails. "tues," said 30 times (150 characters) held the worker for
// 30 s, and a correction with long runs of blanks ("actually change   …   for   …") for minutes. Each hostile reply,
// at the longest a turn keeps (2,000 characters), is read by every extractor within a bound far above linear time
// (a few ms to tens of ms here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAnswer, extractVolunteered } from '../../src/conversation/extraction/index.ts';
import { loadTemplate } from '../../src/conversation/session-service.ts';
import { askWhatToChange, readCorrections, readMidInterviewCorrections } from '../../src/conversation/answer-corrections.ts';
import type { Answers } from '../../src/conversation/template.ts';

const BOUND_MS = 2000;
const LONGEST_REPLY = 2000;
const template = loadTemplate('facility-site');
const answers: Answers = {
  organisation_name: 'Acme Ltd', site_name: 'Riverside Depot', site_type: 'warehouse', operating_hours: 'custom',
  custom_hours: { start_minute: 420, end_minute: 1140 }, operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'], shifts_per_day: 2, staff_per_shift: 3,
  buildings: 2, floors: 3, checkpoints_per_tour: 10, tour_frequency_hours: 2, meters: ['electricity'], registers: ['visitor'],
  site_contact: { name: 'Jane Doe', phone: '07700900123' },
};

const blanks = (count: number): string => ' '.repeat(count);
const HOSTILE_REPLIES: Readonly<Record<string, string>> = {
  'a list of days': 'tues,'.repeat(60),
  'a list of days with spaces': 'tues - '.repeat(40),
  'a swap with long runs of blanks': `actually change${blanks(600)}for${blanks(1200)}x\nx`,
  'an "instead of" with long runs of blanks': `x${blanks(900)}instead of${blanks(900)}x\nx`,
  'brackets after a name': `Acme ${'site('.repeat(390)}`,
};

const readers: ReadonlyArray<[string, (reply: string) => unknown]> = [
  ...template.fields.map((field): [string, (reply: string) => unknown] => [`extractAnswer(${field.key})`, (reply) => extractAnswer(field, reply, { template, answers: {} })]),
  ['extractVolunteered', (reply) => extractVolunteered(template, reply, {}, { includeAnswered: true })],
  ['readCorrections', (reply) => readCorrections(template, reply, answers)],
  ['readMidInterviewCorrections', (reply) => readMidInterviewCorrections(template, reply, answers, 'meters')],
  ['askWhatToChange', (reply) => askWhatToChange(template, reply, answers, { acknowledged: false })],
];

for (const [name, reply] of Object.entries(HOSTILE_REPLIES)) {
  test(`hostile reply "${name}" (${reply.length} characters) is read in time by every extractor`, () => {
    assert.ok(reply.length <= LONGEST_REPLY);
    for (const [reader, read] of readers) {
      const startedMs = performance.now();
      read(reply);
      const elapsedMs = performance.now() - startedMs;
      assert.ok(elapsedMs < BOUND_MS, `${reader}: ${elapsedMs.toFixed(0)} ms`);
    }
  });
}
