// "Not sure" to a count Intake can suggest ("how many checkpoints?" → "no idea"): the template's suggestion,
// worked out from the answers so far, said back with its reason and marked by a low confidence, so the proposal
// shows it was not the user's figure. Without a suggestion, "not sure" is asked again like any other non-answer.
import type { Answers, TemplateField } from '../template.ts';
import type { ExtractionSuccess } from './extraction-result.ts';
import { numberTokens, workedOutCount } from './integer-answer.ts';
import { DONT_KNOW_PHRASES } from './dont-know.ts';
import { plainWords } from './word-tokens.ts';

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
