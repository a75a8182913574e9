// Enum and multi-select answers: option synonyms by whole word, "all of them",
// "none", "everything except gas", and a time range read as the `custom` option.
import type { TemplateField } from '../template.ts';
import { derived, extracted, notExtracted, type ExtractionResult } from './extraction-result.ts';
import { matchOptions, type OptionMatch } from './option-matcher.ts';
import { parseTimeRange } from './time-range-answer.ts';
import type { ParsedTimeRange } from './time-range-answer.ts';
import { clausesOf, findPhrase, saysAnyCue, stemWord, wordTokens, type TokenSpan } from './word-tokens.ts';
import { describeSelection, expandSelectionWords, readOrderedTokens, saysPartOfDay } from './ordered-selection.ts';
import { keyAsWords } from '../wording.ts';
import { saysUnsure } from './suggestion.ts';

type EnumField = Extract<TemplateField, { type: 'enum' }>;
type MultiSelectField = Extract<TemplateField, { type: 'multi_select' }>;

const ALL_PHRASES = [['all'], ['everything'], ['every', 'one'], ['the', 'lot'], ['each', 'of', 'them']];
const NONE_PHRASES = [['none'], ['no'], ['nothing'], ['neither'], ['not', 'any'], ['dont'], ['do', 'not'], ['nil'], ['n', 'a'], ['na'], ['not', 'applicable']];
// Words that, opening a reply, are its answer whatever follows ("none, it's all metered remotely"); not "no" or
// "don't", which open other things ("no, all of them", "don't know").
const OPENING_NONE = new Set(['none', 'nothing', 'nil']);
const EXCLUSION_PHRASES = [['except'], ['excluding'], ['apart', 'from'], ['other', 'than'], ['but', 'not'], ['but', 'no']];

function containsAny(tokens: readonly string[], phrases: readonly string[][]): boolean {
  return phrases.some((phrase) => findPhrase(tokens, phrase).length > 0);
}

function optionList(field: { options: ReadonlyArray<{ label: string }> }): string {
  return field.options.map((option) => option.label).join(', ');
}

// Of two options named, the main one: "mostly a warehouse", "a warehouse mainly" (just before or after it),
// or the other one is what the site has besides ("a warehouse with a small office", "plus some offices").
const MAIN_WORDS = new Set(['mostly', 'mainly', 'primarily', 'largely', 'predominantly', 'chiefly', 'principally', 'main']);
const BESIDES_WORDS = new Set(['with', 'plus', 'including', 'also']);
// "a retail park with 12 units and a big car park": named after "and", the longer name is the second thing too.
const SECOND_THING_WORDS = new Set([...BESIDES_WORDS, 'and']);
const MAIN_WORD_REACH = 2;
const BESIDES_WORD_REACH = 3;

function saidAround(tokens: readonly string[], match: OptionMatch, words: ReadonlySet<string>, before: number, after: number): boolean {
  const around = [...tokens.slice(Math.max(0, match.span.start - before), match.span.start), ...tokens.slice(match.span.end, match.span.end + after)];
  return around.some((token) => words.has(token));
}

/**
 * Whether the words around a match say it is what the site has besides: "we also have a car park" before it,
 * "a car park too" or "a car park as well" after it.
 */
export const saidAsBesides = (tokens: readonly string[], match: OptionMatch): boolean => saidAround(tokens, match, BESIDES_WORDS, BESIDES_WORD_REACH, 0)
  || tokens[match.span.end] === 'too' || (tokens[match.span.end] === 'as' && tokens[match.span.end + 1] === 'well');

const REFERRING_WORDS = new Set(['the', 'our', 'your', 'their', 'this', 'that', 'my']);
const HAVING_WORDS = new Set(['have', 'has', 'got', 'with', 'plus', 'including', 'also']);
const BEING_WORDS = new Set(['its', 'is', 'was', 'be', 'actually', 'really', 'not']);

/**
 * Whether a kind is named as a thing at the site rather than as what the site is: after "the", "our" … ("the office
 * closes at 6", "reception is in the office block"; but "it's the office" says what it is), or after "have", "got"
 * … ("we have an office on site").
 */
export function namedAsPartOfSite(tokens: readonly string[], match: OptionMatch): boolean {
  let at = match.span.start - 1;
  if (REFERRING_WORDS.has(tokens[at] ?? '')) return !BEING_WORDS.has(tokens[at - 1] ?? '');
  if (tokens[at] === 'a' || tokens[at] === 'an') at -= 1;
  return HAVING_WORDS.has(tokens[at] ?? '');
}

/** The one tied option the reply says is the main one, or null. */
function mainOption(tokens: readonly string[], tie: readonly OptionMatch[]): OptionMatch | null {
  const main = tie.filter((match) => saidAround(tokens, match, MAIN_WORDS, MAIN_WORD_REACH, 1));
  if (main.length === 1) return main[0]!;
  if (main.length > 1) return null;
  const notBesides = tie.filter((match) => !saidAround(tokens, match, BESIDES_WORDS, BESIDES_WORD_REACH, 0));
  return notBesides.length === 1 ? notBesides[0]! : null;
}

const DAY_QUALIFIERS = new Set(['weekday', 'weekend', 'week', 'day'].map(stemWord));
// Said together, with nothing between ("weekdays, nights too" names two things).
const DAY_BEFORE_PART = /\bweek\s?(?:days?|ends?)\s+(?:nights?|evenings?|overnight)\b/i;

/**
 * "weekday nights": a day word right before another option's words says on which days that option's hours are,
 * so it is no option of its own ("weekdays" alone is business hours).
 */
function withoutDayQualifiers(tokens: readonly string[], matches: OptionMatch[]): OptionMatch[] {
  return matches.filter((match) => !(tokens.slice(match.span.start, match.span.end).every((token) => DAY_QUALIFIERS.has(token))
    && matches.some((other) => other.value !== match.value && other.span.start === match.span.end)));
}

/** The single best option mentioned (`main`: chosen of a tie as the one said to be the main one), or why there is none. */
export function bestOption(field: EnumField, text: string, tokens: readonly string[]): { match: OptionMatch; main?: true } | { tie: OptionMatch[] } | null {
  const found = matchOptions(field, tokens);
  const matches = (DAY_BEFORE_PART.test(text) ? withoutDayQualifiers(tokens, found) : found).sort((a, b) => b.score - a.score);
  if (matches.length === 0) return null;
  const top = matches.filter((match) => match.score === matches[0]!.score);
  if (top.length === 1) {
    // "a hospital with a car park", "a retail park and a big car park": a longer name for what the site has besides
    // does not outrank what it is.
    const principal = matches.filter((match) => !saidAround(tokens, match, SECOND_THING_WORDS, BESIDES_WORD_REACH, 0));
    return principal.length === 1 && principal[0] !== top[0] ? { match: principal[0]!, main: true } : { match: top[0]! };
  }
  const main = mainOption(tokens, top);
  return main ? { match: main, main: true } : { tie: top };
}

/**
 * "weekdays 7:30am - 4pm": unambiguous hours say more than a word for a standard schedule ("weekdays", "office
 * hours"), unless the option was matched by those very hours ("9am to 5pm"). The field's `custom` option then.
 * Hours that only begin with the option's own ("9-5:30", "nine to five thirty") are other hours: custom too.
 */
export function customForExplicitHours(field: EnumField, text: string, tokens: readonly string[], match: { value: string; span: TokenSpan }): EnumField['options'][number] | undefined {
  const custom = field.options.find((option) => option.value === 'custom');
  if (!custom || match.value === custom.value) return undefined;
  const said = parseTimeRange(text);
  if (!said) return undefined;
  // Matched by hours: by digits ("9-5", tokens "9" "5") or by hours in words ("nine to five").
  const matched = tokens.slice(match.span.start, match.span.end);
  const matchedByHours = matched.some((token) => /\d/.test(token)) || parseTimeRange(matched.join(' ')) !== null;
  const option = field.options.find((each) => each.value === match.value);
  const ownHours = (option?.synonyms ?? []).map((synonym) => parseTimeRange(synonym)?.range).filter((range) => range !== undefined);
  const isOwnHours = ownHours.some((range) => range.start_minute === said.range.start_minute && range.end_minute === said.range.end_minute);
  if (!matchedByHours && said.explicit) return custom;
  // "weekdays 8 till 6": hours without am or pm beside the word are other hours than its own only when they read as
  // a working day; "office hours, 3 to 4 patrols a day" gives no hours.
  if (!matchedByHours && !readsAsWorkingDay(said)) return undefined;
  return ownHours.length === 0 || isOwnHours ? undefined : custom;
}

const EARLIEST_WORKING_DAY_START = 5 * 60;
const LATEST_WORKING_DAY_START = 12 * 60;
const SHORTEST_WORKING_DAY = 4 * 60;

/** Whether hours read from times without am or pm are one clear span of a working day: from 5am to noon, 4 hours or more. */
function readsAsWorkingDay(said: ParsedTimeRange): boolean {
  const { start_minute: start, end_minute: end } = said.range;
  return said.longerReadings === undefined && said.several === undefined
    && start >= EARLIEST_WORKING_DAY_START && start <= LATEST_WORKING_DAY_START && end - start >= SHORTEST_WORKING_DAY;
}

export function extractEnum(field: EnumField, text: string): ExtractionResult {
  const tokens = wordTokens(text);
  const best = bestOption(field, text, tokens);
  const custom = field.options.find((option) => option.value === 'custom');
  if (best && 'match' in best) {
    const { match } = best;
    const customHours = customForExplicitHours(field, text, tokens, match);
    if (customHours) return extracted(customHours.value, 0.85, customHours.label);
    // Chosen of two named: said back, so "a warehouse with an office" read as Warehouse can be put right.
    if (best.main) return derived(extracted(match.value, 0.8, match.label));
    const confidence = match.exact ? 0.98 : tokens.length <= match.score + 3 ? 0.9 : 0.8;
    return extracted(match.value, confidence, match.label);
  }
  // Explicit hours beside words for two options ("nights, 6pm to 7am weekdays") are custom hours all the same.
  if (best && custom && parseTimeRange(text)?.explicit) return extracted(custom.value, 0.85, custom.label);
  if (best) {
    const labels = best.tie.map((match) => match.label);
    return notExtracted('ambiguous', `That could be ${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}. Which one fits best?`);
  }
  // Any enum offering a `custom` option takes a spelled-out time range as that choice ("7am to 7pm").
  const range = custom ? parseTimeRange(text) : null;
  if (custom && range) return extracted(custom.value, range.explicit ? 0.85 : 0.7, custom.label);
  return notExtracted('no_match', `I couldn’t match that to one of: ${optionList(field)}.`);
}

const IN_GENERAL = /\b(?:utility|utilities|usual|normal|standard|main|various|different|the)\s+(?:ones?|meters?|registers?|logs?|books?)\b|\butilit(?:y|ies)\b/i;

/** A bare "but" excludes only right after "all" ("all but gas", "everything but the generator", "all of them but keys"). */
const ALL_ENDINGS = new Set(ALL_PHRASES.map((phrase) => phrase.at(-1)!));

function splitAtExclusion(tokens: readonly string[]): { kept: string[]; excluded: string[] } {
  for (let index = 0; index < tokens.length; index += 1) {
    const phrase = EXCLUSION_PHRASES.find((candidate) => candidate.every((word, offset) => tokens[index + offset] === word));
    if (phrase) return { kept: tokens.slice(0, index), excluded: tokens.slice(index + (phrase[0] === 'but' ? 1 : phrase.length)) };
    if (tokens[index] === 'but' && ALL_ENDINGS.has(tokens[index - 1] ?? '')) return { kept: tokens.slice(0, index), excluded: tokens.slice(index + 1) };
  }
  return { kept: [...tokens], excluded: [] };
}

// "the water is on the landlord", "the tenant reads gas": options another party looks after are not asked for.
const OTHER_PARTIES = new Set(['landlord', 'tenant', 'contractor', 'supplier', 'council', 'utility', 'agent', 'client'].map(stemWord));
const ONLY = new Set(['only', 'just', 'solely']);

// "the landlord reads them", "the tenant handles all meter readings", "it's all on the landlord", "read by the tenant".
const PARTY_DOES = new Set(['read', 'reads', 'handle', 'handles', 'does', 'do', 'take', 'takes', 'look', 'looks', 'deal', 'deals', 'manage', 'manages', 'sort', 'sorts'].map(stemWord));
const PARTY_DOES_WITHIN = 2;
const ON_OR_BY = new Set(['on', 'by']);

/** Whether another party is said to do what is asked: its word, then a doing word, or after "on" or "by" (the). */
function saysAnotherPartyDoes(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!OTHER_PARTIES.has(token)) return false;
    const before = tokens[index - 1] === 'the' ? tokens[index - 2] : tokens[index - 1];
    return ON_OR_BY.has(before ?? '') || tokens.slice(index + 1, index + 1 + PARTY_DOES_WITHIN).some((next) => PARTY_DOES.has(next));
  });
}

/** Whether the words name another party, other than as one of the field's options ("contractors" sign in as visitors). */
function namesOtherParty(field: MultiSelectField, tokens: readonly string[]): boolean {
  return tokens.some((token) => OTHER_PARTIES.has(token) && matchOptions(field, [token]).length === 0);
}

// "gas, but the landlord reads it": words for what the clause before named.
const NAMED_BEFORE = new Set(['it', 'them', 'that', 'those', 'both']);

/**
 * The clauses of a list that count: those not about another party, and of them, if some say "only" or "just" of the
 * options they name ("electric only, the water is on the landlord"), those alone. The whole text when there is
 * one clause or no clause names an option. `theirs`: the options said to be another party's to do ("electric and
 * gas, the landlord does the gas"). Null when every option named is ("the landlord reads the gas", "gas, but the
 * landlord reads it").
 */
function clausesThatChoose(field: MultiSelectField, text: string): { text: string; theirs: ReadonlySet<string> } | null {
  const all = clausesOf(text).map((clause) => ({ clause, tokens: wordTokens(expandSelectionWords(field, clause)) }));
  const namesOption = all.map(({ tokens }) => matchOptions(field, tokens).length > 0);
  const theirs = new Set<number>();
  all.forEach(({ tokens }, index) => {
    if (namesOption[index] && saysAnotherPartyDoes(tokens)) theirs.add(index);
    else if (!namesOption[index] && namesOption[index - 1] === true && saysAnotherPartyDoes(tokens) && tokens.some((token) => NAMED_BEFORE.has(token))) theirs.add(index - 1);
  });
  const clauses = all.filter((_, index) => namesOption[index]);
  if (clauses.length > 0 && clauses.every((clause) => theirs.has(all.indexOf(clause)))) return null;
  const theirOptions = new Set([...theirs].flatMap((index) => matchOptions(field, all[index]!.tokens).map((match) => match.value)));
  if (clauses.length < 2) return { text, theirs: theirOptions };
  const own = clauses.filter((clause) => !theirs.has(all.indexOf(clause)) && !namesOtherParty(field, clause.tokens));
  const only = own.filter(({ tokens }) => tokens.some((token) => ONLY.has(token)));
  return { text: (only.length > 0 ? only : own).map(({ clause }) => clause).join(', '), theirs: theirOptions };
}

/** Options chosen in a multi-select reply, in template order; `all`/`none` when the reply said so. */
export function readSelection(field: MultiSelectField, text: string): { values: string[]; kind: 'listed' | 'all' | 'none' | 'another_party' | 'contradictory' } | null {
  const ordered = field.ranges ? readOrderedTokens(field, wordTokens(expandSelectionWords(field, text))) : null;
  if (ordered) return { values: ordered, kind: 'listed' };
  const chosen = field.ranges ? { text, theirs: new Set<string>() } : clausesThatChoose(field, text);
  if (chosen === null) return { values: [], kind: 'another_party' };
  const tokens = wordTokens(expandSelectionWords(field, chosen.text));
  const { kept, excluded } = splitAtExclusion(tokens);
  const listed = new Set(matchOptions(field, kept).map((match) => match.value));
  const removed = new Set(excluded.length > 0 ? matchOptions(field, excluded.filter((word) => word !== 'not' && word !== 'no')).map((match) => match.value) : []);
  for (const value of chosen.theirs) removed.add(value);
  const inOrder = (chosen: (value: string) => boolean) => field.options.map((option) => option.value).filter(chosen);
  if (listed.size > 0) return { values: inOrder((value) => listed.has(value) && !removed.has(value)), kind: 'listed' };
  // No option named, and another party does them all: none for the guards.
  if (!field.ranges && saysAnotherPartyDoes(kept)) return { values: [], kind: 'another_party' };
  const withoutAtAll = kept.filter((word, index) => !(word === 'all' && kept[index - 1] === 'at'));
  const saysAll = containsAny(withoutAtAll, ALL_PHRASES);
  const saysNone = containsAny(kept, NONE_PHRASES);
  // "none, it's all metered remotely": a reply that opens with "none" means none; the "all" after it is about something else.
  // So does "no" before the field's own word: "no meters, it's all smart metered".
  const opensWithNone = OPENING_NONE.has(kept[0] ?? '') || (kept[0] === 'no' && field.cues.some((cue) => wordTokens(cue)[0] === kept[1]));
  if (saysAll && saysNone && !opensWithNone) return { values: [], kind: 'contradictory' };
  if (saysNone && opensWithNone) return { values: [], kind: 'none' };
  if (saysAll) return { values: inOrder((value) => !removed.has(value)), kind: 'all' };
  if (saysNone) return { values: [], kind: 'none' };
  return null;
}

// Items of a listed reply ("water, gas, and a heat meter") and the words that name nothing in them.
const LIST_SEPARATOR = /[,;&+]|\b(?:and|plus|or|also)\b/i;
const NAMES_NO_ITEM = new Set([
  'a', 'an', 'the', 'we', 'our', 'i', 'it', 'its', 'have', 'has', 'got', 'keep', 'use', 'read', 'do', 'just', 'only', 'both', 'too',
  'well', 'as', 'one', 'main', 'some', 'there', 'is', 'are', 'think', 'please', 'thanks', 'thank', 'you', 'ok', 'yes', 'yeah', 'sure',
  'that', 'those', 'these', 'them', 'of', 'all', 'for', 'with', 'on', 'at', 'in', 'to', 'be', 'need', 'want', 'should', 'each',
  'every', 'daily', 'weekly', 'monthly', 'site', 'building', 'guard', 'out', 'up', 'off',
].map(stemWord));
const NEGATING = new Set(['not', 'no', 'never', 'without', 'except', 'excluding', 'but', 'apart', 'nor', 'dont', 'neither']);

// "weekends and bank holidays": days that are no day of the week are left out of days of cover, with a word saying so.
const HOLIDAYS = /\b(?:holidays?|christmas|easter|new year)\b/i;

/** Whether a listed reply also names something that is none of the field's options (it is left out). */
function namesOtherItems(field: MultiSelectField, text: string): boolean {
  const cueWords = new Set(field.cues.flatMap((cue) => wordTokens(cue)));
  return text.split(LIST_SEPARATOR).some((item) => {
    const tokens = wordTokens(item);
    if (tokens.some((token) => NEGATING.has(token)) || matchOptions(field, tokens).length > 0) return false;
    return tokens.some((token) => !NAMES_NO_ITEM.has(token) && !cueWords.has(token) && /\p{L}/u.test(token));
  });
}

/** Whether the words say which field they are about: one of its cues, or one of its options. */
function mentions(field: MultiSelectField, tokens: readonly string[]): boolean {
  return saysAnyCue(field.cues, tokens) || matchOptions(field, tokens).length > 0;
}

const ALTERNATE_DAYS = /\b(?:every (?:other|second|third) (?:day|week(?:end)?)|alternate (?:days|weeks|weekends)|on alternate)\b/i;

/**
 * `others` are the template's other multi-selects: "we don't keep any meters" said to the registers question is
 * about meters, not a "none" for registers, and "all of the meters" is not "all registers".
 */
export function extractMultiSelect(field: MultiSelectField, text: string, others: readonly MultiSelectField[] = []): ExtractionResult {
  const selection = readSelection(field, text);
  if (selection && (selection.kind === 'none' || selection.kind === 'all')) {
    const tokens = wordTokens(text);
    const about = mentions(field, tokens) ? undefined : others.find((other) => saysAnyCue(other.cues, tokens));
    if (about) return notExtracted('ambiguous', `That sounds like the ${keyAsWords(about.key)}. ${field.prompt} ${field.help}`);
  }
  // "we keep a fire register": one of the field's kind that none of its options is. "utility meters", "the usual
  // registers": the kind in general, which names none of them.
  if (!selection && !field.ranges && saysAnyCue(field.cues, wordTokens(text))) {
    const labels = field.options.map((option) => option.label);
    const offered = `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)} ${keyAsWords(field.key)}`;
    if (IN_GENERAL.test(text)) return notExtracted('ambiguous', `Which ones? I can set up ${offered}.`);
    return notExtracted('unsupported', `That isn’t one I can set up: I can set up ${offered}. Which of those${field.allow_none ? ', if any' : ''}?`);
  }
  // "every other day", "alternate weekends": days that change from week to week, which a weekly list cannot hold
  // (read as they are, "alternate weekends" would be every weekend).
  if (field.ranges && ALTERNATE_DAYS.test(text)) {
    return notExtracted('unsupported', `Days that change from week to week can’t be set; name the days of a usual week, like “Monday, Wednesday and Friday”.`);
  }
  if (!selection) return notExtracted('no_match', `I couldn’t match that to any of: ${optionList(field)} — or say ${field.allow_none ? '“none” or ' : ''}“all of them”.`);
  // "no idea", "don't know": not knowing is not "none".
  if (selection.kind === 'none' && saysUnsure(text)) {
    return notExtracted('no_match', `If you’re not sure, name the ones you know of from: ${optionList(field)}${field.allow_none ? ' — or say “none” if none apply' : ''}.`);
  }
  if (selection.kind === 'contradictory') return notExtracted('ambiguous', 'I heard both “all” and “none”. Which ones apply?');
  if (selection.values.length === 0 && !field.allow_none) {
    return notExtracted('out_of_range', `Please pick at least one of: ${optionList(field)}.`);
  }
  const confidence = selection.kind === 'listed' ? 0.9 : 0.85;
  // "the landlord reads them" is none, which it does not say: said back.
  if (selection.values.length === 0) return selection.kind === 'another_party' ? derived(extracted([], confidence, 'none')) : extracted([], confidence, 'none');
  const labels = field.ranges ? describeSelection(field, selection.values) : field.options.filter((option) => selection.values.includes(option.value)).map((option) => option.label).join(', ');
  const result = extracted(selection.values, confidence, labels);
  const leftOut = field.ranges ? HOLIDAYS.test(text) : namesOtherItems(field, text);
  if (selection.kind === 'listed' && leftOut) return { ...result, left_out: true };
  return selection.kind === 'listed' && field.ranges && saysPartOfDay(field, text) ? { ...result, part_days: true } : result;
}
