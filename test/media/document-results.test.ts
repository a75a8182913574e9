import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactRegisterEntry } from '../../src/media/document-results.ts';
import type { RegisterEntry } from '../../src/providers/ocr/index.ts';

// What a tilted photo gave before it was levelled: the header and each row broken over two lines, so the phone
// column went unrecognised and each phone number was split between two rows' "company" cells.
const brokenRows: RegisterEntry = {
  columns: ['date', 'name', 'company'],
  rows: [
    { date: '', name: '', company: 'Contact No. Host In Out' },
    { date: '12/03', name: 'Tom Harris', company: 'Speedy Couriers 07700' },
    { date: '', name: '', company: '900111 Reception 09:10 09:25' },
    { date: '12/03', name: 'Priya Patel', company: 'Kone Lifts +44 20' },
    { date: '', name: '', company: '7946 0018 Facilities 10:00 12:20' },
  ],
  raw_text: 'Date\tVisitor Name\tOrganisation\nContact No.\tHost\tIn\tOut\n12/03\tTom Harris\tSpeedy Couriers\t07700\n900111\tReception\t09:10\t09:25\n'
    + '12/03\tPriya Patel\tKone Lifts\t+44 20\n7946 0018\tFacilities\t10:00\t12:20',
  confidence: 90,
};

test('a phone number split over two rows by the layout is redacted in both cells, times and other words kept', () => {
  const redacted = redactRegisterEntry(brokenRows, 'session-1');
  const cells = redacted.rows.map((row) => row.company);
  assert.deepEqual(cells, [
    'Contact No. Host In Out',
    'Speedy Couriers [REDACTED_PHONE]',
    '[REDACTED_PHONE] Reception 09:10 09:25',
    'Kone Lifts [REDACTED_PHONE]',
    '[REDACTED_PHONE] Facilities 10:00 12:20',
  ]);
  for (const digits of ['07700', '900111', '7946', '0018']) assert.ok(!JSON.stringify(redacted).includes(digits), digits);
  assert.equal(redacted.rows[1]!.name, '[REDACTED_NAME]');
  assert.equal(redacted.counts.PHONE! >= 4, true);
});

test('a name only its cue in the cell above shows is redacted, in a column that is not a personal one', () => {
  const entry: RegisterEntry = {
    columns: ['time', 'remarks'],
    rows: [{ time: '08:15', remarks: 'escorted, ask for' }, { time: '', remarks: 'nowak at stores' }],
    raw_text: 'Time\tRemarks\n08:15\tescorted, ask for\nnowak at stores',
    confidence: 90,
  };
  const redacted = redactRegisterEntry(entry, 'session-1');
  assert.deepEqual(redacted.rows.map((row) => row.remarks), ['escorted, ask for', '[REDACTED_NAME] at stores']);
  assert.ok(!JSON.stringify(redacted).includes('nowak'));
});

test('every column a text table counts as personal is redacted wholesale in a photographed register too, OCR-mangled or not', () => {
  // Headings the OCR reader has no canonical key for keep their own ("escorted_by", "driver"); a repeated one gets "_2".
  const entry: RegisterEntry = {
    columns: ['time', 'name', 'escorted_by', 'driver', 'issued_to', 'name_2', 'company'],
    rows: [{ time: '08:15', name: 'Tom Harris', escorted_by: 'Mar1a Lopcz', driver: 'KOWALSK1 P', issued_to: 'r0han', name_2: 'J0 Dee', company: 'Kone Lifts' }],
    raw_text: 'Time\tName\tEscorted By\tDriver\tIssued To\tName\tCompany\n08:15\tTom Harris\tMar1a Lopcz\tKOWALSK1 P\tr0han\tJ0 Dee\tKone Lifts',
    confidence: 80,
  };
  const redacted = redactRegisterEntry(entry, 'session-1');
  assert.deepEqual(redacted.rows[0], {
    time: '08:15', name: '[REDACTED_NAME]', escorted_by: '[REDACTED_NAME]', driver: '[REDACTED_NAME]', issued_to: '[REDACTED_NAME]', name_2: '[REDACTED_NAME]', company: 'Kone Lifts',
  });
  for (const value of ['Mar1a', 'Lopcz', 'KOWALSK1', 'r0han', 'J0 Dee']) assert.ok(!JSON.stringify(redacted).includes(value), value);
});

test('a long register is redacted in linear time: known values are found by a trie of their words, not a replace() each', () => {
  // A replace() per known value per cell was quadratic: 3,200 rows took 14.6 s. Every phone number starts "07700" (one
  // first word for a thousand values), and each row's remarks give the next row's number again.
  const firstNames = ['Maria', 'Tom', 'Priya', 'Kwame', 'Dieter', 'Harriet', 'Chidi', 'Sarah', 'Raj', 'Emeka'];
  const surnames = ['Lopez', 'Harris', 'Shah', 'Mensah', 'Schafer', 'Okonkwo', 'Obi', 'Khan', 'Patel', 'Eze'];
  const phone = (index: number): string => `07700 9${String(index).padStart(5, '0')}`;
  const rows = Array.from({ length: 3200 }, (_, index) => ({
    time: '08:15', name: `${firstNames[index % 10]} ${surnames[Math.floor(index / 10) % 10]}`, phone: phone(index), remarks: `next ${phone(index + 1)}`,
  }));
  const entry: RegisterEntry = {
    columns: ['time', 'name', 'phone', 'remarks'], rows,
    raw_text: ['Time\tName\tPhone\tRemarks', ...rows.map((row) => [row.time, row.name, row.phone, row.remarks].join('\t'))].join('\n'),
    confidence: 80,
  };
  const startedMs = performance.now();
  const redacted = redactRegisterEntry(entry, 'session-1');
  const elapsedMs = performance.now() - startedMs;
  assert.ok(elapsedMs < 3000, `${elapsedMs.toFixed(0)} ms`);
  assert.deepEqual(redacted.rows[7], { time: '08:15', name: '[REDACTED_NAME]', phone: '[REDACTED_PHONE]', remarks: 'next [REDACTED_PHONE]' });
  assert.ok(!/07700|Harris|Okonkwo/.test(JSON.stringify(redacted)));
});
