// Replies that put a question off ("skip", "ask me later", "let me check"). Every question feeds the proposal, so
// the question is asked again — saying why, and, where Intake can suggest a figure, how to get one.
import type { TemplateField } from '../template.ts';
import { notExtracted, type ExtractionFailure } from './extraction-result.ts';
import { plainWords } from './word-tokens.ts';

// The whole reply, as plain words (see plainWords).
const DEFERRAL = new RegExp(String.raw`^(?:(?:can we |lets |please )?skip(?: (?:it|this|this one|that|for now))?|pass|next(?: question)?|not now|later|`
  + String.raw`(?:ask me |ill tell you |ill do (?:it|this|that) |ill answer (?:it|this|that) |can we do (?:it|this|that) )?later|`
  + String.raw`(?:ill |i will |can i |can we |could we |lets |let me )?(?:come back to|get back to you on) (?:it|this|that)(?: later)?|`
  + String.raw`(?:let me|ill|i will|i need to|i have to|ill need to) (?:check|find out|ask)(?: and get back to you)?(?: later)?)$`);

export function saysDeferred(reply: string): boolean {
  return DEFERRAL.test(plainWords(reply).join(' '));
}

export function deferralFailure(field: TemplateField): ExtractionFailure {
  const suggests = field.type === 'integer' && field.suggestion !== undefined;
  const orSuggest = suggests ? ' If you’re not sure, say “not sure” and I’ll suggest one.' : '';
  return notExtracted('deferred', `I need this one to make the proposal, and you can change it when you review it.${orSuggest}`);
}
