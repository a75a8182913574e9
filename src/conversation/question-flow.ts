// Which question comes next, how far along a session is, what to say when an
// answer could not be read, and which answers an earlier change invalidates.
import { validateAnswerValue } from './extraction/answer-value-validator.ts';
import type { ExtractionFailure } from './extraction/extraction-result.ts';
import { SMALL_TALK_REPLY } from './extraction/small-talk.ts';
import type { AnswerValue, Answers, Template, TemplateField } from './template.ts';

export interface Progress { answered: number; total: number; percent: number }

/** An answer as the strings an `ask_if.in` list is compared with. */
function answerAsStrings(value: AnswerValue): string[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object') return [];
  return [String(value)];
}

function fieldByKey(template: Template): Map<string, TemplateField> {
  return new Map(template.fields.map((field) => [field.key, field]));
}

/**
 * Whether a field's ask_if chain lets it be asked: 'applies' (no ask_if, or each controlling field answered with a
 * listed value), 'excluded' (one answered with another value) or 'undecided' (one not answered yet).
 */
function applicability(template: Template, field: TemplateField, answers: Answers): 'applies' | 'excluded' | 'undecided' {
  const fields = fieldByKey(template);
  const seen = new Set<string>();
  let current: TemplateField | undefined = field;
  while (current?.ask_if) {
    if (seen.has(current.key)) return 'excluded';
    seen.add(current.key);
    const answer: AnswerValue | undefined = answers[current.ask_if.field];
    if (answer === undefined) return 'undecided';
    const allowed = current.ask_if.in;
    if (!answerAsStrings(answer).some((value) => allowed.includes(value))) return 'excluded';
    current = fields.get(current.ask_if.field);
  }
  return 'applies';
}

/** A field applies when it has no ask_if, or its controlling field applies and is answered with one of the listed values. */
export function isApplicable(template: Template, field: TemplateField, answers: Answers): boolean {
  return applicability(template, field, answers) === 'applies';
}

/** The answer assumed for `field` while it is unanswered: its assume_if value, when the controlling answer is one listed. */
export function assumedAnswer(field: TemplateField, answers: Answers): AnswerValue | undefined {
  const assumption = field.assume_if;
  if (assumption === undefined) return undefined;
  const answer = answers[assumption.field];
  if (answer === undefined || !answerAsStrings(answer).some((value) => assumption.in.includes(value))) return undefined;
  return assumption.value as AnswerValue;
}

/** Answered, or assumed: nothing to ask. */
const isSettled = (field: TemplateField, answers: Answers): boolean => answers[field.key] !== undefined || assumedAnswer(field, answers) !== undefined;

export function applicableFields(template: Template, answers: Answers): TemplateField[] {
  return template.fields.filter((field) => isApplicable(template, field, answers));
}

/** The first applicable field without an answer or an assumed one (and not skipped by the user), or null when the interview is done. */
export function nextField(template: Template, answers: Answers, skippedKeys: readonly string[] = []): TemplateField | null {
  return applicableFields(template, answers).find((field) => !isSettled(field, answers) && !skippedKeys.includes(field.key)) ?? null;
}

/** Answered vs applicable fields: a question that no longer applies, or is not asked as its answer is assumed, counts neither way. */
export function progress(template: Template, answers: Answers): Progress {
  const applicable = applicableFields(template, answers).filter((field) => answers[field.key] !== undefined || !isSettled(field, answers));
  const answered = applicable.filter((field) => answers[field.key] !== undefined).length;
  const total = applicable.length;
  return { answered, total, percent: total === 0 ? 100 : Math.round((answered / total) * 100) };
}

/** Required applicable fields still missing; empty when a recommendation can be made. */
export function missingRequired(template: Template, answers: Answers): string[] {
  return applicableFields(template, answers).filter((field) => field.required && !isSettled(field, answers)).map((field) => field.key);
}

// "Hi! Let's set up your site. First, what's …": the greeting that opens a conversation, not said twice.
const OPENING_GREETING = /^(?:hi|hello)\b[^.!?]*[.!?]\s+(?:let['’]s\b[^.!?]*[.!?]\s+)?(?:first,\s+)?/i;

/** The question as asked; `again`: after the user has been talked to, without an opening greeting. */
export function questionMessage(field: TemplateField, { again = false }: { again?: boolean } = {}): string {
  const greeted = again ? field.prompt.replace(OPENING_GREETING, '') : field.prompt;
  const prompt = greeted.charAt(0).toUpperCase() + greeted.slice(1);
  if (field.type === 'enum' || field.type === 'multi_select') {
    return `${prompt} (${field.options.map((option) => option.label).join(', ')})`;
  }
  return prompt;
}

const REASK_OPENERS: Record<ExtractionFailure['reason'], string> = {
  empty: '',
  no_match: 'Sorry, I didn’t quite get that.',
  out_of_range: 'Hmm, that’s outside what I can accept.',
  ambiguous: 'I’m not sure which you meant.',
  unsupported: '',
  help_requested: '',
  small_talk: '',
  deferred: '',
};

/**
 * A polite re-ask: why the answer was not taken, the field's help, and an example. A request for help gets the
 * help, an example and the question again; a greeting or thanks gets one back and the question again.
 */
export function reaskMessage(field: TemplateField, result: ExtractionFailure): string {
  const example = `For example: “${field.examples[0]}”.`;
  if (result.reason === 'help_requested') return [field.help, example, questionMessage(field)].join(' ');
  if (result.reason === 'deferred') return `${result.message} ${questionMessage(field, { again: true })}`;
  // A question that opens with its own greeting ("Hi! Let's set up …") is greeting enough.
  if (result.reason === 'small_talk') return result.message === SMALL_TALK_REPLY.greeting && /^(?:hi|hello)\b/i.test(field.prompt) ? questionMessage(field) : `${result.message} ${questionMessage(field)}`;
  // The reader's own message may already give that example (the contact's does).
  const exampleIfNew = result.message.includes(field.examples[0]!) ? '' : example;
  return [REASK_OPENERS[result.reason], result.message, field.help, exampleIfNew].filter(Boolean).join(' ');
}

/**
 * Answered fields that must be re-validated (or dropped) when `changedKey`'s
 * answer changes: the transitive closure of `affects` and of `ask_if`
 * dependents, in template order. A dependent that newly applies but has no
 * answer is not listed: `nextField` asks for it.
 */
export function dependentsToRecheck(template: Template, changedKey: string, answers: Answers): string[] {
  const fields = fieldByKey(template);
  const reached = new Set<string>();
  const queue = [changedKey];
  while (queue.length > 0) {
    const key = queue.shift()!;
    const neighbours = [...(fields.get(key)?.affects ?? []), ...template.fields.filter((field) => field.ask_if?.field === key).map((field) => field.key)];
    for (const neighbour of neighbours) {
      if (neighbour !== changedKey && !reached.has(neighbour)) { reached.add(neighbour); queue.push(neighbour); }
    }
  }
  return template.fields.map((field) => field.key).filter((key) => reached.has(key) && answers[key] !== undefined);
}

/**
 * Drops answers to fields that no longer apply (custom hours once the site is 24x7) and to unknown keys. An answer
 * given before the one it depends on ("weekends" to the hours question) is kept until that one is answered.
 */
export function pruneInapplicable(template: Template, answers: Answers): { answers: Answers; dropped: string[] } {
  const kept: Answers = {};
  const dropped: string[] = [];
  const keeps = new Set(template.fields.filter((field) => applicability(template, field, answers) !== 'excluded').map((field) => field.key));
  for (const [key, value] of Object.entries(answers)) {
    if (keeps.has(key)) kept[key] = value;
    else dropped.push(key);
  }
  return { answers: kept, dropped };
}

/**
 * Records a new or changed answer and settles its dependents: those that no
 * longer apply or no longer validate are dropped (and so asked again if they apply).
 */
export function applyAnswerChange(template: Template, answers: Answers, key: string, value: AnswerValue): { answers: Answers; dropped: string[] } {
  const fields = fieldByKey(template);
  const updated: Answers = { ...answers, [key]: value };
  const pruned = pruneInapplicable(template, updated);
  const dropped = [...pruned.dropped];
  for (const dependent of dependentsToRecheck(template, key, pruned.answers)) {
    const field = fields.get(dependent)!;
    if (!validateAnswerValue(field, pruned.answers[dependent]).ok) {
      delete pruned.answers[dependent];
      dropped.push(dependent);
    }
  }
  return { answers: pruned.answers, dropped };
}
