// Multi-selects whose options have an order (the days of the week): a range between two options ("Monday to
// Friday", "Mon-Fri", "Fri through Sun") and a word standing for several ("weekdays", "every day") are read as the
// options they stand for, and a selection is said back with its runs joined ("Monday to Friday and Sunday").
import type { TemplateField } from '../template.ts';
import { keyAsWords } from '../wording.ts';
import { ROUND_WORDS } from './count-phrasings.ts';
import { stemWord, wordTokens } from './word-tokens.ts';

type MultiSelectField = Extract<TemplateField, { type: 'multi_select' }>;

interface Reader {
  /** Lower-cased option phrase (label, value, synonym) → option index. */
  indexByPhrase: Map<string, number>;
  /** A one-word option phrase as a word token ("mondays" → "monday") → option index. */
  indexByToken: Map<string, number>;
  range: RegExp | null;
  group: RegExp | null;
  valuesByGroupPhrase: Map<string, string[]>;
}

const RANGE_JOINERS = String.raw`\s*(?:-|–|—|to|through|thru|till|til|until)\s*`;
// "Friday night to Monday morning": a part of the day may follow either end of a range. From a night or evening to
// a morning is nights: the last is the night before the morning named (Friday, Saturday and Sunday nights).
const PARTS_OF_DAY = ['night', 'evening', 'morning', 'afternoon', 'daytime', 'lunchtime'];
const EVENING_START = /^(?:night|evening)/i;
const MORNING_END = /^morning/i;
const readers = new WeakMap<MultiSelectField, Reader>();

const escaped = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** Longest first, so "thurs" is tried before "thu". */
const alternation = (phrases: Iterable<string>): string => [...phrases].sort((left, right) => right.length - left.length).map(escaped).join('|');

function readerFor(field: MultiSelectField): Reader {
  let reader = readers.get(field);
  if (reader) return reader;
  const indexByPhrase = new Map<string, number>();
  field.options.forEach((option, index) => {
    for (const phrase of [option.label, keyAsWords(option.value), ...option.synonyms]) indexByPhrase.set(phrase.toLowerCase(), index);
  });
  const indexByToken = new Map<string, number>();
  for (const [phrase, index] of indexByPhrase) {
    const tokens = wordTokens(phrase);
    if (tokens.length === 1) indexByToken.set(tokens[0]!, index);
  }
  const valuesByGroupPhrase = new Map<string, string[]>();
  for (const group of field.groups) for (const phrase of group.phrases) valuesByGroupPhrase.set(phrase.toLowerCase(), group.values);
  const option = `(${alternation(indexByPhrase.keys())})s?`;
  const partOfDay = String.raw`(?:\s+(${PARTS_OF_DAY.map((part) => `${part}s?`).join('|')}))?`;
  reader = {
    indexByPhrase,
    indexByToken,
    range: field.ranges ? new RegExp(String.raw`\b${option}${partOfDay}${RANGE_JOINERS}${option}${partOfDay}\b`, 'gi') : null,
    group: valuesByGroupPhrase.size > 0 ? new RegExp(String.raw`\b(?:${alternation(valuesByGroupPhrase.keys())})\b`, 'gi') : null,
    valuesByGroupPhrase,
  };
  readers.set(field, reader);
  return reader;
}

/** The text with each range and group written out as the options' labels, for the option matcher to read. */
export function expandSelectionWords(field: MultiSelectField, text: string): string {
  if (!field.ranges && field.groups.length === 0) return text;
  const reader = readerFor(field);
  const labels = (indexes: number[]): string => ` ${indexes.map((index) => field.options[index]!.label).join(' and ')} `;
  let expanded = text;
  if (reader.range) {
    expanded = expanded.replace(reader.range, (whole, first: string, firstPart: string | undefined, last: string, lastPart: string | undefined) => {
      const from = reader.indexByPhrase.get(first.toLowerCase());
      const named = reader.indexByPhrase.get(last.toLowerCase());
      if (from === undefined || named === undefined) return whole;
      const nights = EVENING_START.test(firstPart ?? '') && MORNING_END.test(lastPart ?? '') && named !== from;
      const to = nights ? (named + field.options.length - 1) % field.options.length : named;
      const indexes: number[] = [];
      for (let index = from; ; index = (index + 1) % field.options.length) {
        indexes.push(index);
        if (index === to) break;
      }
      return labels(indexes);
    });
  }
  if (reader.group) {
    expanded = expanded.replace(reader.group, (phrase) => {
      const values = reader.valuesByGroupPhrase.get(phrase.toLowerCase().replace(/\s+/g, ' '));
      return values ? labels(values.map((value) => field.options.findIndex((option) => option.value === value))) : phrase;
    });
  }
  return expanded;
}

/**
 * Words that take the next run of options out ("closed on Sundays", "every day except Saturday and Sunday", "we
 * don't need cover at weekends"), a few words on at most and not past "also", "plus", "too"; "no" only right before
 * ("no weekends", but "no, just weekdays" means weekdays); and words that take out the run just before ("Sundays off").
 */
const EXCLUDES_NEXT = new Set(['except', 'excluding', 'but', 'not', 'dont', 'doesnt', 'never', 'without', 'closed', 'shut', 'apart', 'besides']);
// "we close on Sundays" (but "we close at 6pm on Fridays" closes nothing): a verb of closing reaches only past fillers.
const EXCLUDES_NEXT_ADJACENT = new Set(['no', 'close', 'closes', 'closing', 'shuts']);
const EXCLUDES_PREVIOUS = new Set(['off', 'closed', 'shut', 'excluded']);
const ENDS_EXCLUSION = new Set(['also', 'plus', 'too']);
/** "closed Sundays, not Saturdays": a contrast ends a run of excluded options, and a "not" right after them keeps the next. */
const CONTRASTS = new Set(['not', 'but']);
/** A negation right before a closing word cancels it: "we don't close on Sundays", "never shut at weekends". */
const NEGATIONS = new Set(['not', 'dont', 'doesnt', 'never', 'arent', 'isnt', 'wont', 'no']);
const CLOSING_WORDS = new Set(['close', 'closed', 'closing', 'shut', 'shuts', 'closes']);
const NEGATION_REACH = 2;
// "no cover on Sundays", "no guards at weekends": a denial reaches past words for the cover itself…
const COVER_WORDS = new Set(['cover', 'guard', 'security', 'staff', 'shift', 'officer', 'anyone', 'one', 'guarding'].map(stemWord));
// …but not past other things done on those days ("no patrols on Sundays", "we don't read meters at weekends").
const NOT_COVER = new Set([...ROUND_WORDS, ...['reading', 'meter', 'delivery', 'deliveries', 'visitor'].map(stemWord)]);
const ABOUT_OTHER = -2;
const EXCLUSION_REACH = 5;
/** Words that may sit between an excluding word and its options, or inside a run of options. */
const FILLERS = new Set(['on', 'at', 'over', 'the', 'for', 'from', 'than', 'and', 'or', 'nor', 'a', 'any', 'day', 'other']);

// "Saturday mornings", "half day on Saturday", "every day but only mornings on Sunday": a part of a day named with
// it. That day has cover (so an exclusion word never takes it out), for the hours every day of cover has.
const PART_DAY_WORDS = new Set([...PARTS_OF_DAY, 'half'].map(stemWord));
const PART_DAY_ON = new Set(['on', 'at']);
const PART_DAY_REACH = 3;

/** Whether the option at `position` has a part of the day said with it, right after it or before an "on"/"at" it follows. */
function namesPartOfDay(tokens: readonly string[], position: number): boolean {
  if (PART_DAY_WORDS.has(tokens[position + 1] ?? '')) return true;
  if (!PART_DAY_ON.has(tokens[position - 1] ?? '')) return false;
  for (let behind = position - 2; behind >= 0 && behind >= position - PART_DAY_REACH; behind--) if (PART_DAY_WORDS.has(tokens[behind]!)) return true;
  return false;
}

/** Whether an ordered reply names a part of some day ("Mon-Fri and Saturday mornings"): hours the answer cannot hold. */
export function saysPartOfDay(field: MultiSelectField, text: string): boolean {
  const tokens = wordTokens(expandSelectionWords(field, text));
  const reader = readerFor(field);
  return tokens.some((token, position) => reader.indexByToken.has(token) && namesPartOfDay(tokens, position));
}

/**
 * The options an ordered reply names, with those it excludes taken out; with only exclusions ("closed on
 * Sundays"), every other option — or, correcting an answer, the rest of `current`. Null when the reply names no
 * option (then "all"/"none" are read as usual).
 */
export function readOrderedSelection(field: MultiSelectField, text: string, current?: readonly string[]): string[] | null {
  return readOrderedTokens(field, wordTokens(expandSelectionWords(field, text)), current);
}

/** readOrderedSelection on the word tokens of the text already expanded. */
export function readOrderedTokens(field: MultiSelectField, tokens: readonly string[], current?: readonly string[]): string[] | null {
  const reader = readerFor(field);
  const optionAt = tokens.map((token) => reader.indexByToken.get(token));
  if (!optionAt.some((index) => index !== undefined)) return null;
  const excluded = new Set<number>();
  const included = new Set<number>();
  /** Options a negated closing word reaches: kept, and added to a correction's current answer. */
  const affirmed = new Set<number>();
  /** Options said of something other than the cover: neither kept nor taken out. */
  const ignored = new Set<number>();
  const excludeRun = (from: number, step: 1 | -1, into: Set<number> = excluded) => {
    for (let position = from; position >= 0 && position < tokens.length; position += step) {
      const option = optionAt[position];
      if (option !== undefined && !(into === excluded && namesPartOfDay(tokens, position))) into.add(position);
      else if (!FILLERS.has(tokens[position]!) && (!EXCLUDES_NEXT.has(tokens[position]!) || CONTRASTS.has(tokens[position]!))) break;
    }
  };
  /** Whether the options just before position (past fillers and contrasts) were taken out. */
  const followsExcluded = (position: number): boolean => {
    for (let behind = position - 1; behind >= 0; behind--) {
      if (optionAt[behind] !== undefined) return excluded.has(behind);
      if (!FILLERS.has(tokens[behind]!) && !CONTRASTS.has(tokens[behind]!)) return false;
    }
    return false;
  };
  /** Where the options an excluding word reaches start, or -1. */
  /** Where the options an excluding word reaches start; -1 if none, ABOUT_OTHER if it denies something else of them. */
  const reachedFrom = (position: number, adjacentOnly: boolean): number => {
    for (let ahead = position + 1; ahead < tokens.length && ahead <= position + EXCLUSION_REACH; ahead++) {
      if (optionAt[ahead] !== undefined) return ahead;
      const word = tokens[ahead]!;
      if (NOT_COVER.has(word)) return ABOUT_OTHER;
      if (adjacentOnly ? !FILLERS.has(word) && !COVER_WORDS.has(word) : ENDS_EXCLUSION.has(word)) return -1;
    }
    return -1;
  };
  /** "no patrols on Sundays": the options after a denial of something else are neither kept nor taken out. */
  const ignoreNext = (position: number): void => {
    for (let ahead = position + 1; ahead < tokens.length && ahead <= position + EXCLUSION_REACH + 2; ahead++) {
      if (optionAt[ahead] !== undefined) { excludeRun(ahead, 1, ignored); return; }
    }
  };
  const negatedClosing = (position: number): boolean => {
    for (let behind = position - 1; behind >= 0 && behind >= position - NEGATION_REACH; behind--) if (NEGATIONS.has(tokens[behind]!)) return true;
    return false;
  };
  tokens.forEach((token, position) => {
    // "every day, not just weekdays" adds; it takes nothing out.
    if (token === 'not' && (tokens[position + 1] === 'just' || tokens[position + 1] === 'only')) return;
    // "but not": the "not" says what is reached.
    if (token === 'but' && tokens[position + 1] === 'not') return;
    if (token === 'not' && followsExcluded(position)) {
      const reached = reachedFrom(position, false);
      if (reached >= 0) excludeRun(reached, 1, affirmed);
      return;
    }
    // "we don't close on Sundays": the negation and the closing word cancel out, and the days are kept.
    if (NEGATIONS.has(token) && CLOSING_WORDS.has(tokens[position + 1] ?? '')) return;
    if (CLOSING_WORDS.has(token) && negatedClosing(position)) {
      const reached = reachedFrom(position, false);
      if (reached >= 0) excludeRun(reached, 1, affirmed);
      else if (optionAt[position - 1] !== undefined) excludeRun(position - 1, -1, affirmed);
      return;
    }
    const reached = EXCLUDES_NEXT.has(token) ? reachedFrom(position, false) : EXCLUDES_NEXT_ADJACENT.has(token) ? reachedFrom(position, true) : -1;
    if (reached === ABOUT_OTHER) ignoreNext(position);
    else if (reached >= 0) excludeRun(reached, 1);
    else if (EXCLUDES_PREVIOUS.has(token) && optionAt[position - 1] !== undefined) excludeRun(position - 1, -1);
  });
  optionAt.forEach((option, position) => {
    if (option !== undefined && !excluded.has(position) && !affirmed.has(position) && !ignored.has(position)) included.add(option);
  });
  // Only days said of something else ("no patrols on Sundays"): the reply names no days of cover.
  if (ignored.size > 0 && included.size === 0 && excluded.size === 0 && affirmed.size === 0) return null;
  const removed = new Set([...excluded].map((position) => optionAt[position]!));
  const everything = current ? field.options.flatMap((option, index) => (current.includes(option.value) ? [index] : [])) : field.options.map((_, index) => index);
  // Kept days are not a choice of their own: "we don't close on Sundays" alone means every day.
  const base = included.size > 0 ? included : new Set(everything);
  for (const position of affirmed) base.add(optionAt[position]!);
  return field.options.map((option, index) => (base.has(index) && !removed.has(index) ? option.value : null)).filter((value): value is string => value !== null);
}

const listed = (parts: string[]): string => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0] ?? '');

/**
 * The chosen options of an ordered field in words: three or more in a row are said as a range ("Monday to
 * Friday"), and all of them as the group naming them all ("every day"), if there is one.
 */
export function describeSelection(field: Pick<MultiSelectField, 'options' | 'groups'>, values: readonly string[]): string {
  const chosen = field.options.map((option, index) => ({ option, index })).filter(({ option }) => values.includes(option.value));
  if (chosen.length === field.options.length) {
    const everything = field.groups.find((group) => group.values.length === field.options.length);
    if (everything) return everything.phrases[0]!;
  }
  // A week goes round: "Sun-Thu" is Sunday to Thursday, not Monday to Thursday and Sunday.
  const count = field.options.length;
  if (chosen.length > 0 && chosen[0]!.index === 0 && chosen.at(-1)!.index === count - 1) {
    let trailing = chosen.length - 1;
    while (trailing > 0 && chosen[trailing - 1]!.index === chosen[trailing]!.index - 1) trailing--;
    chosen.unshift(...chosen.splice(trailing));
  }
  const parts: string[] = [];
  for (let start = 0; start < chosen.length;) {
    let end = start;
    while (end + 1 < chosen.length && chosen[end + 1]!.index === (chosen[end]!.index + 1) % count) end++;
    if (end - start >= 2) parts.push(`${chosen[start]!.option.label} to ${chosen[end]!.option.label}`);
    else for (let index = start; index <= end; index++) parts.push(chosen[index]!.option.label);
    start = end + 1;
  }
  return listed(parts);
}
