// The built-in `rules` answer extractor: reads one field's answer from the
// user's text, deterministically and offline.
import type { Answers, Template, TemplateField } from '../template.ts';
import { extractBoolean } from './boolean-answer.ts';
import { extractEnum, extractMultiSelect } from './choice-answer.ts';
import { extractContact } from './contact-answer.ts';
import { derived, MAX_REPLY_CHARS, notExtracted, type ExtractionResult } from './extraction-result.ts';
import { correctOptionTypos } from './typo-tolerance.ts';
import { optionPhraseTokens } from './option-matcher.ts';
import { BY_DAY_MESSAGE, countedByDay } from './staffing-by-day.ts';
import { extractInteger, withHoursWrittenOut } from './integer-answer.ts';
import { extractText, NEED_A_NAME, sameNameAsAnswered, UPPER_CASE } from './text-answer.ts';
import { controlsDays, extractVolunteered } from './volunteered.ts';
import { findPhrase, stemWord, withoutFillers, wordTokens } from './word-tokens.ts';
import { helpRequestKind } from './help-request.ts';
import { SMALL_TALK_REPLY, smallTalkKind } from './small-talk.ts';
import { saysUnsure, suggestedAnswer } from './suggestion.ts';
import { deferralFailure, movingAboutMessage, saysDeferred } from './deferral.ts';
import { countPerAnswer, guardsOnOneShift, roundsAtTimes, roundsForPartOfDay, roundsPerShift, shiftsFromLength, teamsNotShifts } from './counts-from-answers.ts';
import { extractTimeRange } from './time-range-answer.ts';

export type { ExtractionFailure, ExtractionFailureReason, ExtractionResult, ExtractionSuccess } from './extraction-result.ts';
export { validateAnswerValue, type AnswerValidation } from './answer-value-validator.ts';
export { absentOptionsRemoved, extractVolunteered, sameValue, type VolunteeredAnswer } from './volunteered.ts';
export { formatTimeRange, parseTimeRange } from './time-range-answer.ts';

export { answersNothing, MAX_REPLY_CHARS } from './extraction-result.ts';

/** What else the reader may know: the template the field belongs to (its other fields' cue words). */
export interface ExtractionContext { answers?: Answers; template?: Template }

/**
 * Reads `field`'s answer from `text`. With `context.template`, a number said of another field ("3 buildings",
 * when the floors were asked) is not taken for this one.
 */
export function extractAnswer(field: TemplateField, text: string, context?: ExtractionContext): ExtractionResult {
  const reply = withoutFillers(text.slice(0, MAX_REPLY_CHARS));
  if (reply.trim().length === 0) return notExtracted('empty', 'I didn’t catch an answer.');
  const smallTalk = smallTalkKind(reply);
  if (smallTalk !== null) return notExtracted('small_talk', SMALL_TALK_REPLY[smallTalk]);
  const movingAbout = movingAboutMessage(field, reply);
  if (movingAbout !== null) return notExtracted('unsupported', movingAbout);
  // "no idea", "what do you suggest?": a count Intake can suggest is suggested (before "what …?" reads as asking back).
  const suggested = field.type === 'integer' && saysUnsure(reply) ? suggestedAnswer(field, context?.answers) : null;
  if (suggested) return suggested;
  // Not for names: "Next" is a company, and a name field already takes no "skip" or "tbc" as a name.
  if (field.type !== 'text' && saysDeferred(reply)) return deferralFailure(field);
  // A question back is not an answer, even where any text would do (names); a yes/no question that reads as an
  // answer ("is 24/7 ok?") is one.
  const asking = helpRequestKind(reply);
  const helpRequested = (): ExtractionResult => notExtracted('help_requested', `That reads as a question rather than an answer. ${field.help}`);
  if (asking === 'asks') return helpRequested();
  // "two per floor", "12-hour shifts": worked out from the floors or the hours answered.
  const fromAnswers = field.type === 'integer'
    ? countPerAnswer(field, reply, context?.answers, context?.template) ?? shiftsFromLength(field, reply, context?.answers) ?? teamsNotShifts(field, reply)
      ?? roundsForPartOfDay(field, reply, context?.answers) ?? roundsPerShift(field, reply, context?.answers) ?? roundsAtTimes(field, reply)
      ?? guardsOnOneShift(field, reply, context?.answers)
    : null;
  if (fromAnswers) return fromAnswers;
  // "weekends only need one guard" to the days question: days named for a count, not as the days of cover; and
  // "6pm-6am weekdays, 24 hours at weekends" to the days or the hours: hours that differ by day.
  const asksDays = field.type === 'multi_select' && field.ranges === true;
  const asksHours = field.type === 'time_range' || controlsDays(context?.template, field);
  const byDay = asksDays || asksHours ? countedByDay(reply) : null;
  if (byDay !== null && (asksDays || byDay === 'cover')) return notExtracted('unsupported', `${BY_DAY_MESSAGE[byDay]} ${field.prompt}`);
  // "same as the company" to the site's name: the organisation's name.
  const sameName = field.type === 'text' && context?.template ? sameNameAsAnswered(context.template, field, reply, context.answers) : null;
  if (sameName) return sameName;
  const result = readSaidInstead(field, reply, context?.template) ?? readPastTypos(field, reply, extractReply(field, reply, context?.template), context?.template);
  // The name cut from a longer reply may itself be a count ("one guard, 7pm to 7am, … Leeds" → "one guard"). A count
  // elsewhere in the reply ("northgate logistics we have a depot that needs 2 guards") is kept for its own question.
  if (result.ok && field.type === 'text' && context?.template
    && givesCountOrTimes(context.template, field, String(result.value), context.answers)) {
    return notExtracted('no_match', NEED_A_NAME);
  }
  // A name field reads anything, so a yes/no question is an answer there only when a name was picked out of it ("can
  // you set up a site for Lakeside Leisure?").
  if (asking === 'may_ask' && (!result.ok || (field.type === 'text' && result.derived !== true))) return helpRequested();
  return result;
}

// The answers a name never is: "3 shifts" or "7am to 7pm" to "what do you call this site?" answers a question still
// to come (the conversation keeps it). Only in lower case: "Tower 3" and "24 Hour Fitness" are names, and so may
// be a bare "hospital" ("what kind of site" is asked next anyway).
const COUNT_OR_TIMES: ReadonlySet<TemplateField['type']> = new Set(['integer', 'time_range']);

function givesCountOrTimes(template: Template, field: TemplateField, reply: string, answers: Answers = {}): boolean {
  if (UPPER_CASE.test(reply)) return false;
  return extractVolunteered(template, reply, answers, { includeAnswered: true, answering: field.key })
    .some((found) => COUNT_OR_TIMES.has(template.fields.find((each) => each.key === found.field)!.type))
    || template.fields.some((other) => ((other.type === 'multi_select' && other.ranges) || controlsDays(template, other)) && saysOnly(other, reply));
}

// Words said around an answer that add nothing to it: "weekends only", "monday to friday".
const LINKING_WORDS = new Set(['only', 'just', 'to', 'and', 'through', 'till', 'until', 'from', 'every', 'on', 'the', 'a', 'all'].map(stemWord));
const phrasesCache = new WeakMap<TemplateField, string[][]>();

/** The phrases a choice field's answers are said in: its options, their synonyms, its groups of options and its cues. */
function phrasesOf(field: Extract<TemplateField, { type: 'enum' | 'multi_select' }>): string[][] {
  let phrases = phrasesCache.get(field);
  if (phrases) return phrases;
  const said = [...field.cues, ...(field.type === 'multi_select' ? field.groups.flatMap((group) => group.phrases) : [])];
  phrases = [...optionPhraseTokens(field), ...said.map((phrase) => wordTokens(phrase)).filter((words) => words.length > 0)];
  phrasesCache.set(field, phrases);
  return phrases;
}

/** Whether `reply` is nothing but an answer to `field` ("weekends only" to the days, "24/7" to the hours; not "sunday school"). */
function saysOnly(field: TemplateField, reply: string): boolean {
  if (field.type !== 'enum' && field.type !== 'multi_select') return false;
  const words = wordTokens(reply);
  const covered = words.map((word) => LINKING_WORDS.has(word));
  for (const phrase of phrasesOf(field)) {
    for (const span of findPhrase(words, phrase)) for (let index = span.start; index < span.end; index++) covered[index] = true;
  }
  return words.length > 0 && covered.every(Boolean) && extractAnswer(field, reply).ok;
}

/** A guess at a misspelt choice is worth less than a choice spelt out: below what a volunteered answer needs. */
const TYPO_CONFIDENCE = 0.75;

/** "warehose" to a choice question: matched once its misspelt option words are corrected, marked derived so it is said back. */
function readPastTypos(field: TemplateField, reply: string, read: ExtractionResult, template: Template | undefined): ExtractionResult {
  if (field.type !== 'enum' && field.type !== 'multi_select') return read;
  // Not read, said to be none the field offers ("vehical log"), or read with a word left out ("visiters and keyes").
  const mayBeTypo = read.ok ? read.left_out === true : read.reason === 'no_match' || read.reason === 'unsupported';
  if (!mayBeTypo) return read;
  const corrected = correctOptionTypos(field, reply);
  const reread = corrected === null ? null : extractReply(field, corrected, template);
  if (!reread?.ok || (read.ok && Array.isArray(read.value) && Array.isArray(reread.value) && reread.value.length <= read.value.length)) return read;
  return derived({ ...reread, confidence: Math.min(reread.confidence, TYPO_CONFIDENCE) });
}

// "business hours, actually no, 24/7", "an office - sorry, a warehouse", "four guards, make that five", "3, no wait, 2":
// an answer taken back for the one said after it. "No" alone only set off by punctuation ("a warehouse, no offices",
// "2 guards, no more than 3" take nothing back), or between two numbers ("4 no 5").
const TAKEN_BACK_CONFIDENCE = 0.85;
const TAKEN_BACK = /(?:[,;–—]|\s-)\s*(?:no[,.!]|no (?:sorry|wait)\b|sorry\b|wait\b|actually,? no\b|i mean\b|scratch that\b|make (?:that|it)\b)[,.!]?\s*|\s+(?:sorry|no wait|actually,? no|or rather|i mean|scratch that)\b[,.!]?\s*|(?<=\d)\s+no\s+(?=\d)/gi;

/**
 * For a choice, hours or a count: the answer said after the last taking back, when that part reads on its own (said
 * back, as the reply holds the one taken back too); null otherwise.
 */
function readSaidInstead(field: TemplateField, reply: string, template: Template | undefined): ExtractionResult | null {
  if (field.type !== 'enum' && field.type !== 'time_range' && field.type !== 'integer') return null;
  let after = -1;
  for (const match of reply.matchAll(TAKEN_BACK)) after = match.index + match[0].length;
  if (after <= 0 || after >= reply.length) return null;
  const instead = extractReply(field, reply.slice(after), template);
  return instead.ok ? derived({ ...instead, confidence: Math.min(instead.confidence, TAKEN_BACK_CONFIDENCE) }) : null;
}

/** "24 hrs", "24h": an option said with hours written short is read as with them written out, if not read as said ("8h to 18h"). */
function extractEnumWithHoursShort(field: Extract<TemplateField, { type: 'enum' }>, reply: string): ExtractionResult {
  const read = extractEnum(field, reply);
  const written = read.ok || read.reason !== 'no_match' ? reply : withHoursWrittenOut(reply);
  return written === reply ? read : extractEnum(field, written);
}

function extractReply(field: TemplateField, reply: string, template: Template | undefined): ExtractionResult {
  switch (field.type) {
    case 'text': return extractText(field, reply);
    case 'enum': return extractEnumWithHoursShort(field, reply);
    case 'multi_select': return extractMultiSelect(field, reply, template?.fields.filter((other): other is typeof field => other.type === 'multi_select' && other.key !== field.key));
    case 'integer': return extractInteger(field, reply, template?.fields.filter((other): other is typeof field => other.type === 'integer' && other.key !== field.key));
    case 'boolean': return extractBoolean(reply);
    case 'time_range': return extractTimeRange(reply);
    case 'contact': return extractContact(reply);
  }
}
