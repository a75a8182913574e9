import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../../../src/privacy/redactor.ts';

test("a column whose names were found is a name's: its other cells that read as names are names, whatever its heading", () => {
  const register = ['Sleutel | Uitgegeven aan        | Firma         | Paraaf', 'K-O14   | Anna Kowalczyk        | ISS Facility  | AK',
    'K-O22   | Pieter Bakker         | Eneco         | SB', 'K-1O7   | de Wit, Rutger        | Kone          | RdW', 'K-21    | GINTARAS (Kone)       | Kone          | g'].join('\n');
  const redacted = redact(register).text;
  for (const name of ['Anna Kowalczyk', 'Pieter Bakker', 'de Wit, Rutger', 'GINTARAS']) assert.ok(!redacted.includes(name), name);
  // The firm in brackets after a name, the firms' and the initials' columns stay.
  for (const kept of ['(Kone)', 'ISS Facility', 'Eneco', '| SB', '| RdW']) assert.ok(redacted.includes(kept), kept);
});

test("no name from a column whose names are too few, nor from a cell of no one, a firm's word, initials or one unknown word", () => {
  const roster = ['Post | Day | Night', 'Gate 1 | Anna Kowalczyk | vacant', 'Gate 2 | Pieter Bakker | pendiente', 'Lobby | Kofi Mensah | Security Desk',
    'Dock | Ama Owusu | Warenannahme'].join('\n');
  assert.equal(redact(roster).text, ['Post | Day | Night', 'Gate 1 | [REDACTED_NAME] | vacant', 'Gate 2 | [REDACTED_NAME] | pendiente',
    'Lobby | [REDACTED_NAME] | Security Desk', 'Dock | [REDACTED_NAME] | Warenannahme'].join('\n'));
  // One name found in a column of four is no evidence: "Training", "Patrol" and "Ozzy Rqwe" stay as the text's own rules read them.
  const plan = ['Time | Task', '06:00 | Patrol', '07:00 | Training', '08:00 | Handover to Anna Kowalczyk', '09:00 | Ozzy Rqwe'].join('\n');
  assert.ok(redact(plan).text.includes('| Training'));
});
