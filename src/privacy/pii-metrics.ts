// Prometheus counter of redactions by type and source (counts only, never values), on prom-client's default registry.
import { Counter, register } from 'prom-client';

const METRIC_NAME = 'intake_pii_redactions_total';

function createCounter(): Counter<'type' | 'source'> {
  const existing = register.getSingleMetric(METRIC_NAME);
  if (existing !== undefined) return existing as Counter<'type' | 'source'>;
  return new Counter({ name: METRIC_NAME, help: 'PII spans redacted, by PII type and input source', labelNames: ['type', 'source'] });
}

export const piiRedactionsTotal: Counter<'type' | 'source'> = createCounter();
