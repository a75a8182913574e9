// "Not sure" to a count Intake can suggest ("how many checkpoints?" → "no idea"): the template's suggestion,
// worked out from the answers so far, said back with its reason and marked by a low confidence, so the proposal
// shows it was not the user's figure. Without a suggestion, "not sure" is asked again like any other non-answer.
import type { Answers, Template, TemplateField } from '../template.ts';
import type { ExtractionResult, ExtractionSuccess } from './extraction-result.ts';
import { numberTokens, workedOutCount } from './integer-answer.ts';
import { DONT_KNOW_PHRASES } from './dont-know.ts';
import { plainWords, stemWord } from './word-tokens.ts';

type IntegerField = Extract<TemplateField, { type: 'integer' }>;

/** A suggested value counts for less than a said one in the proposal's confidence. */
export const SUGGESTED_CONFIDENCE = 0.5;

// Not knowing, or asking Intake to choose ("you decide", "what do you suggest?"), at the start of the reply.
const UNSURE = new RegExp(String.raw`^(?:${DONT_KNOW_PHRASES.join('|')}|(?:you|u) (?:decide|choose|pick|tell me)|up to you|`
  + String.raw`whatever (?:you (?:think|suggest|recommend)|is (?:normal|usual|standard|typical))|what (?:do|would) you (?:suggest|recommend)|`
  + String.raw`(?:any|your) (?:suggestions?|recommendations?)|the usual(?: amount)?|(?:whats|what is) (?:normal|usual|typical|standard))\b`);

/** Whether the reply says the user does not know and gives no number ("no idea", "not sure, depends", "what do you suggest?"). */
export function saysUnsure(reply: string): boolean {
  return UNSURE.test(plainWords(reply).join(' ')) && !numberTokens(reply).some((token) => token.value !== null);
}

/** The field's suggested answer given the answers so far, or null (no suggestion, or the answer it counts per is missing). */
export function suggestedAnswer(field: IntegerField, answers: Answers | undefined): ExtractionSuccess | null {
  const suggestion = field.suggestion;
  if (!suggestion) return null;
  const per = suggestion.per ? answers?.[suggestion.per.field] : undefined;
  if (suggestion.per && typeof per !== 'number') return null;
  const raw = suggestion.per ? suggestion.per.count * (per as number) : suggestion.value!;
  const suggested = workedOutCount(field, Math.max(field.min, Math.min(field.max, raw)), SUGGESTED_CONFIDENCE);
  return suggested.ok ? { ...suggested, suggested: suggestion.reason } : null;
}

const PER_WORDS = new Set(['per', 'each', 'every', 'a']);
const PREPOSITIONS = new Set(['on', 'for', 'in']);
const ONE_WORDS = new Set(['a', 'an', 'one']);
const WORDS_BETWEEN_COUNT_AND_PER = 2;

/**
 * "two per floor", "one on each floor", "3 checkpoints a floor": a count per what the field's suggestion counts
 * per, times that answer (2 per floor over 3 floors → 6), worked out and said back. Null when the reply says no
 * such count, says another number too, or that answer is not in yet.
 */
export function countPerAnswer(field: IntegerField, reply: string, answers: Answers | undefined, template: Template | undefined): ExtractionResult | null {
  const per = field.suggestion?.per;
  const perField = per ? template?.fields.find((each) => each.key === per.field) : undefined;
  const times = per ? answers?.[per.field] : undefined;
  if (perField?.type !== 'integer' || !perField.unit || typeof times !== 'number') return null;
  const unit = stemWord(perField.unit);
  const tokens = numberTokens(reply);
  // A reply with another number besides ("12, about 4 per floor") is read as any count is.
  if (tokens.filter((token) => token.value !== null).length > 1) return null;
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.word !== unit || !PER_WORDS.has(tokens[index - 1]?.word ?? '')) continue;
    let before = index - 2;
    if (PREPOSITIONS.has(tokens[before]?.word ?? '')) before--;
    for (let back = before; back >= 0 && back > before - WORDS_BETWEEN_COUNT_AND_PER; back--) {
      const token = tokens[back]!;
      const count = token.value ?? (ONE_WORDS.has(token.word) ? 1 : null);
      if (count !== null && Number.isInteger(count)) return workedOutCount(field, count * times, 0.85);
    }
  }
  return null;
}
