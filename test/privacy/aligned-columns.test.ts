// Registers laid out in columns of spaces (an OCR'd paper register, a fixed-width printout): a row's text is under the
// heading whose column it starts in, so the names and phones under a personal heading are redacted whatever their shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { redact } from '../../src/privacy/redactor.ts';
import { pieceLayout, pieces, readPieces } from '../../src/privacy/spaced-pieces.ts';
import { codeUnits } from '../../src/privacy/code-units.ts';
import { NOT_A_NAME, ORGANISATION_WORDS } from '../../src/privacy/recognizers/person-vocabulary.ts';
import { nounEndingFlags } from '../../src/privacy/recognizers/person-word-flags.ts';
import { isEnglishWord } from '../../src/privacy/english-words.ts';

test('an OCR register in upper case: names with doubled spaces and phones under their headings are redacted, the rest stays', () => {
  const text = [
    'TIME   NAME                  COMPANY          PHONE           GATE',
    '14:05  BRONWEN  TALLIS       ACME LTD         07700 900123    2',
    '14:20  KWAME  ASANTE-BOAKYE  NORTHGATE FM     07700 900456    1',
    '15:02  ISOLDE   FAIRWEATHER  SELF             -               3',
  ].join('\n');
  assert.equal(redact(text).text, [
    'TIME   NAME                  COMPANY          PHONE           GATE',
    '14:05  [REDACTED_NAME]       ACME LTD         [REDACTED_PHONE]    2',
    '14:20  [REDACTED_NAME]  NORTHGATE FM     [REDACTED_PHONE]    1',
    '15:02  [REDACTED_NAME]  SELF             -               3',
  ].join('\n'));
});

test("title case with a signature column of initials, a signer's mark left; a firm shaped like a name under Company stays", () => {
  const text = 'Time    Name                 Company         Sign\n09:10   Bronwen  Tallis      Stadtwerke Ost  BT\n09:45   Kwame Asante         Northgate FM    KA';
  assert.equal(redact(text).text, 'Time    Name                 Company         Sign\n09:10   [REDACTED_NAME]      Stadtwerke Ost  BT\n09:45   [REDACTED_NAME]         Northgate FM    KA');
});

test('a value a character or two off its heading, as OCR drifts, is still under it', () => {
  const text = 'DATE        VISITOR              HOST            BADGE\n12/03/24     ASANTE  KWAME       R PRZYBYLSKI    V-115\n12/03/24   OKAFOR MERCY         T  LINDQVIST     V-116';
  assert.equal(redact(text).text, 'DATE        VISITOR              HOST            BADGE\n12/03/24     [REDACTED_NAME]       [REDACTED_NAME]    V-115\n12/03/24   [REDACTED_NAME]         [REDACTED_NAME]     V-116');
});

test('the table ends at a line of one cell; a name in prose after it is judged as prose is, and a repeated header starts a new table', () => {
  const text = 'TIME   NAME              GATE\n14:05  BRONWEN TALLIS    2\nTotal visitors: 1\nChecked by Dave Hughes at 18:00\nTIME   HOST              GATE\n15:10  OKAFOR  MERCY     1';
  assert.equal(redact(text).text, 'TIME   NAME              GATE\n14:05  [REDACTED_NAME]    2\nTotal visitors: 1\nChecked by [REDACTED_NAME] at 18:00\nTIME   HOST              GATE\n15:10  [REDACTED_NAME]     1');
});

test('a name that starts in a column with no names but runs into the next is not passed over as a firm', () => {
  const text = 'TIME   NAME        COMPANY\n14:05 Bronwen Tallis  Acme Ltd';
  assert.equal(redact(text).text, 'TIME   NAME        COMPANY\n14:05 [REDACTED_NAME]  Acme Ltd');
});

test('everyday words after a name under a personal column ran there from the next column: they are no part of the name', () => {
  const text = 'TIME   OFFICER   REMARKS\n22:04  ODUYA  ALL SECURE';
  assert.equal(redact(text).text, 'TIME   OFFICER   REMARKS\n22:04  [REDACTED_NAME]  ALL SECURE');
  const wide = 'TIME   OFFICER              REMARKS\n23:10  BRONWEN  TALLIS  GATE LOCKED\n23:40  OKAFOR  BAND         ALL CLEAR';
  assert.equal(redact(wide).text, 'TIME   OFFICER              REMARKS\n23:10  [REDACTED_NAME]  GATE LOCKED\n23:40  [REDACTED_NAME]         ALL CLEAR');
});

test('a line whose pieces do not line up with the columns is prose, no row: it ends the table', () => {
  const text = 'NAME        COMPANY      PHONE\n\nArrived late.  Escorted by security.  Badge returned.';
  assert.equal(redact(text).text, text);
});

test('aligned tables with no personal column, and prose with doubled spaces, are left alone', () => {
  for (const text of [
    'METER      READING     UNIT\nELEC-01    004512.7    kWh\nGAS-02     18823       m3',
    'SHIFT   START   END     GUARDS\nDays    06:00   18:00   2\nNights  18:00   06:00   3',
    'Name  and company  please.\nThe gate  opens at 06:00.',
    'TIME   NAME   COMPANY', // a header with no rows
  ]) assert.equal(redact(text).text, text);
});

test("a Chinese, Japanese or Korean character takes two columns, as a register is printed: the cells under '借用人' are its borrowers, an extension under '電話' ('分機 2281') is no one", () => {
  const text = '日期        鑰匙編號  借用人          單位            電話              借出\n'
    + '2024/7/19   K-017     林怡婷          總務課          分機 2281         08:30\n'
    + '2024/7/19   K-022     陳建宏          台灣三菱電梯    0912-308-775      10:00';
  assert.equal(redact(text).text, '日期        鑰匙編號  借用人          單位            電話              借出\n'
    + '2024/7/19   K-017     [REDACTED_NAME]          總務課          分機 2281         08:30\n'
    + '2024/7/19   K-022     [REDACTED_NAME]          台灣三菱電梯    [REDACTED_PHONE]      10:00');
});

test("a piece's column counts a wide character twice; without one it is the piece's offset in its line", () => {
  readPieces(codeUnits('林怡婷  總務課   x'), 0, '林怡婷  總務課   x'.length);
  assert.deepEqual(pieces, [0, 3, 5, 8, 11, 12]);
  assert.deepEqual(pieceLayout, [0, 6, 8, 14, 17, 18]);
  readPieces(codeUnits('ab  cd'), 0, 6);
  assert.deepEqual(pieceLayout, [0, 2, 4, 6]);
});

test("a heading's own digits, glued to its letters, leave its line a header ('ID06-kort'): the names under 'Namn' are redacted, lower-case ones too", () => {
  const text = 'Namn                        Företag         ID06-kort         In\nfredrika af wetterstedt     Coor            AB-2214           07:15\nJonas Berg                  Peab            AB-2215           07:20';
  assert.equal(redact(text).text, 'Namn                        Företag         ID06-kort         In\n[REDACTED_NAME]     Coor            AB-2214           07:15\n[REDACTED_NAME]                  Peab            AB-2215           07:20');
  // A digit apart from a word's letters is a row's, no heading's.
  assert.equal(readPieces(codeUnits('ID06-kort  Tel1'), 0, 'ID06-kort  Tel1'.length), false);
  assert.equal(readPieces(codeUnits('Gate 2  Gate 3'), 0, 'Gate 2  Gate 3'.length), true);
});

// Names drawn as random letters (no lexicon, no capital-pair shape when upper or lower case), so only the column can
// say they are names; not the firm's word every row has ("Acme Ltd"), which the check below would find left; nor a word
// that ends as a noun or a building does, which a name cell alone is not taken for (fast-check drew "AAAAABAU": "-bau"); nor
// one whose first 'l' OCR's capital I reads as a word that names no one (fast-check drew "lnta": "Inta", Arabic's "you").
const nameWord = fc.stringMatching(/^[a-z]{4,9}$/).filter((word) => !NOT_A_NAME.has(word) && !NOT_A_NAME.has(word.replace(/^l/, 'i')) && !ORGANISATION_WORDS.has(word) && nounEndingFlags(word) === 0 && !['none', 'unknown', 'acme'].includes(word));
const casing = fc.constantFrom((word: string) => word.toUpperCase(), (word: string) => word, (word: string) => word[0]!.toUpperCase() + word.slice(1));
const name = fc.tuple(fc.array(nameWord, { minLength: 1, maxLength: 3 }), casing, fc.constantFrom(' ', '  ')).map(([words, cased, gap]) => words.map(cased).join(gap));
const phone = fc.constantFrom('07700 900123', '+44 161 496 0000', '(312) 555-0182', '+91 98765 43210', '030 1234567', '0161-496-0000');
const row = fc.record({ time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 10, max: 59 })).map(([hour, minute]) => `${hour}:${minute}`), name, phone });

test('property: in a space-aligned register no name or phone survives, the times and firms stay as they were, and redacting again changes nothing', () => {
  fc.assert(fc.property(fc.constantFrom('Name', 'Visitor Name', 'DRIVER', 'Host'), fc.constantFrom('Phone', 'Mobile No.', 'TEL'), fc.array(row, { minLength: 1, maxLength: 6 }), fc.integer({ min: 2, max: 4 }), (nameHeading, phoneHeading, rows, gutter) => {
    const widths = [6, Math.max(nameHeading.length, ...rows.map((each) => each.name.length)), 9, 16].map((width) => width + gutter);
    const line = (cells: string[]): string => cells.map((cell, index) => (index < cells.length - 1 ? cell.padEnd(widths[index]!) : cell)).join('');
    const text = [line(['Time', nameHeading, 'Company', phoneHeading]), ...rows.map((each) => line([each.time, each.name, 'Acme Ltd', each.phone]))].join('\n');
    const redacted = redact(text).text;
    // A placeholder is seldom as long as the value it replaced: the row's later cells stand shifted the second time.
    assert.equal(redact(redacted).text, redacted, JSON.stringify(text));
    const [header, ...redactedRows] = redacted.split('\n');
    assert.equal(header, text.split('\n')[0]);
    const body = redactedRows.join('\n');
    for (const [index, each] of rows.entries()) {
      // Under "Host", everyday words are a team or a desk ("CALLER"), no name (table-headings.ts). Each row is read on its
      // own line: another row's team may hold the same word ("apply" over "apply aaaa").
      const words = each.name.split(/ +/);
      const mayBeTeam = nameHeading === 'Host' && words.every((word) => isEnglishWord(word, 0, word.length));
      if (!mayBeTeam) for (const word of words) assert.doesNotMatch(redactedRows[index]!, new RegExp(`\\b${word}\\b`), JSON.stringify(text));
      assert.ok(!body.includes(each.phone), JSON.stringify(text));
      assert.ok(body.includes(each.time), JSON.stringify(text));
    }
    assert.equal(body.split('Acme Ltd').length - 1, rows.length, JSON.stringify(text));
  }), { numRuns: 300 });
});

test("a space-aligned header's headings are no names when all but one are known: 'ORG' over the firms, 'Vehicle Reg'", () => {
  const book = 'DATE   NAME                  ORG            PHONE            WHOM TO SEE   TIME IN\n12/6   Aisha Bello           NNPC Towers    0803 555 0142    Admin         10:00';
  assert.equal(redact(book).text, 'DATE   NAME                  ORG            PHONE            WHOM TO SEE   TIME IN\n12/6   [REDACTED_NAME]           NNPC Towers    [REDACTED_PHONE]    Admin         10:00');
  const register = 'Date     Name              Company       Vehicle Reg    Time In\n12/06    Aisha Bello       Mitie         LB19 XKT       10:00';
  assert.equal(redact(register).text, 'Date     Name              Company       Vehicle Reg    Time In\n12/06    [REDACTED_NAME]       Mitie         LB19 XKT       10:00');
});

test("a legend's or a field's line ends the table, its times in OCR's letters too ('D = O7OO-19OO', 'Approved : Ops Mgr'); a row's time still starts a row", () => {
  const text = [
    'Name              Mon  Tue  Wed',
    'Kasun Perera      D    D    N',
    'D = O7OO-19OO     N = 19OO-O7OO    O = OFF',
    'Approved : Ops Mgr  ________',
  ].join('\n');
  assert.equal(redact(text).text, text.replace('Kasun Perera', '[REDACTED_NAME]'));
  const register = 'Time    Name               Gate\nO9:30   Bronwen Tallis     2\nO9:45   Kwame Asante       1';
  assert.equal(redact(register).text, 'Time    Name               Gate\nO9:30   [REDACTED_NAME]     2\nO9:45   [REDACTED_NAME]       1');
});

test("a meter sheet's headings are no names, with a unit in brackets after one; its reader's staff code is no name", () => {
  const card = [
    'Month   Prev      Curr      Units   Read by   Date',
    'Jan     48213     49O87     874     MR-14     O4/01',
    'Feb     49O87     49915     828     M.R-14    O3/O2',
    'Mar     49915     5O8l2     897     MR 11     O5/03',
    'Apr     5O8l2     51 7O4    892     Tom Reilly  O6/04',
  ].join('\n');
  assert.equal(redact(card).text, card.replace('Tom Reilly', '[REDACTED_NAME]'));
  // No personal column: every heading is one this file knows, so the header is no names.
  const noReader = 'Month     Prev Rdg    Pres Rdg    Cons (m3)\nJAN-24    OOl234      OO1298      64\nFEB-24    OO1298      OOl371      73';
  assert.equal(redact(noReader).text, noReader);
});

test("a signatures column's four capitals not a name, and a scribble's stroke, are initials; 'Name (Print)' is a name's heading", () => {
  const sheet = [
    '#  Name (Print)                      Dept/Co.         Signature',
    '1  Maria Santos                      Security         MKJO',
    '2  Jose Reyes                        Housekeeping     ec~',
    '3  ROSALINDA  P.  ACOSTA             Admin            JOHN',
  ].join('\n');
  assert.equal(redact(sheet).text, sheet.replace('Maria Santos', '[REDACTED_NAME]').replace('Jose Reyes', '[REDACTED_NAME]')
    .replace('ROSALINDA  P.  ACOSTA', '[REDACTED_NAME]').replace('JOHN', '[REDACTED_NAME]'));
});

test("a guard's and a driver's headings in our users' other languages are personal: 'Conductor' over a Mexican gate log's drivers, 'Vigilante', 'Pemandu'", () => {
  const log = ['Fecha     Placas      Conductor                   Empresa               Entrada  Salida',
    '10/09/24  GTP-882-A   Julio Ramírez               Gas del Norte         10:45    11:05',
    '10/09/24  JL-07-993   ramon e. trevino            Fletes Treviño Hnos   13:20    --'].join('\n');
  assert.equal(redact(log).text, log.replace('Julio Ramírez', '[REDACTED_NAME]').replace('ramon e. trevino', '[REDACTED_NAME]'));
  // A name no lexicon knows, in lower case: only its heading says it is one.
  for (const heading of ['Vigilante', 'Pemandu', 'Chófer']) {
    const register = `Hora   ${heading.padEnd(22)}Puesto\n22:00  zorbek quantrill      Gate 2`;
    assert.equal(redact(register).text, register.replace('zorbek quantrill', '[REDACTED_NAME]'), heading);
  }
});

test("an occurrence book's ENTRY column is its prose, whose names are redacted ('Handover to day shift, Manolis.'); a register's Entry times stay", () => {
  const book = ['DATE    TIME    ENTRY                                                   SIGN',
    'O8/O3   19:OO   Shift change. All keys (42) present.                     GP/NK',
    'O9/O3   O7:OO   Handover to day shift, Manolis.                          NK'].join('\n');
  assert.equal(redact(book).text, book.replace('Manolis', '[REDACTED_NAME]'));
  const register = 'Name            Company        Entry   Exit\nZorbek Quantrill  Apex Ltd     08:10   09:40';
  assert.equal(redact(register).text, register.replace('Zorbek Quantrill', '[REDACTED_NAME]'));
});

test("a table parted by pipes that only this module reads (a heading unknown to the delimited reader, 'VEH N0.'): its cells' pipes are no part of a name; a house is no one", () => {
  const text = [
    'DATE  | NAME              | WHOM TO SEE   | HSE | VEH N0.    | PHONE           | IN',
    '12/06 | F. Adeyemi        | Mrs Bello     | 3   |  -         | 0705 412 8830   | 14:55',
    '12/06 | Yusuf Bako        | Hse 3         | 3   |  -         | 0705 412 8831   | 15:10',
  ].join('\n');
  assert.equal(redact(text).text, [
    'DATE  | NAME              | WHOM TO SEE   | HSE | VEH N0.    | PHONE           | IN',
    '12/06 | [REDACTED_NAME]        | [REDACTED_NAME]     | 3   |  -         | [REDACTED_PHONE]   | 14:55',
    '12/06 | [REDACTED_NAME]        | Hse 3         | 3   |  -         | [REDACTED_PHONE]   | 15:10',
  ].join('\n'));
});

test("a French visitors' book headed 'Nom & Prénom … Motif  Arr.  Dép.  Visa' is a register: its names in any casing are redacted, its initials under 'Visa' are not", () => {
  const book = `Date       Nom & Prénom          Tél.                 Motif         Arr.    Dép.    Visa
10/10/24   FALL Cheikh           +221 70 502 88 14     Livraison     11h05   11h15   CF
10/10/24   gueye ousmane         78 113 40 97          Maintenance   14h30   --      og`;
  assert.equal(redact(book).text, `Date       Nom & Prénom          Tél.                 Motif         Arr.    Dép.    Visa
10/10/24   [REDACTED_NAME]           [REDACTED_PHONE]     Livraison     11h05   11h15   CF
10/10/24   [REDACTED_NAME]         [REDACTED_PHONE]          Maintenance   14h30   --      og`);
});
