// Rebuilds a table from OCR word boxes (tesseract's sparse mode reads words but
// not table structure): words → lines by vertical centre → cells by x-gaps →
// columns from the header row's cell positions.
import type { OcrWord } from './ocr-pool.ts';

export interface TableCell { text: string; x0: number; x1: number; confidence: number }
export interface TableLine { cells: TableCell[]; yCentre: number }

function median(values: number[]): number {
  return [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? 0;
}

/** Words whose vertical centres are within half a typical word height share a line. */
export function groupIntoLines(words: OcrWord[]): TableLine[] {
  const wordHeightPx = median(words.map((word) => word.y1 - word.y0));
  const sorted = [...words].sort((left, right) => (left.y0 + left.y1) - (right.y0 + right.y1));
  const lines: Array<{ words: OcrWord[]; yCentre: number }> = [];
  for (const word of sorted) {
    const centre = (word.y0 + word.y1) / 2;
    const line = lines.at(-1);
    if (line && Math.abs(centre - line.yCentre) <= wordHeightPx / 2) {
      line.words.push(word);
      line.yCentre = line.words.reduce((sum, w) => sum + (w.y0 + w.y1) / 2, 0) / line.words.length;
    } else {
      lines.push({ words: [word], yCentre: centre });
    }
  }
  return lines.map((line) => ({ yCentre: line.yCentre, cells: cellsOf(line.words, wordHeightPx) }));
}

/** Within a line, a gap wider than ~1 word height (several spaces) starts a new cell. */
function cellsOf(words: OcrWord[], wordHeightPx: number): TableCell[] {
  const cells: Array<{ words: OcrWord[]; x1: number }> = [];
  for (const word of [...words].sort((left, right) => left.x0 - right.x0)) {
    const cell = cells.at(-1);
    if (cell && word.x0 - cell.x1 <= 1.1 * wordHeightPx) {
      cell.words.push(word);
      cell.x1 = Math.max(cell.x1, word.x1);
    } else {
      cells.push({ words: [word], x1: word.x1 });
    }
  }
  return cells.map((cell) => ({
    text: cell.words.map((word) => word.text).join(' '),
    x0: cell.words[0]!.x0,
    x1: cell.x1,
    confidence: cell.words.reduce((sum, word) => sum + word.confidence, 0) / cell.words.length,
  }));
}

export interface ColumnSpan { x0: number; x1: number }

/** Column i runs from its header cell's left edge to the next header cell's left edge (cells are left-aligned in ruled registers). */
export function columnSpans(header: TableLine, imageWidthPx: number): ColumnSpan[] {
  return header.cells.map((cell, index) => ({ x0: cell.x0, x1: header.cells[index + 1]?.x0 ?? imageWidthPx }));
}

/** Assigns each cell of a line to the column its left part falls in; several cells in one column are joined. */
export function cellsByColumn(line: TableLine, spans: ColumnSpan[]): string[] {
  const texts: string[][] = spans.map(() => []);
  for (const cell of line.cells) {
    const anchorX = Math.min(cell.x0 + 0.25 * (cell.x1 - cell.x0), cell.x0 + 20);
    let index = spans.findIndex((span) => anchorX >= span.x0 - 8 && anchorX < span.x1 - 8);
    if (index < 0) index = anchorX < spans[0]!.x0 ? 0 : spans.length - 1;
    texts[index]!.push(cell.text);
  }
  return texts.map((parts) => parts.join(' '));
}
