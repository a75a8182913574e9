// The per-session rows funnel and optimizer reports aggregate: a report's cohort
// of sessions joined to their summary row, recomputed from raw events only for
// sessions whose events reach outside the report's event range.
import { SESSION_SIGNAL_AGGREGATES, type SessionSignal } from './session-funnel.ts';

/**
 * SQL of two CTEs ending in `per_session(id, created_at, <cohortColumns>, <signals>)`.
 * Parameters: $1 tenant, $2 period start, $3 period end, $4 client or NULL, $5 window interval.
 *
 * A report counts a session's events of the report's tenant and client inside
 * [start, end + window). The summary row aggregates all of a session's events, so
 * it answers for a session only when all its events fall inside that range with
 * one tenant and client; every other session ("spilled": e.g. activity long after
 * the window, or a historical report) is aggregated from its events, exactly as
 * before the summary existed.
 */
export function perSessionCtes(cohortColumns: Record<string, string>, signals: readonly SessionSignal[]): string {
  const cohortNames = Object.keys(cohortColumns);
  const cohortSelect = cohortNames.map((name) => `${cohortColumns[name]} AS ${name}`);
  const pick = (signal: SessionSignal) => `CASE WHEN c.spilled THEN p.${signal} ELSE c.${signal} END AS ${signal}`;
  return `
cohort AS MATERIALIZED (
  SELECT s.id, s.created_at, ${[...cohortSelect, ...signals.map((signal) => `f.${signal}`)].join(', ')},
         f.session_id IS NOT NULL AND NOT (f.first_event_at >= $2 AND f.last_event_at < $3::timestamptz + $5::interval
           AND NOT f.mixed_scope AND f.tenant_id = $1 AND ($4::text IS NULL OR f.client_id = $4)) AS spilled
    FROM sessions s
    -- The period condition on f is implied by the join; stated, it lets the index skip other periods.
    LEFT JOIN session_funnel f ON f.session_id = s.id AND f.session_created_at >= $2 AND f.session_created_at < $3
   WHERE s.tenant_id = $1 AND s.created_at >= $2 AND s.created_at < $3 AND ($4::text IS NULL OR s.client_id = $4)
), spilled_signals AS (
  -- An id array rather than a join: the index on session_id finds the few spilled sessions' events.
  SELECT e.session_id, ${signals.map((signal) => `${SESSION_SIGNAL_AGGREGATES[signal]} AS ${signal}`).join(',\n         ')}
    FROM analytics_events e
   WHERE e.session_id = ANY (ARRAY(SELECT id FROM cohort WHERE spilled))
     AND e.tenant_id = $1 AND ($4::text IS NULL OR e.client_id = $4)
     AND e.created_at >= $2 AND e.created_at < $3::timestamptz + $5::interval
   GROUP BY e.session_id
), per_session AS (
  SELECT c.id, c.created_at, ${[...cohortNames.map((name) => `c.${name}`), ...signals.map(pick)].join(', ')}
    FROM cohort c
    LEFT JOIN spilled_signals p ON p.session_id = c.id
)`;
}
