// Prometheus metrics (prom-client default registry). Counts and durations only:
// never a value a user typed.
import client from 'prom-client';

export const registry = client.register;

let defaultsCollected = false;
export function collectDefaultMetrics(): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  client.collectDefaultMetrics({ prefix: 'intake_' });
}

function counter(name: string, help: string, labelNames: string[]) {
  return (registry.getSingleMetric(name) as client.Counter<string> | undefined) ?? new client.Counter({ name, help, labelNames });
}
function gauge(name: string, help: string, labelNames: string[]) {
  return (registry.getSingleMetric(name) as client.Gauge<string> | undefined) ?? new client.Gauge({ name, help, labelNames });
}
function histogram(name: string, help: string, labelNames: string[], buckets: number[]) {
  return (registry.getSingleMetric(name) as client.Histogram<string> | undefined) ?? new client.Histogram({ name, help, labelNames, buckets });
}

export const taskOutcomes = counter('intake_task_outcomes_total', 'Task deliveries by task and outcome (completed, retried, dead_lettered, duplicate).', ['task', 'outcome']);
export const taskRetries = counter('intake_task_retries_total', 'Retries scheduled, by task and error type.', ['task', 'error_type']);
export const deadLetterSize = gauge('intake_dead_letter_queue_size', 'Open entries in the dead-letter queue (sampled).', []);
export const breakerState = gauge('intake_circuit_breaker_state', 'Circuit breaker state: 0 closed, 1 half-open, 2 open.', ['service']);
export const breakerTransitions = counter('intake_circuit_breaker_transitions_total', 'Breaker transitions by service and new state.', ['service', 'to']);
export const stepLatency = histogram('intake_task_duration_seconds', 'Task handler duration in seconds, by task.', ['task'], [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]);
// Labelled by the route's pattern (/sessions/:id), never the URL, so ids do not multiply the series; an
// unmatched URL is one `unmatched` series.
export const httpRequestDuration = histogram('intake_http_request_duration_seconds', 'HTTP request duration in seconds, by method, route pattern and status class (2xx, 4xx, 5xx).',
  ['method', 'route', 'status_class'], [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]);
export const httpErrors = counter('intake_http_errors_total', 'HTTP error responses by status and code.', ['status', 'code']);
export const llmCalls = counter('intake_llm_calls_total', 'LLM calls by purpose and outcome.', ['purpose', 'outcome']);
export const llmTokens = counter('intake_llm_tokens_total', 'LLM tokens by kind (prompt, completion).', ['kind']);
export const fallbacks = counter('intake_fallbacks_total', 'Fallback answers by service.', ['service']);
