// SSN: US social security numbers. Dashed form stands alone; undashed, spaced or dotted forms need an SSN cue nearby.
// Never SSNs: area 000, 666 or 9xx, group 00, serial 0000.
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { endsWithIdentifierLabel, precedingText } from '../number-context.ts';
import { profileText } from '../text-profile.ts';
import { COMMA, isAsciiDigit } from '../char-codes.ts';

// Not after a digit, or a separator a longer number has; after a colon only a label's ("ssn:…"), not a time's. A comma and a
// digit after it end a cued candidate only (a CSV row's next cell: "521-44-8830,1989-07-12" under "ssn,dob").
const SSN_CANDIDATE = /(?<![\d./-])(?<!\d[,:])(\d{3})([-. ]?)(\d{2})\2(\d{4})(?![\d]|[-.:/]\d)/g;
const SSN_CUE_BEFORE = /\b(?:ssn|ss#|ss no|social(?: security)?(?: number| no\.?| #)?|taxpayer id|tax[ _-]?(?:id|no\.?|number)|tin)\b[^\n]{0,30}$/i;

export function isPlausibleSsn(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  return group !== '00' && serial !== '0000';
}

// A table's SSN column: its heading a cell of a line above, tab-, pipe-, comma- or semicolon-parted ("applicant_id	full_name
// ssn	site"). A candidate in that column's cell of a row below is cued by it, as a label before it would.
const SSN_HEADING_CELL = /(?:^|[\t|,;])[ \t]*(?:ssn|ss#|ss no|social security(?: number| no\.?| #)?|ssn_last_9|social_security_number)[ \t]*(?=[\t|,;]|$)/im;
const CELL_DELIMITERS = ['\t', '|', ',', ';'];

/** A table's SSN column: its header line's start, its delimiter and its column; the cell of the row last asked about. */
interface SsnColumn { headerStart: number; delimiter: string; column: number; rowStart: number; rowEnd: number; cellStart: number; cellEnd: number }

/** The text's first SSN heading cell's column, or null; read once per text, by the first candidate with no cue. */
function ssnColumnOf(text: string): SsnColumn | null {
  const heading = SSN_HEADING_CELL.exec(text);
  if (heading === null) return null;
  const headingAt = heading.index + heading[0].search(/[^\t|,; ]/);
  const headerStart = text.lastIndexOf('\n', headingAt) + 1;
  const headerEnd = text.indexOf('\n', headerStart);
  const header = text.slice(headerStart, headerEnd === -1 ? text.length : headerEnd);
  const delimiter = CELL_DELIMITERS.find((candidate) => header.includes(candidate));
  if (delimiter === undefined) return null;
  let column = 0;
  for (let index = header.indexOf(delimiter); index !== -1 && headerStart + index < headingAt; index = header.indexOf(delimiter, index + 1)) column++;
  return { headerStart, delimiter, column, rowStart: -1, rowEnd: -1, cellStart: -1, cellEnd: -1 };
}

/** Whether the candidate at `at` stands in the SSN column's cell of a row below its header (candidates are asked in order). */
function isInSsnColumn(text: string, ssnColumn: SsnColumn | null, at: number): boolean {
  if (ssnColumn === null) return false;
  if (at < ssnColumn.rowStart || at >= ssnColumn.rowEnd) {
    // The row's cell in the column, found once a row: the column's delimiters from the row's start, up to its line's end.
    const rowStart = text.lastIndexOf('\n', at) + 1;
    const lineBreak = text.indexOf('\n', at);
    const rowEnd = lineBreak === -1 ? text.length : lineBreak;
    let cellStart = rowStart <= ssnColumn.headerStart ? -1 : rowStart;
    for (let column = 0; column < ssnColumn.column && cellStart !== -1; column++) {
      const next = text.indexOf(ssnColumn.delimiter, cellStart);
      cellStart = next === -1 || next >= rowEnd ? -1 : next + 1;
    }
    const next = cellStart === -1 ? -1 : text.indexOf(ssnColumn.delimiter, cellStart);
    Object.assign(ssnColumn, { rowStart, rowEnd, cellStart, cellEnd: next === -1 || next > rowEnd ? rowEnd : next });
  }
  return ssnColumn.cellStart !== -1 && at >= ssnColumn.cellStart && at < ssnColumn.cellEnd;
}

export const ssnRecognizer: Recognizer = {
  type: 'SSN',
  mayContain(text, profile = profileText(text)) {
    return profile.hasSsnShape;
  },
  detect(text, profile = profileText(text)) {
    const spans: DetectedSpan[] = [];
    if (!profile.hasSsnShape) return spans;
    // The SSN column (null: none): undefined until a candidate with no cue before it asks.
    let ssnColumn: SsnColumn | null | undefined;
    SSN_CANDIDATE.lastIndex = 0;
    for (let match = SSN_CANDIDATE.exec(text); match !== null; match = SSN_CANDIDATE.exec(text)) {
      const [, area, separator, group, serial] = match as unknown as [string, string, string, string, string];
      if (!isPlausibleSsn(area, group, serial)) continue;
      const preceding = precedingText(text, match.index);
      const cued = SSN_CUE_BEFORE.test(preceding) || isInSsnColumn(text, ssnColumn === undefined ? (ssnColumn = ssnColumnOf(text)) : ssnColumn, match.index);
      if (!cued && (separator !== '-' || endsWithIdentifierLabel(preceding))) continue;
      const end = match.index + match[0].length;
      if (!cued && text.charCodeAt(end) === COMMA && isAsciiDigit(text.charCodeAt(end + 1))) continue;
      spans.push({ type: 'SSN', start: match.index, end });
    }
    return spans;
  },
};
