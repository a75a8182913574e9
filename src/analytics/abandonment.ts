// Marks sessions that went quiet in a non-final state as abandoned, once: the
// funnel's drop-offs and the optimizer's idle-time evidence read these events.
import type { Queryable } from '../db/database.ts';

export interface AbandonmentOptions {
  abandonAfterHours: number;
  now?: Date;
  /** Limit to one tenant; all tenants when absent (the scheduled job). */
  tenantId?: string;
}

/** Inserts one `session_abandoned` event per newly idle session; returns how many. */
export async function markAbandonedSessions(db: Queryable, options: AbandonmentOptions): Promise<number> {
  if (!(options.abandonAfterHours > 0)) throw new RangeError(`abandonAfterHours must be positive, got ${options.abandonAfterHours}`);
  const now = options.now ?? new Date();
  // Idle time counts from the session's last update; COMPLETED and CANCELLED are
  // final, ERROR is not (it can be retried back).
  const result = await db.query(
    `INSERT INTO analytics_events (tenant_id, client_id, session_id, type, field_key, data, created_at)
     SELECT s.tenant_id, s.client_id, s.id, 'session_abandoned', s.current_field,
            jsonb_build_object(
              'last_state', s.state,
              'idle_hours', round((extract(epoch FROM ($2::timestamptz - s.updated_at)) / 3600)::numeric, 1),
              'last_field', s.current_field),
            $2::timestamptz
       FROM sessions s
      WHERE s.state NOT IN ('COMPLETED', 'CANCELLED')
        AND s.updated_at < $2::timestamptz - make_interval(secs => $1::double precision * 3600)
        AND ($3::text IS NULL OR s.tenant_id = $3)
        AND NOT EXISTS (SELECT 1 FROM analytics_events e WHERE e.session_id = s.id AND e.type = 'session_abandoned')`,
    [options.abandonAfterHours, now.toISOString(), options.tenantId ?? null],
  );
  return result.rowCount;
}
