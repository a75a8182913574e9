// Calls an LLM within a user-facing time budget: through the llm_api breaker,
// retrying only while the budget lasts, never through the long task schedule.
import { executeWithinBudget, type ResiliencePolicies } from '../../resilience/policies.ts';
import { CircuitOpenError, NonRetryableError } from '../../resilience/errors.ts';

/** Below this, a call is not worth starting: it would only time out and count against the breaker. */
const MIN_CALL_MS = 100;
/** Each call's timeout ends this much before the budget, so a hang counts as a breaker failure rather than a cancellation. */
const BUDGET_MARGIN_MS = 25;

export type BudgetOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface LlmBudgetOptions {
  policies: ResiliencePolicies;
  /** LLM_TIMEOUT_MS: the longest a single call may take. */
  callTimeoutMs: number;
  /** RETRY_TIME_SCALE. */
  timeScale: number;
  /** Epoch ms by which the caller must have an answer. */
  deadlineMs: number;
}

export async function callLlmWithinBudget<T>(fn: (signal: AbortSignal) => Promise<T>, options: LlmBudgetOptions): Promise<BudgetOutcome<T>> {
  const budgetMs = options.deadlineMs - Date.now();
  if (budgetMs < MIN_CALL_MS) return { ok: false, error: new NonRetryableError('no time left in the step budget', { code: 'llm_budget_exhausted' }) };
  // Aborts a retry's back-off sleep at the deadline (a long Retry-After must not hold the user).
  const budgetSignal = AbortSignal.timeout(budgetMs);
  try {
    const result = await executeWithinBudget(async (remainingMs) => {
      const timeoutMs = Math.min(options.callTimeoutMs, remainingMs - BUDGET_MARGIN_MS);
      if (timeoutMs < MIN_CALL_MS) throw new NonRetryableError('no time left in the step budget', { code: 'llm_budget_exhausted' });
      try {
        return await options.policies.llm.run(fn, { timeoutMs });
      } catch (error) {
        // An open breaker will not close within a step budget: go to the fallback now instead of sleeping.
        if (error instanceof CircuitOpenError) throw new NonRetryableError(error.message, { code: 'circuit_open', cause: error });
        throw error;
      }
    }, { budgetMs, strategy: 'llm_api', timeScale: options.timeScale, signal: budgetSignal });
    return { ok: true, value: result.value };
  } catch (error) {
    return { ok: false, error };
  }
}
