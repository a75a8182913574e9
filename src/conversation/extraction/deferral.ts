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

// "go back", "undo", "start again": moving about the questions, which the conversation does not do. An earlier answer
// is changed by saying it ("actually 3 shifts"), or in the review; a new start is a new onboarding.
const GOING_BACK = /^(?:(?:can i |can we |could we |lets |i want to |id like to |i need to |please )?(?:go back(?: (?:a|one) (?:question|step))?|go back to the (?:last|previous) (?:question|one|answer)|back|undo(?: that)?|previous(?: question)?|change (?:my|the) (?:last|previous) answer)(?: please)?)$/;
const STARTING_OVER = /^(?:(?:can i |can we |could we |lets |i want to |id like to |please )?(?:start (?:again|over|from scratch)|restart|begin again|reset)(?: please)?)$/;

/** A reply asking to go back a question or start over, as the message that says how instead; null if it asks neither. */
export function movingAboutMessage(field: TemplateField, reply: string): string | null {
  const words = plainWords(reply).join(' ');
  if (GOING_BACK.test(words)) return `I can’t go back a question, but any answer can still be changed: say it, like “actually 3 shifts”, or change it when you review the proposal. ${field.prompt}`;
  if (STARTING_OVER.test(words)) return `To start from scratch, begin a new onboarding; or change any answer here by saying it, like “actually 3 shifts”. ${field.prompt}`;
  return null;
}
