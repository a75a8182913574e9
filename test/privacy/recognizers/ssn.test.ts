import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ssnRecognizer } from '../../../src/privacy/recognizers/ssn.ts';
import { found } from './recognizer-cases.ts';

test('dashed SSNs stand alone; undashed and spaced ones need an SSN cue', () => {
  assert.deepEqual(found(ssnRecognizer, 'background check for 078-05-1120 done'), ['078-05-1120']);
  assert.deepEqual(found(ssnRecognizer, 'SSN: 078051120'), ['078051120']);
  assert.deepEqual(found(ssnRecognizer, 'social security number 078 05 1120'), ['078 05 1120']);
  assert.deepEqual(found(ssnRecognizer, 'badge 078051120'), []);
  assert.deepEqual(found(ssnRecognizer, 'batch 078 05 1120'), []);
  // Dotted, like spaced: with an SSN cue only.
  assert.deepEqual(found(ssnRecognizer, 'SSN 078.05.1120'), ['078.05.1120']);
  assert.deepEqual(found(ssnRecognizer, 'release 078.05.1120'), []);
  // Glued to its label by a colon, as in a key:value log; a time's colon is no label's.
  assert.deepEqual(found(ssnRecognizer, 'ssn:078-05-1120'), ['078-05-1120']);
  assert.deepEqual(found(ssnRecognizer, 'SSN:078051120'), ['078051120']);
  assert.deepEqual(found(ssnRecognizer, 'at 12:078-05-1120'), []);
});

test('invalid areas, group 00 and serial 0000 are not SSNs', () => {
  for (const value of ['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000']) {
    assert.deepEqual(found(ssnRecognizer, `SSN ${value}`), [], value);
  }
});

test('dates, serials and longer runs are not SSNs', () => {
  for (const text of ['serial no. 482-19-3822', 'on 2024-03-12', 'WO 123-456-7890', 'part 123-45-67890']) {
    assert.deepEqual(found(ssnRecognizer, text), [], text);
  }
});

test("an SSN in a CSV cell after a quoted cell's comma is found; after a digit's comma it is no SSN", () => {
  assert.deepEqual(found(ssnRecognizer, '"Bui, Long",601-34-9902,CLEAR'), ['601-34-9902']);
  assert.deepEqual(found(ssnRecognizer, 'total 1,601-34-9902'), []);
});

test("a tax id is an SSN's cue, though an id's label otherwise makes a number an identifier", () => {
  for (const text of ['{"name":"Ana","tax_id":"566-12-7839"}', 'tax id 566-12-7839', 'Tax No: 566127839', 'taxId=566-12-7839'])
    assert.equal(found(ssnRecognizer, text).length, 1, text);
  assert.deepEqual(found(ssnRecognizer, 'order id 566-12-7839'), []);
});

test("an undashed number in a table's SSN column is an SSN, the heading its cue; in another column it is not", () => {
  const tsv = 'applicant_id\tfull_name\tssn\tsite\nAPP-55107\tDaniela Reyes\t529441806\tUS-HOU-0203\nAPP-55108\tOmar Ruiz\t\t412681234';
  assert.deepEqual(found(ssnRecognizer, tsv), ['529441806']);
  assert.deepEqual(found(ssnRecognizer, 'Name,SSN,Badge\nAna Lima,412 68 3390,B-1234\nOmar Ruiz,,412683390'), ['412 68 3390']);
});

test("a dashed SSN in a CSV export's SSN column is found though a digit follows its comma (the next cell, a date); uncued, such a number is not", () => {
  const csv = 'candidate_id,first_name,last_name,ssn,dob,state,status,completed\nC-118204,Oksana,Hrytsenko,521-44-8830,1989-07-12,NJ,CLEAR,2024-06-01';
  assert.deepEqual(found(ssnRecognizer, csv), ['521-44-8830']);
  assert.deepEqual(found(ssnRecognizer, 'ref 521-44-8830,1989 units'), []);
});
