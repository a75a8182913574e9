// Zod schemas as JSON Schema for structured outputs in strict mode, which
// demands every property be required: optional properties become nullable, and
// the nulls a model sends for them are dropped again before zod parses.
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

function strictify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictify);
  if (!node || typeof node !== 'object') return node;
  const schema: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== '$schema') schema[key] = strictify(value);
  }
  if (schema.type === 'object' && schema.properties && typeof schema.properties === 'object') {
    const properties = schema.properties as Record<string, unknown>;
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    for (const key of Object.keys(properties)) {
      if (!required.has(key)) properties[key] = { anyOf: [properties[key], { type: 'null' }] };
    }
    schema.required = Object.keys(properties);
    schema.additionalProperties = false;
  }
  return schema;
}

/** JSON Schema suitable for `response_format: {type: 'json_schema', strict: true}`. */
export function strictJsonSchema(schema: z.ZodType): JsonSchema {
  return strictify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) as JsonSchema;
}

/** Removes null-valued object properties (strict mode's stand-in for "absent"), recursively. */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null) out[key] = dropNulls(item);
  }
  return out;
}
