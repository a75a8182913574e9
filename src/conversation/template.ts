// Onboarding templates: the questions a session asks, parsed and validated once
// at load. Everything downstream (extraction, speech grammars, LLM prompts)
// trusts the parsed shape.
import { z } from 'zod';
import { validateAnswerValue } from './extraction/answer-value-validator.ts';

const option = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
  /** Longer phrases that hold one of its words and name something else ("car park" is no car register). */
  not_within: z.array(z.string().min(1)).default([]),
});

const askIf = z.object({ field: z.string(), in: z.array(z.string()).min(1) });
/** An answer taken as given, unasked, while another field's answer is one of `in`; checked against the field at load. */
const assumeIf = askIf.extend({ value: z.unknown() });

const base = {
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  prompt: z.string().min(1),
  help: z.string().min(1),
  examples: z.array(z.string()).min(1),
  required: z.boolean().default(true),
  ask_if: askIf.optional(),
  /**
   * Not asked while `field`'s answer is one of `in`: `value` is assumed (round-the-clock cover is every day). An
   * answer the user gives anyway (in the reply that answers `field`, or as a correction) replaces it.
   */
  assume_if: assumeIf.optional(),
  /** Fields whose accepted answers must be re-checked when this one changes. */
  affects: z.array(z.string()).default([]),
  /** The answer sets how much the service costs (guards, shifts, hours): named when a proposal is turned down on price. */
  cost_driver: z.boolean().optional(),
  /**
   * Phrases marking this field's answer inside longer text, '#' standing for a number
   * ("# guards", "every # hours", "meter"): they pick the right number out of a reply and
   * let integer and multi-select answers be picked up when volunteered unasked.
   */
  cues: z.array(z.string().min(1)).default([]),
};

export const templateFieldSchema = z.discriminatedUnion('type', [
  z.object({
    ...base, type: z.literal('text'), max_length: z.number().int().positive().default(200),
    /**
     * An enum field whose option words, said before "called" or "named", give this name unasked: "we have a warehouse
     * in Leeds called Northgate DC" names the site when `named_after` is the kind of site.
     */
    named_after: z.string().optional(),
  }),
  z.object({ ...base, type: z.literal('enum'), options: z.array(option).min(2) }),
  z.object({
    ...base, type: z.literal('multi_select'), options: z.array(option).min(1), allow_none: z.boolean().default(true),
    /** The options are in an order (days of the week): "Monday to Friday", "Mon-Fri" select the options between, wrapping round. */
    ranges: z.boolean().default(false),
    /** Words that stand for several options ("weekdays" → Monday to Friday). */
    groups: z.array(z.object({ phrases: z.array(z.string().min(1)).min(1), values: z.array(z.string().min(1)).min(1) })).default([]),
  }),
  z.object({
    ...base, type: z.literal('integer'), min: z.number().int(), max: z.number().int(), unit: z.string().optional(),
    /**
     * What to put when the user is not sure ("no idea", "what do you suggest?"): `per` of this unit for each of
     * another field's answer ("3 per floor"), or a `value`; `reason` is said back with it. Without one, "not sure"
     * is asked again.
     */
    suggestion: z.object({
      value: z.number().int().optional(),
      per: z.object({ field: z.string(), count: z.number().int().positive() }).optional(),
      reason: z.string().min(1),
    }).refine((suggestion) => (suggestion.value === undefined) !== (suggestion.per === undefined), 'a suggestion has a value or a per, not both').optional(),
    /** Other integer fields this count may be said per ("10 per building", "2 per floor"): worked out over their answers. */
    counted_per: z.array(z.string()).default([]),
  }),
  z.object({ ...base, type: z.literal('boolean') }),
  z.object({ ...base, type: z.literal('time_range') }),
  /** Contact details are PII: extracted locally, stored only in the answer row, never sent to an LLM or a log. */
  z.object({ ...base, type: z.literal('contact') }),
]);

export const templateSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.number().int().positive(),
  title: z.string(),
  language: z.string().default('en'),
  fields: z.array(templateFieldSchema).min(1),
}).superRefine((template, ctx) => {
  const keys = new Set<string>();
  template.fields.forEach((field, index) => {
    if (keys.has(field.key)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'key'], message: `duplicate field key ${field.key}` });
    keys.add(field.key);
  });
  template.fields.forEach((field, index) => {
    if (field.ask_if && !keys.has(field.ask_if.field)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'ask_if'], message: `unknown field ${field.ask_if.field}` });
    if (field.assume_if) {
      if (!keys.has(field.assume_if.field)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'assume_if'], message: `unknown field ${field.assume_if.field}` });
      const assumed = validateAnswerValue(field as TemplateField, field.assume_if.value);
      if (!assumed.ok) ctx.addIssue({ code: 'custom', path: ['fields', index, 'assume_if', 'value'], message: assumed.message });
    }
    if (field.type === 'text' && field.named_after !== undefined && template.fields.find((each) => each.key === field.named_after)?.type !== 'enum') {
      ctx.addIssue({ code: 'custom', path: ['fields', index, 'named_after'], message: `not an enum field: ${field.named_after}` });
    }
    for (const affected of field.affects) if (!keys.has(affected)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'affects'], message: `unknown field ${affected}` });
    if (field.type === 'integer') {
      for (const per of field.counted_per) if (!keys.has(per)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'counted_per'], message: `unknown field ${per}` });
    }
    if (field.type === 'integer' && field.suggestion?.per && !keys.has(field.suggestion.per.field)) {
      ctx.addIssue({ code: 'custom', path: ['fields', index, 'suggestion'], message: `unknown field ${field.suggestion.per.field}` });
    }
    if (field.type === 'multi_select') {
      const values = new Set(field.options.map((each) => each.value));
      field.groups.forEach((group, groupIndex) => {
        for (const value of group.values) if (!values.has(value)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'groups', groupIndex], message: `unknown option ${value}` });
      });
    }
  });
});

export type Template = z.infer<typeof templateSchema>;
export type TemplateField = z.infer<typeof templateFieldSchema>;
export type FieldType = TemplateField['type'];

/** A time range in minutes after midnight; end < start means it crosses midnight. */
export interface TimeRange { start_minute: number; end_minute: number }
export interface Contact { name?: string; phone?: string; email?: string }
/** The value of an accepted answer, by field type. */
export type AnswerValue = string | number | boolean | string[] | TimeRange | Contact;
export type Answers = Record<string, AnswerValue>;
