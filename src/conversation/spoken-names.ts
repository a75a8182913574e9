// Names heard by the speech recogniser arrive lower-cased ("north gate", "apex facilities"): they are stored
// capitalised, as a typed name would be, so the configuration and the review read "North Gate".
import type { AnswerValue, TemplateField } from './template.ts';

// Joining words stay lower-case inside a name: "Isle of Dogs Depot", "Ana de Souza".
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'on', 'at', 'in', 'for', 'upon', 'de', 'da', 'van', 'von', 'le']);

/** A lower-case name with each word capitalised; a name with any capital (typed, or from an LLM) is left as it is. */
export function capitaliseSpokenName(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name.split(' ').map((word, index) => (index > 0 && JOINING_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(' ');
}

/** A spoken answer as stored: names capitalised; every other answer unchanged. */
export function spokenAnswerAsStored(field: TemplateField, value: AnswerValue): AnswerValue {
  return field.type === 'text' && typeof value === 'string' ? capitaliseSpokenName(value) : value;
}
