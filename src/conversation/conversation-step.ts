// One conversation step: the user's turn is matched against the current
// question (plus anything else they volunteered), the answer stored or a polite
// re-ask sent, and the session moved on. Runs inside the task's completion
// transaction, so it is applied exactly once.
import type { Queryable } from '../db/database.ts';
import { recordEvent, type Channel } from '../analytics/event-store.ts';
import { answersNothing, extractAnswer, extractVolunteered, type ExtractionResult, type VolunteeredAnswer } from './extraction/index.ts';
import { contactFromTwoReplies } from './extraction/contact-answer.ts';
import { reaskMessage } from './question-flow.ts';
import { ANSWERABLE } from './state-machine.ts';
import { loadSessionById, type SessionRow } from './session-store.ts';
import { addAssistantMessage, askNextOrPropose, questionView, storeAnswer, type EventBase, type QuestionView } from './session-service.ts';
import { loadTemplate } from './session-service.ts';
import { applyCorrections, applyRevisionTurn, describeAnswer, describeAnswerInSentence, isNameField, keepsAnswer, readMidInterviewCorrections } from './answer-corrections.ts';
import type { TaskScheduler } from './ports.ts';
import type { AnswerValue, Template, TemplateField } from './template.ts';
import { spokenAnswerAsStored } from './spoken-names.ts';
import { wordTokens } from './extraction/word-tokens.ts';
import { keyAsWords } from './wording.ts';

export interface TurnRow { id: string; session_id: string; source: 'text' | 'voice' | 'document' | 'edit'; raw_text: string; field_key: string | null }

/** What an LLM understood of the turn (already validated against the template); rules decide on conflict. */
export interface Understanding { fields: Array<{ key: string; value: AnswerValue; confidence: number }>; provider: string; degraded: boolean; assistant_text?: string }

export interface StepResult {
  accepted: boolean;
  field: string | null;
  answered: string[];
  message: string;
  state: string;
  next_question: QuestionView | null;
  degraded: boolean;
  provider: string;
  ignored?: string;
  /** The LLM's phrasing of the next question, when one was streamed. */
  assistant_text?: string;
}

/**
 * An answer read by interpretation — days from a range, a count or an exception ("M-F", "6 days a week", "closed
 * on Sundays"), hours from "8 to 6", a count worked out ("four times a day" → every 6 hours, "G+3" → 4 floors) —
 * is said back when it is not what the user wrote, so a misreading is caught now rather than in the proposal. So
 * is a suggestion taken for "not sure", and a list with things left out because no option is them.
 */
function sayBack(template: Template, field: TemplateField, value: AnswerValue, said: string, read: ExtractionResult, channel: Channel): string {
  // A recogniser hears names worst ("Northgate Logistics" came back as "are you do"): a spoken one is said back,
  // with how to put it right, since nothing else in the interview would show it.
  if (channel === 'voice' && field.type === 'text') {
    const cue = field.cues.find((each) => each.endsWith(' name is')) ?? `${keyAsWords(field.key)} is`;
    return `I heard “${String(value)}”; if that isn’t right, say “the ${cue} …”.`;
  }
  if (read.ok && read.suggested !== undefined) return `No problem: I’ve put ${describeAnswer(field, value)} (${read.suggested}); you can change it when you review the proposal.`;
  if (read.ok && read.left_out && field.type === 'multi_select') {
    if (field.ranges) return `Got it: ${describeAnswer(field, value)}. I can only set up days of the week, so I left the holidays out.`;
    const offered = describeAnswer(field, field.options.map((option) => option.value)).replace(/ and /, ' or ');
    return `Got it: ${describeAnswer(field, value)}. I can only set up ${offered}, so I left the rest out.`;
  }
  if (read.ok && read.part_days) return `Got it: ${describeAnswer(field, value)}. Every day of cover gets the same hours, so I haven’t set different hours for part of a day.`;
  const derivedValue = read.ok && read.derived === true;
  // "a council depot" → Warehouse, "GP surgery" → Hospital: an option read from none of its label's words (unless a
  // question that follows from it says the reading, as the hours' do).
  const readFromOtherWords = field.type === 'enum' && !template.fields.some((other) => other.ask_if?.field === field.key)
    && !wordTokens(describeAnswer(field, value)).some((word) => wordTokens(said).includes(word));
  const interpreted = derivedValue || readFromOtherWords || field.type === 'time_range' || (field.type === 'multi_select' && field.ranges);
  if (!interpreted) return '';
  const described = describeAnswer(field, value);
  return wordTokens(described).join(' ') === wordTokens(said).join(' ') ? '' : `Got it: ${described}.`;
}

const ALL_ANSWERED = 'Thank you — that is everything I need. I am preparing a proposed site configuration for you to review.';

export async function loadTurn(db: Queryable, turnId: string): Promise<TurnRow | undefined> {
  const { rows } = await db.query<TurnRow>('SELECT id, session_id, source, raw_text, field_key FROM turns WHERE id = $1', [turnId]);
  return rows[0];
}

/** The field an answer found unasked is kept for: one not answered yet, never a contact (PII stays with its own question). */
function keptFor(template: Template, session: SessionRow, found: VolunteeredAnswer): TemplateField | undefined {
  const field = template.fields.find((each) => each.key === found.field);
  return field !== undefined && field.type !== 'contact' && !(field.key in session.answers) ? field : undefined;
}

/** Stores the answers found unasked that are kept (keptFor) and says what was noted, so the user knows why those questions are skipped. */
async function storeVolunteered(tx: Queryable, session: SessionRow, template: Template, found: readonly VolunteeredAnswer[], turnId: string,
  base: EventBase, lead = 'I noted'): Promise<{ answered: string[]; noted: string }> {
  const answered: string[] = [];
  const described: string[] = [];
  for (const extra of found) {
    const extraField = keptFor(template, session, extra);
    if (!extraField) continue;
    await storeAnswer(tx, session, extraField, extra.value, { confidence: extra.confidence, extractor: 'volunteered', turnId });
    answered.push(extraField.key);
    described.push(describeAnswer(extraField, extra.value));
    await recordEvent(tx, { ...base, type: 'answer_accepted', fieldKey: extraField.key, data: { attempt: 1, extractor: 'volunteered' } });
  }
  return { answered, noted: described.length > 0 ? `${lead}: ${described.join(', ')}.` : '' };
}

async function reaskCount(tx: Queryable, sessionId: string, fieldKey: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM analytics_events WHERE session_id = $1 AND field_key = $2 AND type = 'answer_reasked'`, [sessionId, fieldKey]);
  return rows[0]!.n;
}

/**
 * "Jane Doe", then "07700 900123": a contact reply that gives only the name or only the details is read together
 * with the reply to the same question before it (the only copy of which is its turn).
 */
async function withEarlierContactReply(tx: Queryable, field: TemplateField, turn: TurnRow, read: ExtractionResult): Promise<ExtractionResult> {
  if (field.type !== 'contact' || read.ok || read.reason !== 'no_match') return read;
  const { rows } = await tx.query<{ raw_text: string }>(
    `SELECT raw_text FROM turns WHERE session_id = $1 AND field_key = $2 AND id <> $3
       AND created_at <= (SELECT created_at FROM turns WHERE id = $3) ORDER BY created_at DESC, id DESC LIMIT 1`,
    [turn.session_id, field.key, turn.id]);
  // The earlier reply must have been an attempt at the contact: not a question back, a greeting or "hang on".
  const earlier = rows[0]?.raw_text;
  const earlierRead = earlier === undefined ? null : extractAnswer(field, earlier);
  const attempted = earlierRead !== null && !earlierRead.ok && earlierRead.reason === 'no_match';
  return (attempted ? contactFromTwoReplies(earlier!, turn.raw_text) : null) ?? read;
}

const NAME_SAID_FOR_ANOTHER: ExtractionResult = { ok: false, reason: 'no_match', message: 'That names something else.' };

/**
 * The reply without the names it corrects with their cue: those words are that answer's alone, not read for the
 * open question or any other ("actually the company is called Northgate Logistics" is no warehouse).
 */
function withoutCorrectedNames(template: Template, text: string, corrections: readonly VolunteeredAnswer[]): string {
  return corrections.filter((correction) => isNameField(template, correction.field))
    .reduce((rest, name) => withoutPhrase(rest, String(name.value)), text);
}

/** text without the first occurrence of phrase, in any casing. */
function withoutPhrase(text: string, phrase: string): string {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  return at === -1 ? text : `${text.slice(0, at)} ${text.slice(at + phrase.length)}`;
}

export async function applyConversationTurn(tx: Queryable, scheduler: TaskScheduler, input: { sessionId: string; turnId: string; correlationId?: string | null; understanding?: Understanding }): Promise<StepResult> {
  const session = await loadSessionById(tx, input.sessionId, { forUpdate: true });
  const turn = await loadTurn(tx, input.turnId);
  const provider = input.understanding?.provider ?? 'rules';
  const degraded = input.understanding?.degraded ?? false;
  if (!session || !turn) return { accepted: false, field: null, answered: [], message: 'The session no longer exists.', state: 'ERASED', next_question: null, degraded, provider, ignored: 'session_erased' };
  const template = loadTemplate(session.template_id);
  const channel: Channel = turn.source === 'voice' ? 'voice' : turn.source === 'document' ? 'upload' : 'text';
  if (session.state === 'IN_PROGRESS' && !session.current_field) {
    // Every answer is in (after a rejection): the turn says what to change.
    const revision = await applyRevisionTurn(tx, scheduler, { session, template, turn, channel, correlationId: input.correlationId });
    return { accepted: revision.accepted, field: null, answered: revision.answered, message: revision.message, state: session.state, next_question: revision.next ? questionView(revision.next) : null, degraded, provider };
  }
  if (!ANSWERABLE.has(session.state) || !session.current_field) {
    return { accepted: false, field: null, answered: [], message: `The session is ${session.state}; this answer was not applied.`, state: session.state, next_question: null, degraded, provider, ignored: 'state_changed' };
  }
  const field = template.fields.find((f) => f.key === session.current_field)!;
  const base = { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, channel };
  // "actually it's 3 buildings": earlier answers the reply corrects, applied whether or not it also answers.
  const corrections = readMidInterviewCorrections(template, turn.raw_text, session.answers, field.key);
  const said = withoutCorrectedNames(template, turn.raw_text, corrections);
  // A name question is not answered by another name said with its cue ("the company name is …" to the site's name).
  const rules = field.type === 'text' && said !== turn.raw_text ? NAME_SAID_FOR_ANOTHER
    : await withEarlierContactReply(tx, field, turn, extractAnswer(field, said, { answers: session.answers, template }));
  // A question asked again about an answer given ("the guards are wrong" → "How many guards …?"): "keep it" or
  // "propose again" keeps the answer, and the interview goes on (or a new proposal is made).
  const given = session.answers[field.key];
  if (!rules.ok && given !== undefined && keepsAnswer(turn.raw_text)) {
    const noted = `It stays ${describeAnswerInSentence(field, given)}.`;
    const { next, message } = await askNextOrPropose(tx, scheduler, session, template, { base, answered: [], noted, doneMessage: `${noted} Preparing a new proposal.`, correlationId: input.correlationId });
    return { accepted: true, field: field.key, answered: [], message, state: session.state, next_question: next ? questionView(next) : null, degraded, provider };
  }
  const llmFields = (input.understanding?.fields ?? []).map((f) => ({ field: f.key, value: f.value, confidence: f.confidence }));
  const fromLlm = input.understanding?.fields.find((f) => f.key === field.key);
  // A request for help or a greeting answers nothing, whatever an LLM read into it.
  const read = rules.ok ? rules.value : answersNothing(rules) ? undefined : fromLlm?.value;
  const value = read !== undefined && turn.source === 'voice' ? spokenAnswerAsStored(field, read) : read;
  const confidence = rules.ok ? rules.confidence : fromLlm?.confidence ?? 0;
  // A reply about other questions ("we're open 24/7" to "what kind of site is it?") is kept, and the open
  // question asked again: with what was wrong with the reply as its answer, if it was an attempt at one.
  const unasked = value === undefined && !answersNothing(rules)
    ? [...extractVolunteered(template, said, session.answers, { answering: field.key }), ...llmFields].filter((extra) => extra.field !== field.key && keptFor(template, session, extra) !== undefined)
    : [];
  if (value === undefined && (corrections.length > 0 || unasked.length > 0)) {
    const kept = await storeVolunteered(tx, session, template, unasked, turn.id, base);
    const corrected = await applyCorrections(tx, session, template, corrections, turn.id, base);
    const answered = [...kept.answered, ...corrected.answered];
    const attempt = rules.ok || rules.reason === 'no_match' ? null : rules;
    if (attempt) await recordEvent(tx, { ...base, type: 'answer_reasked', fieldKey: field.key, data: { attempt: (await reaskCount(tx, session.id, field.key)) + 2, reason: attempt.reason } });
    const noted = [kept.noted, corrected.noted, attempt?.message ?? ''].filter(Boolean).join(' ');
    const { next, message } = await askNextOrPropose(tx, scheduler, session, template, { base, answered, noted, doneMessage: ALL_ANSWERED, correlationId: input.correlationId });
    return { accepted: answered.length > 0, field: field.key, answered, message, state: session.state, next_question: next ? questionView(next) : null, degraded, provider };
  }
  if (value === undefined) {
    const attempt = (await reaskCount(tx, session.id, field.key)) + 2;
    const message = reaskMessage(field, rules.ok ? { ok: false, reason: 'no_match', message: 'That answer could not be used.' } : rules);
    // A greeting is not trouble with the question: the funnel does not count it as a re-ask.
    if (rules.ok || rules.reason !== 'small_talk') await recordEvent(tx, { ...base, type: 'answer_reasked', fieldKey: field.key, data: { attempt, reason: rules.ok ? 'no_match' : rules.reason } });
    await addAssistantMessage(tx, session.id, message);
    return { accepted: false, field: field.key, answered: [], message, state: session.state, next_question: questionView(field), degraded, provider };
  }
  await storeAnswer(tx, session, field, value, { confidence, extractor: rules.ok ? 'rules' : provider, turnId: turn.id });
  const answered = [field.key];
  await recordEvent(tx, { ...base, type: 'answer_accepted', fieldKey: field.key, data: { attempt: (await reaskCount(tx, session.id, field.key)) + 1, extractor: rules.ok ? 'rules' : provider } });
  // Extra details the user volunteered fill later questions (never PII fields: those stay with their own question).
  // A name is not a statement about the site: "HQ" names it, it does not say it is an office. Only what the
  // reply says besides the name ("Riverside Hospital, open 24/7") can answer other questions.
  const besidesName = field.type === 'text' && typeof read === 'string' ? withoutPhrase(said, read) : said;
  const volunteered = [...extractVolunteered(template, besidesName, session.answers, { answering: field.key }), ...llmFields];
  const kept = await storeVolunteered(tx, session, template, volunteered, turn.id, base, 'I also noted');
  answered.push(...kept.answered);
  const corrected = await applyCorrections(tx, session, template, corrections, turn.id, base);
  answered.push(...corrected.answered);
  // Said back, so the user knows why those questions are skipped and can correct a misreading ("8 to 6" as 08:00–18:00).
  const noted = [sayBack(template, field, value, said, rules, channel), corrected.noted, kept.noted].filter(Boolean).join(' ');
  // "custom, 7 to 8" to the hours question: the custom hours question it opens says what was unclear in them.
  const askedAs = (next: TemplateField): string | undefined => {
    if (next.ask_if?.field !== field.key) return undefined;
    const read = extractAnswer(next, said, { answers: session.answers, template });
    return !read.ok && (read.reason === 'ambiguous' || read.reason === 'unsupported') ? read.message : undefined;
  };
  const { next, message } = await askNextOrPropose(tx, scheduler, session, template, { base, answered, noted, doneMessage: ALL_ANSWERED, correlationId: input.correlationId, askedAs });
  return { accepted: true, field: field.key, answered, message, state: session.state, next_question: next ? questionView(next) : null, degraded, provider, assistant_text: input.understanding?.assistant_text };
}
