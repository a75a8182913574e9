// Register rows are walked by hand over code units; these are the regex scans they replaced, held equal on texts
// built from the pieces a register row is made of.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeUnits } from '../../src/privacy/code-units.ts';
import { isPhraseCell, registerNameCells } from '../../src/privacy/register-rows.ts';

// A row's time, then '|' after any blanks, or a tab right after it (and no '|' after the blanks): the row's delimiter.
// One alternation per scan, so a row of either kind resumes the scan after it as the walk does.
const REGISTER_NAME_CELL = /^(?:[ \t]*\d{1,2}[:.]\d{2}[ \t]*\|[ \t]*(\p{L}[^|\n]*?)[ \t]*\||[ \t]*\d{1,2}[:.]\d{2}\t(?![ \t]*\|) *(\p{L}[^\t\n]*?)[ \t]*\t)/dgmu;
const NAME_CELL_TEXT = /^[\p{L}'’. -]+$/u;

// The phrase check is the walk's own: these references hold the walk's reading of rows and cells.
function referenceNameCells(text: string): number[] {
  const cells: number[] = [];
  const codes = codeUnits(text);
  REGISTER_NAME_CELL.lastIndex = 0;
  for (let match = REGISTER_NAME_CELL.exec(text); match !== null; match = REGISTER_NAME_CELL.exec(text)) {
    const group = match[1] === undefined ? 2 : 1;
    const [start, end] = match.indices![group]!;
    if (!NAME_CELL_TEXT.test(match[group]!) || isPhraseCell(text, codes, start, end)) continue;
    cells.push(start, end);
  }
  return cells;
}

const PIECES = ['14:05', '9.30', '123:45', '7:5', ' ', '\t', ' | ', '|', '\n', '\r', '\r\n', '\u2028', 'Jane Doe', 'ÉLODIE', "O'Neil", 'Anne-Marie', 'Dr. Ng',
  'Ana’s', '𝒜nna', 'Acme Ltd', '07700 900123', 'Gate 2', '1', '2', ':', '.', 'x', '-', 'é', '\ud800'];
const CELL_PIECES = ['Jane Doe', 'Patrol started', 'ALL CLEAR', 'ÉLODIE', "O'Neil", 'Anne-Marie', 'Dr. Ng', 'Ana’s', '𝒜nna', 'Acme Ltd', '07700 900123', 'Gate 2', ' ', '\t', 'x', '-', '\r', '\ud800', '7'];
const cell = fc.array(fc.constantFrom(...CELL_PIECES), { maxLength: 3 }).map((pieces) => pieces.join(''));
// A row: blanks, a time (or something like one), blanks, '|', then cells split by '|'.
const row = fc.tuple(fc.constantFrom('', ' ', '\t '), fc.constantFrom('14:05', '9.30', '7:5', '123:45', '10:375', '1:00'), fc.constantFrom('', ' ', '\t'),
  fc.array(cell, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.constantFrom('|', '\t'))
  .map(([lead, time, gap, cells, closed, delimiter]) => `${lead}${time}${delimiter === '|' ? gap : ''}${delimiter}${cells.join(delimiter)}${closed ? delimiter : ''}`);
const line = fc.oneof({ weight: 3, arbitrary: row }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((pieces) => pieces.join('')) });
const registerLike = fc.tuple(fc.array(line, { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom('\n', '\r', '\r\n', '\u2028', ' '), { minLength: 5, maxLength: 5 }))
  .map(([lines, breaks]) => lines.map((each, index) => each + (index < lines.length - 1 ? breaks[index]! : '')).join(''));

test('property: name cells are those the reference regex scan finds', () => {
  fc.assert(fc.property(registerLike, (text) => {
    const codes = codeUnits(text);
    assert.deepEqual(registerNameCells(text, codes), referenceNameCells(text), JSON.stringify(text));
  }), { numRuns: 20_000 });
});

test('a register row: its name cell', () => {
  const text = '14:05 | Jane Doe | Acme Ltd | 07700 900123 | Gate 2\n9.30|R2D2|x|y';
  const codes = codeUnits(text);
  assert.deepEqual(registerNameCells(text, codes).map((at, index, all) => (index % 2 === 0 ? text.slice(at, all[index + 1]) : null)).filter(Boolean), ['Jane Doe']);
});

test('a headerless tab-separated register row: its name cell, as a row with pipes', () => {
  const text = '14:05\tANDRZEJ KOWALSKI\tStadtwerke Ost\t+49 30 1234567\tGate 1\n14:20\t\tAcme\n09:00 \tmaria lopez\tx';
  const codes = codeUnits(text);
  const slices = (cells: number[]): string[] => cells.flatMap((at, index) => (index % 2 === 0 ? [text.slice(at, cells[index + 1])] : []));
  // An empty first cell stays empty (the next cell is no name); blanks then a tab are no tab row's delimiter.
  assert.deepEqual(slices(registerNameCells(text, codes)), ['ANDRZEJ KOWALSKI']);
});

test('an occurrence book row\'s first cell that reads as a phrase is no name cell; a name in any casing is', () => {
  for (const phrase of ['Patrol started', 'Delivery received', 'FIRE ALARM TEST', 'All clear', 'all clear', 'PATROL STARTED', 'Gate locked', 'CCTV checked']) {
    const text = `08:00 | ${phrase} | North fence`;
    assert.deepEqual(registerNameCells(text, codeUnits(text)), [], phrase);
  }
  for (const name of ['Grace Hill', 'GRACE HILL', 'grace hill', 'Rohan West', 'Ana de Souza', 'Jürgen Müller', 'May Lee', 'Tom Harris', 'ANDRZEJ KOWALSKI']) {
    const text = `08:00 | ${name} | Acme`;
    assert.deepEqual(registerNameCells(text, codeUnits(text)), [8, 8 + name.length], name);
  }
});
