// Rotas and duty charts as OCR reads them: a grid laid out with spaces whose columns are days or shifts, and whose first
// column, often left without a heading, holds a person or a post:
//
//                 MON   TUE   WED              AREA       MORNING 6-2     NIGHT 10-6
//   Kipchumba     D     D     N                Lobby      Olusegun        Thabiso / Ebere
//   RELIEF        -     D     -                Car park   OFF             on call
//
// No heading says "Name", so aligned-columns.ts reads no table there; what the rows hold says who is named. A row whose
// cells are all shift codes ("D", "N", "OFF", "-") is a person's: its first cell is a name. A row whose cells are not is a
// post's or a day's: each of its cells is one name or several parted by '/', ',' or '&'.
//
// Decisions: a grid's header is a line of two pieces or more (parted by two spaces or more, as aligned-columns.ts parts
// them): its first piece, if it starts the line, is a row label's heading (Area, Post, Day, or a personal one such as
// Guard, whose rows are people's whatever their cells), and every other piece is a day's or a shift's heading, with the
// shift's hours after it if any ("NIGHT 18-06"); three days or two shifts at least. Its rows are the lines after it
// whose first piece starts the line; a blank line is passed over, a line of one piece, one indented, or one whose first
// piece holds ':' or '=' (a legend: "D = 0600-1800", a field: "Supervisor: …") ends the grid. A name is one to three
// capitalised words, a note in brackets after it dropped ("Kagiso (relief)"), with a word that reads as a name (a lexicon
// name, or three letters or more and no English word): "RELIEF", "Lobby", "Mop floors" and "on call" name no one.
import { COLON, DOT, EQUALS_SIGN, SPACE } from './char-codes.ts';
import { DRIFT, pieces, readPieces } from './spaced-pieces.ts';
import { readsAsName, wordFlags } from './recognizers/person-word-flags.ts';
import { isUpperCaseAt } from './recognizers/person-word-shapes.ts';
import { addValue, headingOf, isPersonal } from './table-headings.ts';
import type { Found } from './table-headings.ts';

// Days as a rota heads its columns: English, German, Dutch, French, Spanish, Portuguese, Italian and Polish, short and long.
const DAY_HEADINGS: ReadonlySet<string> = new Set([
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'ma', 'wo', 'vr', 'za', 'zo', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'mie', 'mié', 'jue', 'vie', 'sab', 'sáb', 'dom', 'lunes', 'martes', 'miercoles', 'miércoles', 'jueves', 'viernes', 'sabado', 'sábado', 'domingo',
  'seg', 'ter', 'qua', 'qui', 'sex', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'gio',
  'pn', 'pon', 'wt', 'śr', 'czw', 'pt', 'sob', 'nd', 'niedz',
]);
// Shifts as a duty chart heads its columns; SHIFT_WORDS may stand beside them ("Night shift", "Turno noche").
const SHIFT_HEADINGS: ReadonlySet<string> = new Set([
  'day', 'days', 'night', 'nights', 'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'early', 'earlies', 'late', 'lates',
  'am', 'pm', 'swing', 'graveyard', 'früh', 'spät', 'nacht', 'tag', 'mañana', 'tarde', 'noche', 'manhã', 'noite', 'matin', 'soir', 'nuit',
  'après midi', 'ochtend', 'middag', 'avond', 'mattina', 'pomeriggio', 'sera', 'notte',
]);
const SHIFT_WORDS: ReadonlySet<string> = new Set(['shift', 'shifts', 'turno', 'schicht', 'dienst', 'équipe', 'poste']);
// The headings of a label column that holds no names: a post, an area, a day.
const LABEL_HEADINGS: ReadonlySet<string> = new Set(['area', 'areas', 'post', 'posts', 'location', 'zone', 'floor', 'ward', 'site', 'position',
  'station', 'day', 'date', 'week', 'team', 'gate', 'duty', 'shift', 'bereich', 'posten', 'zona', 'puesto', 'posto', 'secteur', 'lokasi']);
const MIN_DAYS = 3;
// The longest day's or shift's heading with its hours: "Afternoon shift (14:00-22:00)".
const LONGEST_PERIOD_HEADING = 30;
const MIN_SHIFTS = 2;
const MAX_NAME_WORDS = 3;
const MIN_NAME_LETTERS = 3;
// A shift code in a rota's cell: a letter or three in capitals ("D", "N", "AL", "OFF"), "off", a dash, a tick, a cross.
const SHIFT_CODE = /^(?:[A-Z]{1,3}\d?|off|Off|[-–—✓✗✔✘xX/*?]+)$/;
const PART_SEPARATOR = /\s*(?:[/,&+]|\band\b)\s*/g;
const NAME_WORD = /^\p{L}[\p{L}'’.-]*$/u;

/** Whether a header piece is a day's or a shift's heading, hours after it allowed: 1 for a day, 2 for a shift, 0 if neither. */
function periodOf(text: string, start: number, end: number): number {
  const words = text.slice(start, end).toLowerCase().split(' ').filter((word) => word !== '' && !SHIFT_WORDS.has(word));
  // The hours or the date after it: "NIGHT 18-06", "MON 06/01", "MORNING (7-3)".
  while (words.length > 1 && /\d/.test(words[words.length - 1]!)) words.pop();
  const heading = words.join(' ');
  return DAY_HEADINGS.has(heading) ? 1 : SHIFT_HEADINGS.has(heading) ? 2 : 0;
}

// What a grid's label column holds, by its heading: BY_CELLS, a name where its row's cells are shift codes (no heading,
// or a post's or a day's); PERSONAL, a name in every row (a guard's, a name's heading).
const BY_CELLS = 1;
const PERSONAL = 2;

/** What the label column of the grid the line starting at `start` heads holds (BY_CELLS or PERSONAL), its pieces read; 0 if it heads none. */
function gridLabelOf(text: string, codes: Uint16Array, start: number): number {
  // Most lines a double space parts are a register's rows or prose: their last piece, read first, is no day or shift.
  const last = pieces.length - 2;
  if (pieces.length < 4 || pieces[last + 1]! - pieces[last]! > LONGEST_PERIOD_HEADING || periodOf(text, pieces[last]!, pieces[last + 1]!) === 0) return 0;
  let first = 0;
  let label = BY_CELLS;
  if (pieces[0]! - start <= DRIFT) {
    const heading = headingOf(text, codes, [pieces[0]!, pieces[1]!]);
    if (isPersonal(heading)) label = PERSONAL;
    else if (!LABEL_HEADINGS.has(heading)) return 0;
    first = 2;
  }
  if (first === pieces.length) return 0;
  let days = 0;
  let shifts = 0;
  for (let index = first; index < pieces.length; index += 2) {
    const period = periodOf(text, pieces[index]!, pieces[index + 1]!);
    if (period === 0) return 0;
    if (period === 1) days++;
    else shifts++;
  }
  return days >= MIN_DAYS || shifts >= MIN_SHIFTS ? label : 0;
}

/** Whether the piece text[start, end) is shift codes alone, one or more parted by spaces ("D", "OFF", "N N"). */
function isShiftCodes(text: string, start: number, end: number): boolean {
  return text.slice(start, end).split(' ').every((token) => token === '' || SHIFT_CODE.test(token));
}

/** Adds text[start, end) as a name's cell if it is one: see the header's decisions. */
function addName(text: string, codes: Uint16Array, start: number, end: number, found: Found): void {
  const bracket = text.indexOf('(', start);
  if (bracket !== -1 && bracket < end) end = bracket;
  while (end > start && codes[end - 1] === SPACE) end--;
  if (end === start || !isUpperCaseAt(text, codes, start)) return;
  const words = text.slice(start, end).split(' ').filter((word) => word !== '');
  if (words.length > MAX_NAME_WORDS || !words.every((word) => NAME_WORD.test(word))) return;
  let named = false;
  for (let wordStart = start; wordStart < end && !named;) {
    let wordEnd = wordStart;
    while (wordEnd < end && codes[wordEnd] !== SPACE && codes[wordEnd] !== DOT) wordEnd++;
    named = readsAsName(wordFlags(text, codes, wordStart, wordEnd), text, wordStart, wordEnd, MIN_NAME_LETTERS);
    wordStart = wordEnd + 1;
    while (wordStart < end && codes[wordStart] === SPACE) wordStart++;
  }
  if (named) addValue(text, codes, [start, end], found);
}

/** Adds each name of the cell text[start, end), names parted by '/', ',', '&' or "and". */
function addNames(text: string, codes: Uint16Array, start: number, end: number, found: Found): void {
  let partStart = start;
  for (const match of text.slice(start, end).matchAll(PART_SEPARATOR)) {
    addName(text, codes, partStart, start + match.index, found);
    partStart = start + match.index + match[0].length;
  }
  addName(text, codes, partStart, end, found);
}

/** Whether the piece text[start, end) holds ':' or '=': a legend's ("D = 0600-1800") or a field's, which ends a grid. */
const isLegendOrField = (codes: Uint16Array, start: number, end: number): boolean => {
  for (let index = start; index < end; index++) if (codes[index] === COLON || codes[index] === EQUALS_SIGN) return true;
  return false;
};

/** Adds the names of the grid row whose pieces are read: its label's if its cells are shift codes or `label` is PERSONAL, else its cells'. */
function readGridRow(text: string, codes: Uint16Array, label: number, found: Found): void {
  let allCodes = true;
  for (let index = 2; index < pieces.length && allCodes; index += 2) allCodes = isShiftCodes(text, pieces[index]!, pieces[index + 1]!);
  if (label === PERSONAL || allCodes) {
    addNames(text, codes, pieces[0]!, pieces[1]!, found);
  } else {
    for (let index = 2; index < pieces.length; index += 2) addNames(text, codes, pieces[index]!, pieces[index + 1]!, found);
  }
}

/**
 * If the line text[start, end), whose pieces are read (spaced-pieces.ts), heads a rota or a duty chart, adds its rows'
 * names to `found` and returns where the grid ends: the start of the first line after it that is no row (the text's
 * length if none). Returns -1 if it heads none.
 */
export function readDutyGrid(text: string, codes: Uint16Array, start: number, end: number, found: Found): number {
  const label = gridLabelOf(text, codes, start);
  if (label === 0) return -1;
  let lineStart = end + 1;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    readPieces(codes, lineStart, lineEnd);
    if (pieces.length > 0) {
      if (pieces.length < 4 || pieces[0]! - lineStart > DRIFT || isLegendOrField(codes, pieces[0]!, pieces[1]!)) return lineStart;
      readGridRow(text, codes, label, found);
    }
    lineStart = lineEnd + 1;
  }
  return text.length;
}
