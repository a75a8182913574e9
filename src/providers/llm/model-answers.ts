// The shapes an LLM must answer in, per purpose. Model output is data: it is
// parsed with these schemas and nothing else of it is ever trusted or executed.
import { z } from 'zod';
import { recommendationSchema } from '../../conversation/recommendation/index.ts';
import { dropNulls, strictJsonSchema } from './strict-json-schema.ts';

const timeRangeValue = z.object({ start_minute: z.number().int(), end_minute: z.number().int() }).strict();

/** understand_turn: the fields a reply answers, typed loosely here; each value is validated against its field afterwards. */
export const turnUnderstandingSchema = z.object({
  fields: z.array(z.object({
    key: z.string().max(64),
    value: z.union([z.string().max(500), z.number(), z.boolean(), z.array(z.string().max(100)).max(20), timeRangeValue]),
    confidence: z.number().min(0).max(1),
  }).strict()).max(30),
  unclear: z.array(z.string().max(200)).max(10),
}).strict();
export type TurnUnderstanding = z.infer<typeof turnUnderstandingSchema>;

/** propose_configuration (the maker). */
export const makerAnswerSchema = z.object({
  configuration: recommendationSchema,
  rationale: z.array(z.string().max(300)).max(20),
}).strict();
export type MakerAnswer = z.infer<typeof makerAnswerSchema>;

/** review_configuration (the checker). */
export const reviewAnswerSchema = z.object({
  verdict: z.enum(['approve', 'revise']),
  findings: z.array(z.object({
    severity: z.enum(['error', 'warning', 'info']),
    code: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/),
    message: z.string().min(1).max(300),
    path: z.string().max(120),
  }).strict()).max(20),
}).strict();
export type ReviewAnswer = z.infer<typeof reviewAnswerSchema>;

export interface ModelAnswerSpec<T> { jsonSchema: Record<string, unknown>; parse: z.ZodType<T> }

function spec<T>(schema: z.ZodType<T>): ModelAnswerSpec<T> {
  return { jsonSchema: strictJsonSchema(schema), parse: z.preprocess(dropNulls, schema) as unknown as z.ZodType<T> };
}

export const TURN_UNDERSTANDING = spec(turnUnderstandingSchema);
export const MAKER_ANSWER = spec(makerAnswerSchema);
export const REVIEW_ANSWER = spec(reviewAnswerSchema);
