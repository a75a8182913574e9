// The optimizer's editable knowledge: statistical thresholds, and for each kind
// of signal its category, wording, expected improvement and effort. Parsed
// once by a schema so a bad edit fails loudly at load time.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const ISSUE_CATEGORIES = ['ux', 'performance', 'content', 'complexity', 'technical'] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];
export const IMPLEMENTATION_EFFORTS = ['low', 'medium', 'high'] as const;
export type ImplementationEffort = (typeof IMPLEMENTATION_EFFORTS)[number];
export const SIGNAL_KINDS = [
  'slow_steps', 'degraded_steps', 'step_failures', 'fallbacks', 'upload_rejections', 'reasked_field', 'recommendation_rejections', 'channel',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

const improvementSchema = z.object({ low: z.number().min(0).max(1), high: z.number().min(0).max(1) })
  .refine((range) => range.low <= range.high, 'expected_improvement.low must not exceed high');

const adviceSchema = z.object({
  category: z.enum(ISSUE_CATEGORIES),
  root_cause: z.string().min(1),
  recommendation: z.string().min(1),
  expected_improvement: improvementSchema,
  implementation_effort: z.enum(IMPLEMENTATION_EFFORTS),
});
export type RuleAdvice = z.infer<typeof adviceSchema>;

export const optimizerRulesSchema = z.object({
  statistics: z.object({
    min_stage_sessions: z.number().int().positive(),
    min_signal_sessions: z.number().int().positive(),
    min_abandoning_with_signal: z.number().int().nonnegative(),
    significance_alpha: z.number().gt(0).lt(1),
    min_odds_ratio: z.number().min(1),
    slow_step_ms: z.number().positive(),
  }),
  classification: z.object({
    quick_win_min_improvement: z.number().min(0).max(1),
    high_impact_min_improvement: z.number().min(0).max(1),
  }),
  signals: z.object(Object.fromEntries(SIGNAL_KINDS.map((kind) => [kind, adviceSchema])) as Record<SignalKind, typeof adviceSchema>),
  no_signal: z.object({ STARTED: adviceSchema, IN_PROGRESS: adviceSchema, AWAITING_USER_APPROVAL: adviceSchema }),
});
export type OptimizerRules = z.infer<typeof optimizerRulesSchema>;

export const DEFAULT_RULES_PATH = fileURLToPath(new URL('./optimizer-rules.json', import.meta.url));

export class OptimizerRulesError extends Error {
  readonly code = 'invalid_optimizer_rules';
  constructor(message: string) {
    super(message);
    this.name = 'OptimizerRulesError';
  }
}

export function parseOptimizerRules(value: unknown, source = 'optimizer rules'): OptimizerRules {
  const parsed = optimizerRulesSchema.safeParse(value);
  if (!parsed.success) throw new OptimizerRulesError(`${source}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export async function loadOptimizerRules(filePath = DEFAULT_RULES_PATH): Promise<OptimizerRules> {
  const text = await readFile(filePath, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new OptimizerRulesError(`${filePath}: not valid JSON (${(err as Error).message})`);
  }
  return parseOptimizerRules(json, filePath);
}
