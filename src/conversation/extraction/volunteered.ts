// Picks up answers the user gave before being asked ("hospital, open 24/7 with
// three shifts"): only unambiguous, high-confidence hits on non-PII fields.
import { mergeNumberWords, wordsToNumber } from '../number-words.ts';
import type { NumberToken } from '../number-words.ts';
import { assumedAnswer, isApplicable } from '../question-flow.ts';
import type { AnswerValue, Answers, Template, TemplateField, TimeRange } from '../template.ts';
import { bestOption, customForExplicitHours, namedAsPartOfSite, readSelection, saidAsBesides } from './choice-answer.ts';
import { isNegated, negatedOptions } from './option-matcher.ts';
import { readOrderedSelection } from './ordered-selection.ts';
import { MAX_REPLY_CHARS } from './extraction-result.ts';
import { addsBasement, countByKind, countSaidOtherwise, countsHeadcount, countsWholeTeam, findCuedNumbers, namesCount, numberSetAfterCue, RELATIVE_WORDS, relativeCount, scaleOf, withHoursWrittenOut, withoutJudgedNumbers, withoutPastClauses, withoutRotas } from './integer-answer.ts';
import { countPerShiftUnnamed, countsPerNamedShift, ROUND_WORDS, shiftsNamed, STAFF_ROLES } from './count-phrasings.ts';
import { extractText } from './text-answer.ts';
import { saysUnsure } from './suggestion.ts';
import { extractContact } from './contact-answer.ts';
import { countPerAnswer, countsPerAnswer, guardsOnOneShift, roundsForPartOfDay, roundsPerShift, shiftsFromLength } from './counts-from-answers.ts';
import { coveredWindow } from '../recommendation/shift-plan.ts';
import { nearestRangeReading, parseTimeChange, parseTimeRange } from './time-range-answer.ts';
import { countedByDay, type CountedByDay } from './staffing-by-day.ts';
import { clausesOf, findPhrase, isRoundTheClockDigit, saysAdding, saysAnyCue, stemWord, withoutFillers, wordTokens, type TokenSpan } from './word-tokens.ts';

/** An answer found unasked; `field` is the field key. */
export interface VolunteeredAnswer { field: string; value: AnswerValue; confidence: number }

interface Candidate extends VolunteeredAnswer {
  span: TokenSpan | null;
  /** An answer this one needs to apply, taken with it: business hours moved at one end become custom hours. */
  requires?: VolunteeredAnswer;
}

/** Below this a volunteered reading is ignored: asking later costs less than a wrong answer. */
export const MIN_VOLUNTEERED_CONFIDENCE = 0.8;

// "two guards at night and one during the day", "the night shift": a word for a part of the day just after a count,
// or before "shift", names a shift being staffed, not the hours of cover ("cover at night" still is).
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['night', 'day', 'evening', 'morning', 'afternoon', 'overnight'].map(stemWord));
const STAFFED_PART_REACH = 3;
const SHIFT_WORD = stemWord('shift');
const GUARD_WORD = stemWord('guards');
const HOUR_WORD = stemWord('hours');
const ROTA_NAMES: ReadonlySet<string> = new Set(['early', 'late', 'earlies', 'lates'].map(stemWord));
const TIMES_WORD = stemWord('times');

const PER_WEEK = ['a week', 'per week', 'each week', 'every week'].map(wordTokens);

function namesStaffedShift(tokens: readonly string[], span: TokenSpan): boolean {
  if (span.end - span.start !== 1 || !PARTS_OF_DAY.has(tokens[span.start]!)) return false;
  // "the night shift should have fewer people"
  if (tokens[span.end] === SHIFT_WORD) return true;
  // "7 nights a week": how many nights are covered, not people on a shift.
  if (PER_WEEK.some((words) => words.every((word, offset) => tokens[span.end + offset] === word))) return false;
  // "fewer guards at night": more or fewer people then, not when the site is covered.
  const before = tokens.slice(Math.max(0, span.start - STAFFED_PART_REACH), span.start);
  if (before.some((token) => STAFF_ROLES.has(token)) && tokens.some((token) => RELATIVE_WORDS.has(token))) return true;
  for (let index = span.start - 1; index >= 0 && index >= span.start - STAFFED_PART_REACH; index--) {
    // "4 times a night" counts rounds in the night, not people on a shift.
    if (tokens[index] === TIMES_WORD || ROUND_WORDS.has(tokens[index]!)) return false;
    // "24/7, just nights": round the clock is no count of people.
    if (isRoundTheClockDigit(tokens, index)) continue;
    if (wordsToNumber(tokens[index]!) !== null) return true;
  }
  return false;
}

// "patrols need to be more frequent at night", "meters read in the morning": a part of the day said of the rounds or
// the readings is when they happen, not when the site needs cover.
const DONE_WORDS: ReadonlySet<string> = new Set([...ROUND_WORDS, ...['meter', 'read', 'reading'].map(stemWord)]);
const OVERNIGHT = stemWord('overnight');

function namesWhenDone(tokens: readonly string[], span: TokenSpan): boolean {
  if (span.end - span.start !== 1 || !(PARTS_OF_DAY.has(tokens[span.start]!) || tokens[span.start] === OVERNIGHT)) return false;
  return tokens.some((token) => DONE_WORDS.has(token));
}

/** `correcting`: the reply may change this enum's answer, which it does only by saying what the site is. */
function enumCandidate(field: Extract<TemplateField, { type: 'enum' }>, text: string, tokens: readonly string[], correcting: boolean): Candidate | null {
  const best = bestOption(field, text, tokens);
  const named = best && 'match' in best ? best : null;
  if (named && namesStaffedShift(tokens, named.match.span)) return null;
  // "we also have a car park": a kind of place the site has besides, not what it is (hours have no such sense).
  const custom = field.options.find((option) => option.value === 'custom');
  if (named && !named.main && !custom && saidAsBesides(tokens, named.match)) return null;
  // "the office closes at 6" to a warehouse's proposal: the warehouse's office, not a change of kind.
  if (named && correcting && !custom && namedAsPartOfSite(tokens, named.match)) return null;
  if (named && !namesWhenDone(tokens, named.match.span)) {
    // "cover weekdays 6pm to 6am" is custom hours, as it is in reply to the hours question.
    const customHours = customForExplicitHours(field, text, tokens, named.match);
    if (customHours) return { field: field.key, value: customHours.value, confidence: 0.85, span: null };
    return { field: field.key, value: named.match.value, confidence: 0.9, span: named.match.span };
  }
  // Explicit hours are custom hours, also beside words for two other options ("a night watchman, 6pm to 7am weekdays").
  if (custom && parseTimeRange(text)?.explicit) return { field: field.key, value: custom.value, confidence: 0.85, span: null };
  return null;
}

/**
 * "reduce the checkpoints to 12", "shifts: 2, guards: 3": a correction naming the count before its number
 * (numberSetAfterCue), if in range. Read clause by clause first ("2, guards" is no "2 guards"), then across
 * clauses ("the checkpoints are too many, make it 12").
 */
function countSetAfterCue(field: Extract<TemplateField, { type: 'integer' }>, text: string): Candidate | null {
  for (const said of [...clausesOf(text), text]) {
    const value = numberSetAfterCue(field, mergeNumberWords(wordTokens(said)));
    if (value !== null) return value >= field.min && value <= field.max ? { field: field.key, value, confidence: 0.85, span: null } : null;
  }
  return null;
}

/** Words that say rounds per day are patrol rounds ("we patrol four times a day"), not meter readings. */
const PATROL_WORDS = ['patrol', 'round', 'tour', 'walk'];

const AND_A_HALF = ['and', 'a', 'half'];
const halfAfter = (tokens: readonly NumberToken[], at: number): boolean => AND_A_HALF.every((word, offset) => tokens[at + offset]?.word === word);
/** "every hour and a half", "every 2 hours and a half": hours with a half more, no whole number of hours. */
const saysHoursAndAHalf = (tokens: readonly NumberToken[]): boolean =>
  tokens.some((token, index) => (token.word === HOUR_WORD || token.value !== null) && halfAfter(tokens, index + 1));

function integerCandidate(field: Extract<TemplateField, { type: 'integer' }>, said: string, saidTokens: readonly string[], answers: Answers, template: Template): Candidate | null {
  // "we used to have 3 guards but now just 2", "a team of 10 guards": neither is the guards on each shift now.
  // "every 3 hrs": hours written out.
  const text = withHoursWrittenOut(withoutRotas(withoutPastClauses(said)));
  const tokens = text === said ? saidTokens : wordTokens(text);
  // "make it 3 guards on nights" with two shifts a day: one shift's number, not every shift's.
  if (countsWholeTeam(field, text) || guardsOnOneShift(field, text, answers) !== null || roundsForPartOfDay(field, text, answers) !== null) return null;
  // "the shifts should be 12 hours": shifts by their length, over the hours of cover answered.
  const byLength = shiftsFromLength(field, text, answers);
  if (byLength !== null) return byLength.ok ? { field: field.key, value: byLength.value, confidence: byLength.confidence, span: null } : null;
  // "10 guards is too few": a number judged is no number to set.
  const merged = withoutJudgedNumbers(mergeNumberWords(tokens));
  if (stemWord(field.unit ?? '') === HOUR_WORD && saysHoursAndAHalf(merged)) return null;
  // "make it 4 on each shift": a number per shift, of nothing named, is the guards on each; "two per shift plus a dog
  // handler" is 3, not one more than the answer.
  const eachShift = stemWord(field.unit ?? '') === GUARD_WORD ? countPerShiftUnnamed(merged) : null;
  if (eachShift !== null) {
    const guards = countByKind(field, merged, true) ?? eachShift;
    return Number.isInteger(guards) && guards >= field.min && guards <= field.max ? { field: field.key, value: guards, confidence: 0.85, span: null } : null;
  }
  // "one more guard", "double the guards": a change from the answer; with no answer to change, nothing ("one" is
  // not the count).
  const change = relativeCount(field, merged);
  const factor = change === null ? scaleOf(field, merged) : null;
  if (change !== null || factor !== null) {
    const current = answers[field.key];
    const changed = typeof current !== 'number' ? null : factor !== null ? current * factor : current + change!;
    return changed !== null && Number.isInteger(changed) && changed >= field.min && changed <= field.max ? { field: field.key, value: changed, confidence: 0.85, span: null } : null;
  }
  // "earlies, lates and nights": shifts named by rota names, which name nothing but shifts ("day and night" is the cover).
  if (stemWord(field.unit ?? '') === SHIFT_WORD && merged.some((token) => ROTA_NAMES.has(token.word))) {
    const named = shiftsNamed(merged);
    if (named !== null && named >= 2 && named >= field.min && named <= field.max) return { field: field.key, value: named, confidence: 0.85, span: null };
  }
  // "patrol twice a shift", "4 times a night": rounds over the shifts or the night of cover, answered or in this reply.
  const perShift = roundsPerShift(field, text, answers);
  if (perShift !== null) return perShift.ok ? { field: field.key, value: perShift.value, confidence: perShift.confidence, span: null } : null;
  // "4 floors plus a basement" is 5, said back with what else was noted.
  const basement = addsBasement(field, text) ? 1 : 0;
  const frequency = field.cues.some((cue) => cue.startsWith('every #'));
  const otherwise = !frequency || tokens.some((token) => PATROL_WORDS.includes(token)) ? countSaidOtherwise(field, merged) : null;
  if (otherwise !== null) return { field: field.key, value: otherwise, confidence: 0.85, span: null };
  const wordStart: number[] = [];
  let position = 0;
  for (const token of merged) { wordStart.push(position); position += token.word.split(' ').length; }
  wordStart.push(position);
  // "2 guards on days and 1 on nights": asked by the staff question, which says why, rather than taken as 2.
  if (countsPerNamedShift(merged).length > 1) return null;
  const cued = findCuedNumbers(field, merged);
  const values = new Set(cued.map((hit) => hit.value));
  // "5 checkpoints per floor", "checkpoints should be 3 per floor": counted per floor (or building) answered, as in
  // reply to the count's own question; one that cannot be worked out is no count of the whole.
  if (values.size <= 1 && namesCount(field, merged)) {
    const perAnswer = countPerAnswer(field, text, answers, template);
    if (perAnswer !== null) return perAnswer.ok ? { field: field.key, value: perAnswer.value, confidence: 0.85, span: null } : null;
    if (countsPerAnswer(field, text, template)) return null;
  }
  if (values.size !== 1) return null;
  const hit = cued[0]!;
  if (countsHeadcount(field, merged, hit)) return null;
  // "two and a half floors": a half more than the number, which is not to be set rounded down.
  if (merged[hit.span.end - 1]?.value !== null && halfAfter(merged, hit.span.end)) return null;
  const value = hit.value + basement;
  if (!Number.isInteger(value) || value < field.min || value > field.max) return null;
  // "1 main building plus a small annex": the number is one kind's, not the count; asked later rather than misread.
  // Kinds in other clauses are not counted with it: "a warehouse in Leeds …, 3 buildings" is the site, then its buildings.
  const clause = clausesOf(text).map((each) => mergeNumberWords(wordTokens(each))).find((each) => findCuedNumbers(field, each).some((found) => found.value === hit.value));
  const byKind = countByKind(field, clause ?? merged);
  if (byKind !== null && byKind !== hit.value) return null;
  return { field: field.key, value, confidence: basement === 0 ? 0.9 : 0.85, span: { start: wordStart[hit.span.start]!, end: wordStart[hit.span.end]! } };
}

// "cover", "open", "manned", "guards on site": words that say when the site is guarded, not what is done there.
const COVER_WORDS: ReadonlySet<string> = new Set(['cover', 'covered', 'open', 'opens', 'manned', 'staffed', 'guarded', 'security', ...STAFF_ROLES].map(stemWord));

/** Whether the words say when the site is guarded and nothing of patrols or rounds ("guards patrol daily"). */
const saysCover = (tokens: readonly string[]): boolean =>
  tokens.some((token) => COVER_WORDS.has(token)) && !tokens.some((token) => ROUND_WORDS.has(token));

/**
 * Days said in passing are often about something else ("meters are read every Monday"): an ordered selection is
 * taken unasked only in reply to the question that decides whether it is asked ("when does the site need cover?"
 * → "Mon-Fri 8 to 6"), or as a correction.
 */
function multiSelectCandidate(field: Extract<TemplateField, { type: 'multi_select' }>, text: string, tokens: readonly string[], correcting: boolean, answering: string | undefined, current: AnswerValue | undefined): Candidate | null {
  if (field.ranges && !correcting && (answering === undefined || field.ask_if?.field !== answering)) return null;
  // "add gas", "drop the vehicle one": a correction that adds or removes names the options without the field's word.
  // "we don't have gas", "there's no gas on site": an answered option denied, without the field's word.
  const deniesAnswered = correcting && Array.isArray(current) && !field.ranges && negatedOptions(field, tokens).some((value) => current.includes(value));
  const changesList = correcting && (saysAdding(tokens) || saysRemoving(tokens) || swapSaid(text) !== null || deniesAnswered);
  // Said with the hours ("open 7am to 10pm every day"), a group of days ("every day", "daily") names the days too. In
  // a correction only when it says the cover ("we need cover every day"): "patrol every 2 hours daily" is about the patrols.
  const namesGroup = field.ranges && (!correcting || saysCover(tokens)) && (field.groups ?? []).some((group) => group.phrases.some((phrase) => findPhrase(tokens, wordTokens(phrase)).length > 0));
  if (!saysAnyCue(field.cues, tokens) && !changesList && !namesGroup) return null;
  // A correction is read against the answer it corrects: "we're closed on Fridays" closes Friday of the days given.
  const answered = correcting && Array.isArray(current) ? current : undefined;
  let values: string[] | null;
  if (field.ranges) values = readOrderedSelection(field, text, answered);
  else {
    const swapped = answered ? swappedOptions(field, text, answered) : null;
    if (swapped !== null) return { field: field.key, value: swapped, confidence: 0.85, span: null };
    const selection = readSelection(field, text);
    values = selection?.kind === 'listed' ? selection.values : null;
    // "no registers needed", "we don't keep any meters": none, unasked or in a correction, when the field's own word
    // is denied ("no, the meters are fine" denies nothing).
    if (values === null && field.allow_none && !saysUnsure(text) && deniesCue(field, text)) return { field: field.key, value: [], confidence: 0.85, span: null };
    // "we don't need the water meter", "no vehicle log needed": a correction naming options only to deny them takes them out.
    const denied = answered && values === null ? negatedOptions(field, tokens) : [];
    if (answered && denied.length > 0) return { field: field.key, value: answered.filter((value) => !denied.includes(value)), confidence: 0.85, span: null };
  }
  if (!values || values.length === 0) return null;
  // "drop the water meter, add gas", "add gas and drop water": each part takes out or adds its options; a part
  // without either word does what the one before it did ("drop the water and gas meters").
  if (answered && !field.ranges && saysAdding(tokens) && saysRemoving(tokens)) {
    const chosen = new Set(answered);
    let removing = false;
    for (const part of clausesOf(text).flatMap((clause) => clause.split(JOINED_PART))) {
      const partTokens = wordTokens(part);
      if (saysRemoving(partTokens)) removing = true;
      else if (saysAdding(partTokens)) removing = false;
      const named = readSelection(field, part);
      if (named?.kind === 'listed') for (const value of named.values) if (removing) chosen.delete(value); else chosen.add(value);
    }
    return { field: field.key, value: field.options.map((option) => option.value).filter((value) => chosen.has(value)), confidence: 0.85, span: null };
  }
  // "we also read the gas meter", "Saturdays too": added to the answer, not instead of it.
  if (answered && saysAdding(tokens)) {
    const chosen = new Set([...answered, ...values]);
    values = field.options.map((option) => option.value).filter((value) => chosen.has(value));
  } else if (answered && saysRemoving(tokens)) {
    // "remove the electricity meter", "we no longer keep a key register": taken out of the answer.
    const removed = new Set(values);
    values = answered.filter((value) => !removed.has(value));
  }
  return { field: field.key, value: values, confidence: 0.85, span: null };
}

/** Whether one of the field's cue words is said negated in a clause ("no registers", "we don't keep any meters"). */
function deniesCue(field: TemplateField, text: string): boolean {
  return clausesOf(text).map((clause) => wordTokens(clause))
    .some((tokens) => field.cues.some((cue) => findPhrase(tokens, wordTokens(cue)).some((span) => isNegated(tokens, span))));
}

// Compared with stemmed tokens, so stemmed too.
const JOINED_PART = /\s+(?:and|but|then)\s+/i;
const REMOVAL_PHRASES = ['remove', 'removed', 'drop', 'dropped', 'delete', 'take out', 'take off', 'get rid of', 'scrap', 'no longer'].map(wordTokens);
const saysRemoving = (tokens: readonly string[]): boolean => REMOVAL_PHRASES.some((phrase) => findPhrase(tokens, phrase).length > 0);

/**
 * The options a correction takes out that the answer does not have: "remove the key register" when only visitors
 * are answered. Empty when it takes out nothing, or only options the answer has.
 */
export function absentOptionsRemoved(field: TemplateField, text: string, current: AnswerValue | undefined): string[] {
  if (field.type !== 'multi_select' || field.ranges || !Array.isArray(current)) return [];
  const tokens = wordTokens(text);
  const denied = negatedOptions(field, tokens);
  const named = saysRemoving(tokens) ? readSelection(field, text) : null;
  const removed = named?.kind === 'listed' ? named.values : denied;
  return removed.filter((value) => !current.includes(value));
}

// "swap the water meter for gas", "replace water with gas", "change the water meter to gas"; "gas instead of water".
// They read the text with each run of blanks made one space: with "\s+" around ".+?", a run of blanks split many ways,
// and a reply with long runs and a line break (which "." does not cross) was retried every way — minutes per reply.
const SWAP = /\b(?:swap|switch|replace|change) (.+?) (?:for|with|to) (.+)$/i;
const INSTEAD = /^(.+?) instead of (.+)$/i;

/** The words a swap takes out and puts in, or null if the text says no swap. */
function swapSaid(reply: string): { out: string; in: string } | null {
  const text = reply.replace(/\s+/g, ' ');
  const swap = SWAP.exec(text);
  if (swap) return { out: swap[1]!, in: swap[2]! };
  const instead = INSTEAD.exec(text);
  return instead ? { out: instead[2]!, in: instead[1]! } : null;
}

/** The answer with the options a swap takes out replaced by those it puts in, or null if it names none of each. */
function swappedOptions(field: Extract<TemplateField, { type: 'multi_select' }>, text: string, answered: readonly string[]): string[] | null {
  const said = swapSaid(text);
  const out = said ? readSelection(field, said.out) : null;
  const put = said ? readSelection(field, said.in) : null;
  if (out?.kind !== 'listed' || put?.kind !== 'listed' || out.values.length === 0 || put.values.length === 0) return null;
  return field.options.map((option) => option.value)
    .filter((value) => put.values.includes(value) || (answered.includes(value) && !out.values.includes(value)));
}

const namePatternCache = new WeakMap<string[], RegExp[]>();
// "the site name is wrong, it's North Wing": the name said wrong first, then the right one.
const WRONG_WORDS = String.raw`(?:wrong|incorrect|not right|not correct|misspelt|misspelled|spelt wrong|spelled wrong|a typo)`;
const SAID_WRONG_FIRST = String.raw`(?:${WRONG_WORDS}\s*[,.;:–—-]*\s*(?:(?:it|that)\s+)?(?:should\s+(?:be|read|say)\s+)?)?`;
// "we're called out at night", "the site is named after the river": "called" or "named" as a verb, then no name.
const VERB_PARTICLE_FIRST = /^(?:out|in|back|off|up|over|on|for|to|by|after|at|about|upon)\b/i;
/** "the site name is wrong" names no new name: the question is asked again (answer-corrections' fieldSaidWrong). */
const ONLY_SAID_WRONG = new RegExp(String.raw`^\s*${WRONG_WORDS}\s*$`, 'i');

/** Per cue: the cue, then the name up to the end of the clause (compiled once per template field). */
function namePatterns(field: Extract<TemplateField, { type: 'text' }>): RegExp[] {
  let patterns = namePatternCache.get(field.cues);
  if (!patterns) {
    patterns = field.cues.map((cue) => new RegExp(String.raw`\b${cue.replace(/['’]/g, "['’]")}\s+${SAID_WRONG_FIRST}([^.,;!?\n]+)`, 'i'));
    namePatternCache.set(field.cues, patterns);
  }
  return patterns;
}

/**
 * A name said with its cue ("the site is called Riverside Plant"), up to the end of the clause. Only read
 * as a correction: unasked, a free-text answer would swallow the rest of the reply.
 */
function textCandidate(field: Extract<TemplateField, { type: 'text' }>, text: string): Candidate | null {
  for (const pattern of namePatterns(field)) {
    const found = pattern.exec(text);
    const named = found && !ONLY_SAID_WRONG.test(found[1]!) && !VERB_PARTICLE_FIRST.test(found[1]!) ? extractText(field, found[1]!) : null;
    if (!found || !named?.ok) continue;
    // The cue and the name as a token span, so an option word inside the name ("Riverside Plant") is no answer.
    const start = wordTokens(text.slice(0, found.index)).length;
    return { field: field.key, value: named.value, confidence: 0.85, span: { start, end: start + wordTokens(found[0]).length } };
  }
  return null;
}

// "a warehouse in Leeds called Northgate DC", "an office block in Manchester (Canary House)": a kind of place, where
// it is, then its name in capitals.
const PLACE_WORDS = ['site', 'premises', 'location', 'place'];
// "an office block", "a warehouse unit": a word for the place after its kind.
const PLACE_NOUNS = ['block', 'building', 'site', 'complex', 'unit', 'park', 'estate', 'centre', 'center'];
const PLACE_NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|the|and|on|upon|&)\s+)?(?:\p{Lu}[\p{L}\p{N}'’&.-]*|\d+))*`;
const CAPITALISED_NAME = new RegExp(String.raw`^${PLACE_NAME}`, 'u');
const namedAfterCache = new WeakMap<Template, Map<string, RegExp>>();

function namedAfterPattern(template: Template, field: Extract<TemplateField, { type: 'text' }>): RegExp | null {
  const kinds = template.fields.find((each) => each.key === field.named_after);
  if (kinds?.type !== 'enum') return null;
  let patterns = namedAfterCache.get(template);
  if (!patterns) namedAfterCache.set(template, patterns = new Map());
  let pattern = patterns.get(field.key);
  if (!pattern) {
    const phrases = [...PLACE_WORDS, ...kinds.options.flatMap((option) => [option.label, ...option.synonyms])]
      .filter((phrase) => /^[\p{L} ]+$/u.test(phrase)).map((phrase) => phrase.toLowerCase()).sort((left, right) => right.length - left.length);
    pattern = new RegExp(String.raw`\b(?:${phrases.join('|')})s?(?:\s+(?:${PLACE_NOUNS.join('|')})s?)?\s+(?:(?:in|at|on|near|off)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:(?:called|named|known as)\s+(?:the\s+)?(${PLACE_NAME})|\((${PLACE_NAME})\))`, 'iu');
    patterns.set(field.key, pattern);
  }
  return pattern;
}

/**
 * A name said unasked after the kind of place it is ("we have a warehouse in Leeds called Northgate DC"), when the
 * field is `named_after` that kind. Not in the reply's first clause when answering another name ("a hospital called
 * St Mary's" to the organisation question names the organisation).
 */
function namedAfterKind(template: Template, field: Extract<TemplateField, { type: 'text' }>, text: string, answering: string | undefined): Candidate | null {
  const pattern = field.named_after === undefined ? null : namedAfterPattern(template, field);
  const found = pattern?.exec(text);
  if (!found) return null;
  const name = found[1] ?? found[2]!;
  // The capitals only: /i lets \p{Lu} match any letter, so the name is cut where a lower-case word starts.
  const capitalised = CAPITALISED_NAME.exec(name)?.[0];
  if (capitalised === undefined) return null;
  if (template.fields.find((each) => each.key === answering)?.type === 'text' && found.index < clausesOf(text)[0]!.length) return null;
  // The name's own span, so an option word inside it ("Riverside Hospital") is no answer; the kind before it still is.
  const nameAt = found.index + found[0].length - name.length - (found[1] === undefined ? ')'.length : 0);
  const start = wordTokens(text.slice(0, nameAt)).length;
  const named = extractText(field, text.slice(nameAt, nameAt + capitalised.length));
  return named.ok ? { field: field.key, value: named.value, confidence: 0.85, span: { start, end: start + wordTokens(capitalised).length } } : null;
}

/**
 * A time range unasked must be unambiguous ("7am to 7pm"): "8 to 6" said in passing could be anything. Said in
 * answer to the question that decides whether this range is asked ("when does the site need cover?" → "Mon-Fri
 * 8 to 6"), it is the hours, read as the range question itself reads them, rather than asked for again.
 */
function timeRangeCandidate(field: Extract<TemplateField, { type: 'time_range' }>, text: string, answering: string | undefined, correcting: boolean, answers: Answers): Candidate | null {
  // "cover should start at 7pm": one end of the hours answered, moved. Business hours moved ("we need cover till
  // 8pm") are custom hours from then on: 09:00–20:00.
  const answered = answers[field.key];
  const controlling = field.ask_if?.field;
  const fromBusinessHours = !isTimeRange(answered) && controlling !== undefined && answers[controlling] === 'business_hours';
  const current = isTimeRange(answered) ? answered : fromBusinessHours ? coveredWindow('business_hours') ?? undefined : undefined;
  const parsed = parseTimeRange(text);
  const moved = !parsed && correcting && current ? parseTimeChange(text, current) : null;
  if (moved) {
    const requires = fromBusinessHours && controlling ? { field: controlling, value: field.ask_if!.in[0]!, confidence: 0.85 } : undefined;
    return { field: field.key, value: moved, confidence: 0.85, span: null, requires };
  }
  // Several spans ("6am to 10am and 4pm to 8pm"), or a short one that may be misread ("7 to 8"), are asked about,
  // where the question says what it heard.
  if (!parsed || parsed.several || parsed.longerReadings) return null;
  if (parsed.explicit) return { field: field.key, value: parsed.range, confidence: 0.9, span: null };
  // "make it 8 to 6" correcting the hours: each end read nearest the end it replaces, as a moved end is.
  const near = correcting && current ? nearestRangeReading(parsed.range, text, current) : null;
  if (near) {
    const requires = fromBusinessHours && controlling ? { field: controlling, value: field.ask_if!.in[0]!, confidence: 0.85 } : undefined;
    return { field: field.key, value: near, confidence: 0.85, span: null, requires };
  }
  return answering !== undefined && field.ask_if?.field === answering ? { field: field.key, value: parsed.range, confidence: MIN_VOLUNTEERED_CONFIDENCE, span: null } : null;
}

// "change the contact to Sam Lee, 07700 900456": the new contact details follow the words that say so.
const CONTACT_CHANGE = /\bcontact(?:\s+(?:person|details))?\s+(?:to|is now|should be|will be|is|now)\s+(\S.*)$/i;

function contactCandidate(field: Extract<TemplateField, { type: 'contact' }>, text: string): Candidate | null {
  const said = CONTACT_CHANGE.exec(text);
  const contact = said ? extractContact(said[1]!) : null;
  return contact?.ok ? { field: field.key, value: contact.value, confidence: contact.confidence, span: null } : null;
}

function candidateFor(template: Template, field: TemplateField, text: string, tokens: readonly string[], correcting: boolean, answering: string | undefined, answers: Answers): Candidate | null {
  // A correction is read against the answer it corrects, or the one assumed ("add Saturday" to round-the-clock cover).
  const current = answers[field.key] ?? assumedAnswer(field, answers);
  switch (field.type) {
    case 'enum': return enumCandidate(field, text, tokens, correcting && answers[field.key] !== undefined);
    // A correction's "shifts: 2, guards: 3" first: read as "<number> <word>", "2 guards" would run across the comma.
    case 'integer': return (correcting ? countSetAfterCue(field, text) : null) ?? integerCandidate(field, text, tokens, answers, template);
    case 'multi_select': return multiSelectCandidate(field, text, tokens, correcting, answering, current);
    case 'time_range': return timeRangeCandidate(field, text, answering, correcting, answers);
    case 'text': return correcting ? textCandidate(field, text) : namedAfterKind(template, field, text, answering);
    // Contacts are PII: taken when asked, or changed by a correction that says so.
    case 'contact': return correcting ? contactCandidate(field, text) : null;
    case 'boolean': return null;
  }
}

const isTimeRange = (value: AnswerValue | undefined): value is TimeRange => typeof value === 'object' && value !== null && 'start_minute' in value;

/** Whether two answer values are the same answer (a list in the same order, a range with the same ends). */
export const sameValue = (value: AnswerValue, other: AnswerValue | undefined): boolean => other !== undefined && JSON.stringify(value) === JSON.stringify(other);

/**
 * Whether a candidate is read from a number of guards or shifts said for some days ("weekends only need one guard"):
 * the days of cover, that count, or an hours option named by a day word ("weekdays" is business hours).
 */
function readFromCountByDay(template: Template, field: TemplateField, candidate: Candidate, tokens: readonly string[], counted: CountedByDay): boolean {
  if (isDaysField(field)) return true;
  // "6pm-6am weekdays, 24 hours at weekends": neither span is the hours, nor is round the clock.
  if (counted === 'cover') return field.type === 'time_range' || controlsDays(template, field);
  if (field.type === 'integer') return field.unit !== undefined && stemWord(field.unit.toLowerCase()) === stemWord(counted);
  return field.type === 'enum' && namedByDayWords(template, candidate, tokens);
}

/** Whether an enum candidate was named by day words alone ("weekdays" is a synonym of business hours). */
function namedByDayWords(template: Template, candidate: Candidate, tokens: readonly string[]): boolean {
  if (candidate.span === null) return false;
  const dayWords = new Set(template.fields.flatMap((each) => (each.type === 'multi_select' && each.ranges ? each.cues.flatMap(wordTokens) : [])));
  return tokens.slice(candidate.span.start, candidate.span.end).every((token) => dayWords.has(token));
}

const isDaysField = (field: TemplateField): boolean => field.type === 'multi_select' && field.ranges === true;

/** Whether the field is the kind of hours, the answer the days of cover are asked after. */
export const controlsDays = (template: Template | undefined, field: TemplateField): boolean =>
  field.type === 'enum' && (template?.fields.some((other) => isDaysField(other) && other.ask_if?.field === field.key) ?? false);

/** "weekends" to the hours question: the days are kept, though asked only once the hours they depend on are answered. */
const daysBeforeTheirHours = (field: TemplateField, answering: string | undefined, known: Answers): boolean =>
  isDaysField(field) && answering !== undefined && field.ask_if?.field === answering && known[answering] === undefined;

/** A hit inside a longer hit for another field ("office" inside "office hours") is not an answer. */
function shadowed(candidate: Candidate, all: readonly Candidate[]): boolean {
  const span = candidate.span;
  if (!span) return false;
  return all.some((other) => other !== candidate && other.span !== null && other.span.start <= span.start && other.span.end >= span.end
    && other.span.end - other.span.start > span.end - span.start);
}

/**
 * Answers to unanswered fields found in `text`, in template order, each only if
 * the field applies given `answers` plus the answers found before it. With
 * `includeAnswered` answered fields are read too: a correction ("3 shifts, not 2").
 * `answering` is the key of the question the text was the reply to, if any.
 */
export function extractVolunteered(template: Template, fullText: string, answers: Answers,
  { includeAnswered = false, answering }: { includeAnswered?: boolean; answering?: string } = {}): VolunteeredAnswer[] {
  const text = withoutFillers(fullText.slice(0, MAX_REPLY_CHARS));
  const tokens = wordTokens(text);
  const fields = template.fields.filter((field) => includeAnswered || answers[field.key] === undefined);
  const read: Array<Candidate | null> = [];
  let unnamed = tokens;
  for (const field of fields) {
    // Days said with the hours ("24 hours Monday to Saturday"), and clock times said with custom hours ("actually
    // it's weekdays 8 till 6"), are read as in reply to the hours question.
    const controlling = isDaysField(field) || field.type === 'time_range' ? field.ask_if?.field : undefined;
    const withControlling = controlling !== undefined && read.some((candidate) => candidate?.field === controlling) ? controlling : answering;
    const candidate = field.type === 'integer' ? null : candidateFor(template, field, text, unnamed, includeAnswered, withControlling, answers);
    read.push(candidate);
    // The words of a name read are not read again for what they name: "the Old Mill" is no mill for the kind of site.
    const span = field.type === 'text' ? candidate?.span : null;
    if (span) unnamed = unnamed.map((token, index) => (index >= span.start && index < span.end ? '' : token));
  }
  // Counts worked out from other answers use those the reply gives instead, counts before them included: "24/7 on
  // 12 hour shifts" is 2 shifts, and "3 shifts, patrol twice a shift" a round every 4 hours.
  const withReply: Answers = { ...answers };
  for (const candidate of read) if (candidate) withReply[candidate.field] = candidate.value;
  const candidates = fields
    .map((field, index) => {
      if (field.type !== 'integer') return read[index]!;
      const counted = candidateFor(template, field, text, tokens, includeAnswered, answering, withReply);
      if (counted && counted.confidence >= MIN_VOLUNTEERED_CONFIDENCE) withReply[field.key] = counted.value;
      return counted;
    })
    .filter((candidate): candidate is Candidate => candidate !== null && candidate.confidence >= MIN_VOLUNTEERED_CONFIDENCE);
  const found: VolunteeredAnswer[] = [];
  const known: Answers = { ...answers };
  const byDay = countedByDay(text);
  const daysRead = candidates.some((candidate) => isDaysField(template.fields.find((each) => each.key === candidate.field)!));
  for (const candidate of candidates) {
    if (shadowed(candidate, candidates)) continue;
    const field = template.fields.find((each) => each.key === candidate.field)!;
    if (byDay !== null && readFromCountByDay(template, field, candidate, tokens, byDay)) continue;
    // "weekdays only" to round-the-clock cover: the days change, not the kind of hours answered.
    if (answers[field.key] !== undefined && field.type === 'enum' && daysRead && namedByDayWords(template, candidate, tokens)) continue;
    if (candidate.requires && !isApplicable(template, field, known)) {
      known[candidate.requires.field] = candidate.requires.value;
      found.push(candidate.requires);
    }
    if (!isApplicable(template, field, known) && !daysBeforeTheirHours(field, answering, known)) continue;
    // "24/7" names every day, which round-the-clock cover assumes already: nothing new to take.
    if (known[field.key] === undefined && sameValue(candidate.value, assumedAnswer(field, known))) continue;
    known[candidate.field] = candidate.value;
    found.push({ field: candidate.field, value: candidate.value, confidence: candidate.confidence });
  }
  return found;
}
