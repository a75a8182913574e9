// Corrections to answers already given. After a rejection every answer is in and the user says what to
// change: the reply is read for corrections to any answered field ("we run 3 shifts, not 2", "ten guards a
// shift"), they are applied with their dependants re-checked, and a new proposal is made (or the question a
// change opened is asked); a reply with no correction gets a question back, unless it asks for a new proposal
// as things stand. Mid-interview, a reply that says it corrects ("actually it's 3 buildings") is read the same way.
import type { Queryable } from '../db/database.ts';
import { recordEvent, type Channel } from '../analytics/event-store.ts';
import { absentOptionsRemoved, extractAnswer, extractVolunteered, formatTimeRange, sameValue, type VolunteeredAnswer } from './extraction/index.ts';
import { namesCount, numberTokens, rangeMessage, saysCountWrong, withoutJudgedNumbers } from './extraction/integer-answer.ts';
import { applyAnswerChange, isApplicable, questionMessage } from './question-flow.ts';
import { addAssistantMessage, askNextOrPropose, queueRecommendation, storeAnswer, type EventBase } from './session-service.ts';
import type { SessionRow } from './session-store.ts';
import type { TaskScheduler } from './ports.ts';
import type { Answers, AnswerValue, Template, TemplateField, TimeRange } from './template.ts';
import { countedInUnit, keyAsWords, unitFor } from './wording.ts';
import { describeSelection } from './extraction/ordered-selection.ts';
import { findPhrase, stemWord, wordTokens } from './extraction/word-tokens.ts';
import { BY_DAY_MESSAGE, countedByDay, ONE_SHIFT_MESSAGE } from './extraction/staffing-by-day.ts';
import { ROUNDS_BY_PART_MESSAGE, saysGuardsForOneShift, saysRoundsForPartOfDay } from './extraction/counts-from-answers.ts';

const PROPOSE_AGAIN = /\b(?:regenerate|propose again|again|new proposal|try again|redo|retry|as it is|as is|go ahead)\b/i;
const KEEP = /\b(?:keep (?:it|that|them|the same)|leave (?:it|that|them)|no change|unchanged|(?:that|it)['’]?s fine|(?:that|it) is fine)\b/i;

/** Whether a reply to a question asked again about an answer given ("the guards are wrong") keeps that answer. */
export const keepsAnswer = (text: string): boolean => KEEP.test(text) || PROPOSE_AGAIN.test(text);

export const REVISION_PROMPT = 'Tell me what should change — for example “3 shifts” or “12 guards per shift” — and I’ll make a new proposal, or say “propose again”.';


/**
 * describeAnswer() inside a sentence ("It is round the clock (24/7) now"): an option's label loses the capital it has
 * on its own, unless its first word is an abbreviation.
 */
export function describeAnswerInSentence(field: TemplateField, value: AnswerValue): string {
  const described = describeAnswer(field, value);
  return field.type === 'enum' && !/^\p{Lu}{2}/u.test(described) ? described.charAt(0).toLowerCase() + described.slice(1) : described;
}

/** An answer as the user would say it back; contact details are never echoed. */
export function describeAnswer(field: TemplateField, value: AnswerValue): string {
  switch (field.type) {
    case 'integer': {
      const count = field.unit ? countedInUnit(value as number, field.unit) : String(value);
      // A field cued "every # hour" is a frequency: "every 2 hours", "every hour" — not "2 hours".
      if (!field.cues.some((cue) => cue.startsWith('every #'))) return count;
      return value === 1 && field.unit ? `every ${unitFor(1, field.unit)}` : `every ${count}`;
    }
    case 'enum': return field.options.find((option) => option.value === value)?.label ?? String(value);
    case 'multi_select': {
      const chosen = value as string[];
      if (chosen.length === 0) return `no ${keyAsWords(field.key)}`;
      // Days say which question they answer by themselves: "Monday to Friday".
      if (field.ranges) return describeSelection(field, chosen);
      // "Electricity and Water meters": in a list of noted answers, bare labels would not say which question they answer.
      const labels = field.options.filter((option) => chosen.includes(option.value)).map((option) => option.label);
      return `${labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels[0]} ${keyAsWords(field.key)}`;
    }
    case 'time_range': return formatTimeRange(value as TimeRange);
    case 'boolean': return value ? 'yes' : 'no';
    case 'text': return `${keyAsWords(field.key)} “${String(value)}”`;
    case 'contact': return 'the contact details';
  }
}

export interface RevisionOutcome { accepted: boolean; answered: string[]; message: string; next: TemplateField | null }

/**
 * Words that say a reply corrects an earlier answer ("really" only at its end: "it's a shopping centre really"), or
 * changes one ("oh and add gas to the meters").
 * Without one, a mid-interview reply only answers what is asked.
 */
const CORRECTION_MARKER = /\b(?:actually|correction|in fact|i meant?|make that|should (?:be|have been|say)|instead|rather than|not \d+|(?:no )?wait|oops|sorry|my (?:mistake|bad)|scratch that|add|remove|take out)\b|\breally[.!]*$/i;

/** Fields that `text` gives a value they do not have; never free text or contacts. */
export function readCorrections(template: Template, text: string, answers: Answers): VolunteeredAnswer[] {
  return extractVolunteered(template, text, answers, { includeAnswered: true })
    .filter((found) => !sameValue(found.value, answers[found.field]));
}

// "the company name is …", "we're called …": a name said with a cue that names it needs no correction marker.
const NAMING = /\bname(?:['’]s|\s+is|\s+of)\b|\b(?:called|named)\b/i;

/**
 * While a question is open: earlier answers the reply corrects, if it says it corrects ("actually …"), and names
 * said with their cue ("the company name is Northgate Logistics", to the site's name): the cue says which answer it
 * is. Fields not yet answered are left to the volunteered answers of an accepted turn.
 */
export function readMidInterviewCorrections(template: Template, text: string, answers: Answers, currentField: string): VolunteeredAnswer[] {
  const marked = CORRECTION_MARKER.test(text);
  if (!marked && !NAMING.test(text)) return [];
  return readCorrections(template, text, answers).filter((found) => found.field !== currentField && answers[found.field] !== undefined
    && (marked || isNameField(template, found.field)));
}

export function isNameField(template: Template, key: string): boolean {
  return template.fields.find((field) => field.key === key)?.type === 'text';
}

/** Stores each correction with its dependants re-checked; returns the fields changed and how to say them back. */
export async function applyCorrections(tx: Queryable, session: SessionRow, template: Template, corrections: readonly VolunteeredAnswer[], turnId: string, base: EventBase): Promise<{ answered: string[]; noted: string }> {
  const answered: string[] = [];
  const described: string[] = [];
  for (const correction of corrections) {
    const field = template.fields.find((each) => each.key === correction.field)!;
    const change = applyAnswerChange(template, session.answers, field.key, correction.value);
    await storeAnswer(tx, session, field, correction.value, { confidence: correction.confidence, extractor: 'correction', turnId });
    session.answers = change.answers;
    await recordEvent(tx, { ...base, type: 'answer_edited', fieldKey: field.key, data: { pruned: change.dropped.length } });
    answered.push(field.key);
    described.push(describeAnswer(field, correction.value));
  }
  return { answered, noted: described.length === 0 ? '' : `Noted: ${described.join(', ')}.` };
}

// "read the meters in the morning", "meter readings at 7am": when meters are read, which no question asks.
const READING_TIME = /\b(?:meters?|readings?|read)\b.*\b(?:morning|afternoon|evening|night|earlier|later|time|\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?|\d{1,2}:\d{2}|o['’]?clock)\b|\b(?:morning|evening|earlier|later)\b.*\b(?:meters?|readings?)\b/i;
const READING_TIME_MESSAGE = 'When meters are read is set in the proposal itself: say “propose again”, then change the time under Meters before you approve.';

// "the contact is wrong": contacts are not asked again (they are PII, kept to their own question), so the way to
// change one is said.
const CONTACT_SAID_WRONG = /\bcontact(?:\s+(?:person|details|number|name))?\b.*\b(?:wrong|incorrect|not right|out of date|changed|left)\b/i;
// "too expensive", "over budget", "can we make it cheaper": a proposal turned down on price.
const SAYS_COST = /\b(?:expensive|costs?|costly|pricey|price[ds]?|pricing|budget|cheaper|afford(?:able)?|too much money)\b/i;

/** What sets the cost, as answered ("staff per shift: 12 guards; …"), so a reply on price knows what it can change. */
function costMessage(template: Template, answers: Answers): string {
  const drivers = template.fields.filter((field) => field.cost_driver === true && answers[field.key] !== undefined && isApplicable(template, field, answers))
    .map((field) => `${keyAsWords(field.key)}: ${describeAnswerInSentence(field, answers[field.key]!)}`);
  return drivers.length === 0 ? '' : `The cost comes from ${drivers.join('; ')}.`;
}

const CONTACT_MESSAGE = 'To change the site contact, say so with the new details, like “change the contact to Sam Lee, 07700 900456”.';

/**
 * The question after a reply with no change to apply (a chat turn, or a rejection's reason, which is `acknowledged`
 * first): a change Intake cannot make is said to be one ("weekends only need one guard", "two shifts at weekends"),
 * and answers said again as they stand are said to be so.
 */
export function askWhatToChange(template: Template, text: string, answers: Answers, { acknowledged }: { acknowledged: boolean }): string {
  const byDay = countedByDay(text);
  const why = byDay !== null ? BY_DAY_MESSAGE[byDay] : saysGuardsForOneShift(text, answers) ? ONE_SHIFT_MESSAGE
    : saysRoundsForPartOfDay(text, answers) ? ROUNDS_BY_PART_MESSAGE
    : READING_TIME.test(text) ? READING_TIME_MESSAGE : CONTACT_SAID_WRONG.test(text) ? CONTACT_MESSAGE : SAYS_COST.test(text) ? costMessage(template, answers)
    : (SAYS_THE_NAME.test(text) ? whichNameMessage(template, answers) : null) ?? openOrCloseMessage(text) ?? countOutOfRange(template, text, answers) ?? absentRemoved(template, text, answers) ?? restatedAnswers(template, text, answers) ?? (acknowledged ? '' : 'I couldn’t tell what to change.');
  return [acknowledged ? 'Understood.' : '', why, REVISION_PROMPT].filter(Boolean).join(' ');
}

// "change the name to Riverside Park", "the name is wrong", "rename it": a name, but not which one.
const SAYS_THE_NAME = /\b(?:the|its|our)\s+name\b|\brename\b/i;

/** Which of the answered names a change is for, asked with each name as it stands; null if there is only one name. */
function whichNameMessage(template: Template, answers: Answers): string | null {
  const names = template.fields.filter((field) => field.type === 'text' && typeof answers[field.key] === 'string');
  if (names.length < 2) return null;
  const choices = names.map((field) => `the ${keyAsWords(field.key)} (${String(answers[field.key])})`);
  return `Which name: ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}? Say it with the new name, like “the ${keyAsWords(names.at(-1)!.key)} is …”.`;
}

// "we close at 8pm", "the site opens at 7": opening hours, which may be when cover ends or when it starts (a site
// guarded while shut), so they are not read as either.
const OPEN_OR_CLOSE_AT = /\b(?:open|opens|opening|close|closes|closing|shut|shuts)\s+(?:at|from|till|until|by)\s+(\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\b\.?)?)/i;

function openOrCloseMessage(text: string): string | null {
  const said = OPEN_OR_CLOSE_AT.exec(text);
  if (said === null) return null;
  return `Is ${said[1]} when cover should start or when it should end? Say, for example, “cover ends at ${said[1]}” or “cover starts at ${said[1]}”.`;
}

const SAYS_EVERY_SO_LONG = /\bevery\b.*\b(?:minutes?|mins?|hours?|hrs?)\b/i;

/**
 * "every 90 minutes", "10 shifts": a count the reply names with a number it cannot be set to, and why (its own
 * question's message), or null. A frequency is named by "every" and a length of time, another count by its word.
 */
function countOutOfRange(template: Template, text: string, answers: Answers): string | null {
  const tokens = numberTokens(text);
  for (const field of template.fields) {
    if (field.type !== 'integer') continue;
    const frequency = field.cues.some((cue) => cue.startsWith('every #'));
    if (!(frequency ? SAYS_EVERY_SO_LONG.test(text) : namesCount(field, tokens))) continue;
    const read = extractAnswer(field, text, { template, answers });
    // The question's "Please give a whole number …" says here what can be set; what should change is asked after it.
    const range = `${field.min} to ${field.max}${field.unit ? ` ${field.unit}` : ''}`;
    if (!read.ok && read.reason === 'out_of_range') return read.message.replace(rangeMessage(field), frequency ? `I can set a round every ${range}.` : `I can set ${range}.`);
  }
  return null;
}

/** "remove the key register" when there is none: "There is no Key among the registers to take out; …", or null. */
function absentRemoved(template: Template, text: string, answers: Answers): string | null {
  for (const field of template.fields) {
    const absent = absentOptionsRemoved(field, text, answers[field.key]);
    if (absent.length === 0 || field.type !== 'multi_select') continue;
    const labels = absent.map((value) => field.options.find((option) => option.value === value)!.label);
    return `There is no ${labels.join(' or ')} among the ${keyAsWords(field.key)} to take out; I have ${describeAnswer(field, answers[field.key]!)}.`;
  }
  return null;
}

/** "we have 3 buildings" when that is the answer: "I have that already: 3 buildings.", or null if nothing is restated. */
function restatedAnswers(template: Template, text: string, answers: Answers): string | null {
  const restated = extractVolunteered(template, text, answers, { includeAnswered: true })
    .filter((found) => sameValue(found.value, answers[found.field]))
    .map((found) => describeAnswer(template.fields.find((each) => each.key === found.field)!, found.value));
  return restated.length > 0 ? `I have that already: ${restated.join(', ')}.` : null;
}

// "the hours are wrong", "wrong site type", "the days aren't right": an answer said to be wrong without a new one.
const SAID_WRONG = /\b(?:wrong|incorrect|not right|isn['’]?t right|aren['’]?t right|mistaken)\b/i;

/** A field's names as word tokens: its key in words ("site name"), and the "<name> is" cues' names ("company name"). */
function namesOfField(field: TemplateField): string[][] {
  const cueNames = field.cues.filter((cue) => / is$/.test(cue)).map((cue) => cue.slice(0, -' is'.length));
  return [keyAsWords(field.key), ...cueNames].map((name) => wordTokens(name));
}

/**
 * The one answered field a reply says is wrong without giving a new value, or undefined: a count said to be too
 * many or too few (saysCountWrong), or, beside "wrong", a count named by its own word ("the shifts are wrong") or
 * another field by the last word of its key ("hours", "type", "days", "meters"); "the patrol route looks wrong"
 * names none. Of a field and one asked only for its answer, the latter is meant ("the hours"
 * of custom cover are its custom hours). Contacts are never asked again this way.
 */
export function fieldSaidWrong(template: Template, text: string, answers: Answers): TemplateField | undefined {
  const tokens = withoutJudgedNumbers(numberTokens(text));
  const answered = template.fields.filter((field) => field.type !== 'contact' && answers[field.key] !== undefined && isApplicable(template, field, answers));
  // "3 shifts is too many": the answer's own number said with it is no new number.
  const besidesAnswer = (field: TemplateField) => tokens.filter((token) => token.value === null || token.value !== answers[field.key]);
  let said: TemplateField[] = answered.filter((field) => field.type === 'integer' && saysCountWrong(field, besidesAnswer(field)));
  if (said.length === 0 && SAID_WRONG.test(text) && !tokens.some((token) => token.value !== null)) {
    said = answered.filter((field) => (field.type === 'integer' ? namesCount(field, tokens)
      : tokens.some((token) => token.word === stemWord(keyAsWords(field.key).split(' ').at(-1)!))));
    said = said.filter((field) => !said.some((other) => other.ask_if?.field === field.key));
    // "the site name is wrong": of two names, the one the reply names whole.
    if (said.length > 1) {
      const words = wordTokens(text);
      const namedWhole = said.filter((field) => namesOfField(field).some((name) => findPhrase(words, name).length > 0));
      if (namedWhole.length === 1) said = namedWhole;
    }
  }
  return said.length === 1 ? said[0] : undefined;
}

/**
 * "too many guards", "fewer checkpoints please", "the hours are wrong": an answer said to be wrong without a new
 * one (fieldSaidWrong) has its question asked again, saying what it is now; the next reply answers it and a new
 * proposal follows. Null when the reply names no one such answer. `acknowledged` as in askWhatToChange.
 */
export async function reopenAnswerSaidWrong(tx: Queryable, session: SessionRow, template: Template, text: string, base: EventBase,
  { acknowledged }: { acknowledged: boolean }): Promise<{ next: TemplateField; message: string } | null> {
  const field = fieldSaidWrong(template, text, session.answers);
  if (field === undefined) return null;
  session.current_field = field.key;
  await tx.query('UPDATE sessions SET current_field = $2, updated_at = now() WHERE id = $1', [session.id, field.key]);
  const message = [acknowledged ? 'Understood.' : '', `It is ${describeAnswerInSentence(field, session.answers[field.key]!)} now.`, questionMessage(field, { again: true })].filter(Boolean).join(' ');
  await addAssistantMessage(tx, session.id, message);
  await recordEvent(tx, { ...base, type: 'question_asked', fieldKey: field.key });
  return { next: field, message };
}

export async function applyRevisionTurn(tx: Queryable, scheduler: TaskScheduler, input: {
  session: SessionRow; template: Template; turn: { id: string; raw_text: string }; channel: Channel; correlationId?: string | null;
  /** The turn's corrections, when the caller has read them already. */
  corrections?: readonly VolunteeredAnswer[];
}): Promise<RevisionOutcome> {
  const { session, template, turn } = input;
  const base = { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, channel: input.channel };
  const corrections = input.corrections ?? readCorrections(template, turn.raw_text, session.answers);
  if (corrections.length === 0) {
    if (PROPOSE_AGAIN.test(turn.raw_text)) {
      await queueRecommendation(tx, scheduler, session, input.correlationId);
      return { accepted: true, answered: [], message: 'Preparing a new proposal.', next: null };
    }
    const reopened = await reopenAnswerSaidWrong(tx, session, template, turn.raw_text, base, { acknowledged: false });
    if (reopened) return { accepted: false, answered: [], message: reopened.message, next: reopened.next };
    const message = askWhatToChange(template, turn.raw_text, session.answers, { acknowledged: false });
    await addAssistantMessage(tx, session.id, message);
    return { accepted: false, answered: [], message, next: null };
  }
  const { answered, noted } = await applyCorrections(tx, session, template, corrections, turn.id, base);
  const { next, message } = await askNextOrPropose(tx, scheduler, session, template, { base, answered, noted, doneMessage: `${noted} Preparing a new proposal.`, correlationId: input.correlationId });
  return { accepted: true, answered, message, next };
}
