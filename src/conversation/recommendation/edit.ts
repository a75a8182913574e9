// User edits to a proposed configuration: a JSON merge patch (RFC 7386; arrays
// are replaced whole), validated by the schema, then re-checked.
import type { Answers } from '../template.ts';
import { checkRecommendation } from './checker.ts';
import { recommendationSchema, type Finding, type RecommendationConfig } from './schema.ts';

export interface EditResult {
  /** The patch gave a schema-valid configuration; when false, `config` is the unchanged original. */
  ok: boolean;
  /** No error findings: the edited configuration may be approved. */
  valid: boolean;
  config: RecommendationConfig;
  findings: Finding[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 7386: objects merge key by key, `null` deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return structuredClone(patch);
  const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

export function applyRecommendationEdit(config: RecommendationConfig, patch: unknown, answers: Answers = {}): EditResult {
  if (!isPlainObject(patch)) {
    return { ok: false, valid: false, config, findings: [{ severity: 'error', code: 'schema_invalid', message: 'An edit must be a JSON object.', path: '' }] };
  }
  const candidate = recommendationSchema.safeParse(mergePatch(config, patch));
  if (!candidate.success) {
    const checked = checkRecommendation(mergePatch(config, patch), answers);
    return { ok: false, valid: false, config, findings: checked.findings };
  }
  const checked = checkRecommendation(candidate.data, answers);
  return { ok: true, valid: checked.valid, config: candidate.data, findings: checked.findings };
}
