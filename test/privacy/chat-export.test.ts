import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeUnits } from '../../src/privacy/code-units.ts';
import { chatNameCells } from '../../src/privacy/chat-export.ts';
import { redact } from '../../src/privacy/redactor.ts';

const senders = (text: string): string[] => {
  const cells = chatNameCells(text, codeUnits(text));
  return cells.flatMap((at, index) => (index % 2 === 0 ? [text.slice(at, cells[index + 1])] : []));
};

test('the sender of each exported chat line, Android and iOS, in any casing and clock', () => {
  const text = '12/03/2024, 14:05 - Folake: gate 2 is open\n[12/03/2024, 14:06:22] kwame asante: on my way\n3/12/24, 2:05 PM - Sandra O.: thanks';
  assert.deepEqual(senders(text), ['Folake', 'kwame asante', 'Sandra O.']);
});

test('the people a line about the group names: who added or removed whom, who left, joined or changed it', () => {
  const text = '12/03/2024, 14:05 - Folake added Kwame\n12/03/2024, 14:06 - You added Tomasz, Priya and +44 7700 900123\n'
    + '12/03/2024, 14:07 - Kwame left\n[12/03/2024, 14:08:09] Sandra O. changed the subject to "Gate 2"\n12/03/2024, 14:09 - Dave removed Kwame';
  assert.deepEqual(senders(text), ['Folake', 'Kwame', 'Tomasz', 'Priya', 'Kwame', 'Sandra O.', 'Dave', 'Kwame']);
  // Windows line ends: the '\r' is no part of a name.
  assert.deepEqual(senders('12/03/2024, 14:05 - Folake added Kwame\r\n12/03/2024, 14:06 - Kwame: hi\r\n'), ['Folake', 'Kwame', 'Kwame']);
});

test('a name with a digit, or of vocabulary words only, is no name; a line that is no chat line has no sender', () => {
  const text = '12/03/2024, 14:05 - +44 7700 900123: here\n12/03/2024, 14:06 - Security Team: ok\n'
    + 'Meter read at 14:05: 004512.7 kWh\nnote 12/03/2024, 14:05 - Folake: not at a line start\n12/03/2024, 14:07 - the gate was left open';
  assert.deepEqual(senders(text), []);
});

test('a chat export loses its senders, numbers included, and keeps its messages', () => {
  const text = '12/03/2024, 14:05 - Folake: gate 2 is open\n12/03/2024, 14:07 - +44 7700 900123: alarm reset\n12/03/2024, 14:09 - Security Team: noted';
  assert.equal(redact(text).text, '12/03/2024, 14:05 - [REDACTED_NAME]: gate 2 is open\n12/03/2024, 14:07 - [REDACTED_PHONE]: alarm reset\n12/03/2024, 14:09 - Security Team: noted');
});

test('a chat line stamped with its time alone, or its time then its date, in brackets', () => {
  const text = '[21:03] Dariusz: fire door 3B alarmed\n[21:05] Dariusz: reset at panel\n[08:20, 02/04/2025] Piotr W: I can do it';
  assert.deepEqual(senders(text), ['Dariusz', 'Dariusz', 'Piotr W']);
  assert.equal(redact('[21:03] Dariusz: fire door 3B alarmed').text, '[21:03] [REDACTED_NAME]: fire door 3B alarmed');
  // A bracketed time before a heading's colon is no sender.
  assert.deepEqual(senders('[21:03] Fire Alarm: zone 4\n[21:04] Gate: locked'), []);
});

test("a chat line stamped with the year first, as a Japanese or Chinese client writes it, and its sender in any script; a bot or a team is no one", () => {
  const text = '[2024/12/10 09:12] 中村 恵: おはようございます\n[2024/12/10 09:14] Intake Bot: ありがとうございます\n2024-12-10 09:15 - 王芳: 好的';
  assert.deepEqual(senders(text.replace('2024-12-10 09:15 - ', '2024.12.10 09:15 - ')), ['中村 恵', '王芳']);
  assert.deepEqual(senders('[22/10/2024, 08:14] FMG Ghana Ops: noted\n[22/10/2024, 08:15] NOC Desk: ok\n[22/10/2024, 08:16] Kofi Mensah: thanks'), ['Kofi Mensah']);
  // A log's line stamped with an ISO date names a component, not a sender.
  assert.deepEqual(senders('[2024-06-05 02:00:01] scheduler: job=nightly-export\n[2024-06-05 02:03:47] backup: done'), []);
});
