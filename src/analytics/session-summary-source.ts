// The per-session rows funnel and optimizer reports aggregate: a report's cohort
// read from session_funnel alone (it carries the session's attributes), with
// signals recomputed from raw events only for sessions whose events reach outside
// the report's event range.
import { SESSION_SIGNAL_AGGREGATES, type SessionSignal } from './session-funnel.ts';

/** session_funnel columns copied from the session (migration 0007), by the names reports use. */
export const SESSION_ATTRIBUTE_COLUMNS = {
  language: 'f.session_language',
  template_id: 'f.session_template_id',
  client_id: 'f.session_client_id',
  current_field: 'f.session_current_field',
} as const;

const IN_COHORT = `f.session_tenant_id = $1 AND f.session_created_at >= $2 AND f.session_created_at < $3
     AND ($4::text IS NULL OR f.session_client_id = $4)`;

// The summary row answers for a session only when all its events fall inside the
// report's event range [start, end + window) with the report's tenant and client.
// Never NULL: without events first_event_at is NULL and the row answers (no signals).
const SPILLED = `(f.first_event_at IS NOT NULL AND NOT (f.first_event_at >= $2 AND f.last_event_at < $3::timestamptz + $5::interval
     AND NOT f.mixed_scope AND f.tenant_id = $1 AND ($4::text IS NULL OR f.client_id = $4)))`;

// Implied by SPILLED for a row IN_COHORT (an event before $2 is before creation, one
// after $3 + window is more than a window after creation; the rest is the anomaly
// column's definition), and matching the partial and expression indexes of migration 0007, so
// the few spilled rows come from two index ranges instead of a pass over the cohort.
// The day of slack covers `+ interval` across a daylight-saving change.
const SPILL_CANDIDATE = `(f.event_scope_anomaly OR (f.last_event_at - f.session_created_at) > $5::interval - interval '1 day')`;

/**
 * SQL of CTEs ending in `per_session(id, created_at, <cohortColumns>, <signals>)`;
 * cohort column expressions read session_funnel `f` (see SESSION_ATTRIBUTE_COLUMNS).
 * Parameters: $1 tenant, $2 period start, $3 period end, $4 client or NULL, $5 window interval.
 *
 * A report counts a session's events of the report's tenant and client inside
 * [start, end + window). Sessions whose summary row cannot answer that ("spilled":
 * e.g. activity long after the window, or a historical report) are aggregated from
 * their events, exactly as before the summary existed.
 */
export function perSessionCtes(cohortColumns: Record<string, string>, signals: readonly SessionSignal[]): string {
  const cohortNames = Object.keys(cohortColumns);
  const cohortSelect = cohortNames.map((name) => `${cohortColumns[name]} AS ${name}`);
  return `
spilled AS MATERIALIZED (
  SELECT f.session_id AS id, f.session_created_at AS created_at${cohortSelect.map((column) => `, ${column}`).join('')}
    FROM session_funnel f
   WHERE ${IN_COHORT} AND ${SPILL_CANDIDATE} AND ${SPILLED}
), spilled_signals AS (
  -- An id array rather than a join: the index on session_id finds the few spilled sessions' events.
  SELECT e.session_id, ${signals.map((signal) => `${SESSION_SIGNAL_AGGREGATES[signal]} AS ${signal}`).join(',\n         ')}
    FROM analytics_events e
   WHERE e.session_id = ANY (ARRAY(SELECT id FROM spilled))
     AND e.tenant_id = $1 AND ($4::text IS NULL OR e.client_id = $4)
     AND e.created_at >= $2 AND e.created_at < $3::timestamptz + $5::interval
   GROUP BY e.session_id
), per_session AS (
  SELECT f.session_id AS id, f.session_created_at AS created_at, ${[...cohortSelect, ...signals.map((signal) => `f.${signal}`)].join(', ')}
    FROM session_funnel f
   WHERE ${IN_COHORT} AND NOT ${SPILLED}
  UNION ALL
  SELECT c.id, c.created_at, ${[...cohortNames.map((name) => `c.${name}`), ...signals.map((signal) => `p.${signal}`)].join(', ')}
    FROM spilled c
    LEFT JOIN spilled_signals p ON p.session_id = c.id
)`;
}
