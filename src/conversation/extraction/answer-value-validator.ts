// Checks an already-typed value against its field (an LLM's slot fill, a user
// edit, an answer re-checked after an earlier one changed).
import type { AnswerValue, TemplateField } from '../template.ts';
import { notExtracted, type ExtractionFailure } from './extraction-result.ts';

export type AnswerValidation = { ok: true; value: AnswerValue } | ExtractionFailure;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isMinute = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1440;

function validateContact(value: unknown): AnswerValidation {
  if (!isRecord(value)) return notExtracted('no_match', 'Expected contact details.');
  const keys = Object.keys(value);
  if (keys.some((key) => !['name', 'phone', 'email'].includes(key)) || keys.some((key) => typeof value[key] !== 'string')) {
    return notExtracted('no_match', 'Contact details may only hold a name, phone and email.');
  }
  if (!value.name || !(value.phone || value.email)) return notExtracted('no_match', 'A contact needs a name and a phone number or email.');
  return { ok: true, value: value as AnswerValue };
}

/** Whether `value` is a well-formed answer for `field`; the value is returned unchanged when it is. */
export function validateAnswerValue(field: TemplateField, value: unknown): AnswerValidation {
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string' || value.trim().length === 0) return notExtracted('empty', 'Expected a non-empty text.');
      if (value.length > field.max_length) return notExtracted('out_of_range', `Please keep it under ${field.max_length} characters.`);
      return { ok: true, value };
    case 'enum':
      if (typeof value !== 'string' || !field.options.some((option) => option.value === value)) {
        return notExtracted('no_match', `Expected one of: ${field.options.map((option) => option.value).join(', ')}.`);
      }
      return { ok: true, value };
    case 'multi_select': {
      const allowed = new Set(field.options.map((option) => option.value));
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || !allowed.has(item)) || new Set(value).size !== value.length) {
        return notExtracted('no_match', `Expected distinct values from: ${[...allowed].join(', ')}.`);
      }
      if (value.length === 0 && !field.allow_none) return notExtracted('out_of_range', 'Please pick at least one.');
      return { ok: true, value: value as string[] };
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < field.min || value > field.max) {
        return notExtracted('out_of_range', `Please give a whole number from ${field.min} to ${field.max}${field.unit ? ` ${field.unit}` : ''}.`);
      }
      return { ok: true, value };
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : notExtracted('no_match', 'Expected yes or no.');
    case 'time_range':
      if (!isRecord(value) || !isMinute(value.start_minute) || !isMinute(value.end_minute) || Object.keys(value).length !== 2) {
        return notExtracted('no_match', 'Expected a start and an end time.');
      }
      if (value.start_minute === value.end_minute) return notExtracted('out_of_range', 'The start and end time are the same.');
      return { ok: true, value: { start_minute: value.start_minute, end_minute: value.end_minute } };
    case 'contact':
      return validateContact(value);
  }
}
