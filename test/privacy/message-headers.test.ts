import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeUnits } from '../../src/privacy/code-units.ts';
import { headerNameCells } from '../../src/privacy/message-headers.ts';
import { redact } from '../../src/privacy/redactor.ts';

const names = (text: string): string[] => {
  const cells = headerNameCells(text, codeUnits(text));
  return cells.flatMap((at, index) => (index % 2 === 0 ? [text.slice(at, cells[index + 1])] : []));
};

test('the people of a forwarded e-mail\'s or an invitation\'s header lines, however their names are written', () => {
  const text = 'From: "Okonkwo, Harriet" <harriet.okonkwo@example.com>\nSent: 03 March 2025 09:12\nTo: Declan Brandt <d.brandt@example.com>; Vance, Imogen\n'
    + 'Cc: rory pemberton\r\nAttendees: Tamsin Galloway, Cedric Hargreaves\nSubject: Keys for Gate 2';
  assert.deepEqual(names(text), ['Okonkwo, Harriet', 'Declan Brandt', 'Vance', 'Imogen', 'rory pemberton', 'Tamsin Galloway', 'Cedric Hargreaves']);
});

test('a header of addresses, teams or firms only names no one; a label mid-line is no header', () => {
  const text = 'To: facilities@example.com\nCc: Facilities Team <facilities@example.com>; all staff\nFrom: Apex Facilities Ltd\n'
    + 'Room 4 to: Gate 2\nplease send it to: Harriet Okonkwo\nFrom: 09:00 To: 17:00';
  assert.deepEqual(names(text), []);
});

test('redacted end to end: the names and the addresses go, the header labels and the quotes stay', () => {
  assert.equal(redact('From: "Okonkwo, Harriet" <harriet.okonkwo@example.com>\nCc: Vance, Imogen; Rory Pemberton').text,
    'From: "[REDACTED_NAME]" <[REDACTED_EMAIL]>\nCc: [REDACTED_NAME]; [REDACTED_NAME]');
});

test("a mailbox's name in everyday English words names no one ('Intake Notifications', 'Accounts Payable'); a person's of such words does ('Grace Hill')", () => {
  assert.equal(redact('From: Intake Notifications <noreply@intake.example>\nDate: Thu').text, 'From: Intake Notifications <[REDACTED_EMAIL]>\nDate: Thu');
  assert.equal(redact('To: Accounts Payable <ap@acme.example>').text, 'To: Accounts Payable <[REDACTED_EMAIL]>');
  assert.equal(redact('Cc: Grace Hill; Mark Stone').text, 'Cc: [REDACTED_NAME]; [REDACTED_NAME]');
});

test("a desk's or a post's mailbox name, a word of our vocabulary and no lexicon name among its words, names no one ('PC Sécurité Tour Horizon'); a person's does", () => {
  assert.equal(redact('From: PC Sécurité Tour Horizon <pcsecu.horizon@veilis-securite.fr>').text, 'From: PC Sécurité Tour Horizon <[REDACTED_EMAIL]>');
  assert.equal(redact('From: Kofi Boateng <kofi@example.com>').text, 'From: [REDACTED_NAME] <[REDACTED_EMAIL]>');
});
