// Register rows are walked by hand over code units; these are the regex scans they replaced, held equal on texts
// built from the pieces a register row is made of.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeUnits } from '../../src/privacy/code-units.ts';
import { registerNameCells, registerOtherCells } from '../../src/privacy/register-rows.ts';

const REGISTER_NAME_CELL = /^[ \t]*\d{1,2}[:.]\d{2}[ \t]*\|[ \t]*(\p{L}[^|\n]*?)[ \t]*\|/gmu;
const NAME_CELL_TEXT = /^[\p{L}'’. -]+$/u;
const REGISTER_ROW = /^[ \t]*\d{1,2}[:.]\d{2}[ \t]*\|[^\n]*$/gm;

function referenceNameCells(text: string): number[] {
  const cells: number[] = [];
  REGISTER_NAME_CELL.lastIndex = 0;
  for (let match = REGISTER_NAME_CELL.exec(text); match !== null; match = REGISTER_NAME_CELL.exec(text)) {
    const cell = match[1]!;
    if (!NAME_CELL_TEXT.test(cell)) continue;
    const start = match.index + match[0].indexOf(cell, match[0].indexOf('|'));
    cells.push(start, start + cell.length);
  }
  return cells;
}

function referenceOtherCells(text: string): number[] {
  const cells: number[] = [];
  REGISTER_ROW.lastIndex = 0;
  for (let row = REGISTER_ROW.exec(text); row !== null; row = REGISTER_ROW.exec(text)) {
    // The row's pipes: cells run from the second to each next one, the last to the row's end.
    const pipes = [...row[0].matchAll(/\|/g)].map((pipe) => row.index + pipe.index);
    pipes.slice(1).forEach((pipe, index) => cells.push(pipe + 1, pipes[index + 2] ?? row.index + row[0].length));
  }
  return cells;
}

const PIECES = ['14:05', '9.30', '123:45', '7:5', ' ', '\t', ' | ', '|', '\n', '\r', '\r\n', '\u2028', 'Jane Doe', 'ÉLODIE', "O'Neil", 'Anne-Marie', 'Dr. Ng',
  'Ana’s', '𝒜nna', 'Acme Ltd', '07700 900123', 'Gate 2', '1', '2', ':', '.', 'x', '-', 'é', '\ud800'];
const CELL_PIECES = ['Jane Doe', 'ÉLODIE', "O'Neil", 'Anne-Marie', 'Dr. Ng', 'Ana’s', '𝒜nna', 'Acme Ltd', '07700 900123', 'Gate 2', ' ', '\t', 'x', '-', '\r', '\ud800', '7'];
const cell = fc.array(fc.constantFrom(...CELL_PIECES), { maxLength: 3 }).map((pieces) => pieces.join(''));
// A row: blanks, a time (or something like one), blanks, '|', then cells split by '|'.
const row = fc.tuple(fc.constantFrom('', ' ', '\t '), fc.constantFrom('14:05', '9.30', '7:5', '123:45', '10:375', '1:00'), fc.constantFrom('', ' ', '\t'),
  fc.array(cell, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([lead, time, gap, cells, closed]) => `${lead}${time}${gap}|${cells.join('|')}${closed ? '|' : ''}`);
const line = fc.oneof({ weight: 3, arbitrary: row }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((pieces) => pieces.join('')) });
const registerLike = fc.tuple(fc.array(line, { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom('\n', '\r', '\r\n', '\u2028', ' '), { minLength: 5, maxLength: 5 }))
  .map(([lines, breaks]) => lines.map((each, index) => each + (index < lines.length - 1 ? breaks[index]! : '')).join(''));

test('property: name cells and other cells are those the reference regex scans find', () => {
  fc.assert(fc.property(registerLike, (text) => {
    const codes = codeUnits(text);
    assert.deepEqual(registerNameCells(text, codes), referenceNameCells(text), JSON.stringify(text));
    assert.deepEqual(registerOtherCells(text, codes), referenceOtherCells(text), JSON.stringify(text));
  }), { numRuns: 20_000 });
});

test('a register row: its name cell, and its other cells up to the end of the line', () => {
  const text = '14:05 | Jane Doe | Acme Ltd | 07700 900123 | Gate 2\n9.30|R2D2|x|y';
  const codes = codeUnits(text);
  assert.deepEqual(registerNameCells(text, codes).map((at, index, all) => (index % 2 === 0 ? text.slice(at, all[index + 1]) : null)).filter(Boolean), ['Jane Doe']);
  const other = registerOtherCells(text, codes);
  assert.deepEqual(other.map((at, index, all) => (index % 2 === 0 ? text.slice(at, all[index + 1]) : null)).filter((cell) => cell !== null),
    [' Acme Ltd ', ' 07700 900123 ', ' Gate 2', 'x', 'y']);
});
