-- One row per session summarising its analytics events, so funnel and optimizer
-- reports read one row per session instead of every event. Kept up to date by a
-- trigger on analytics_events, in the same transaction as each event.
--
-- Every column is an order-independent aggregate over the session's events, so
-- replaying events in any order gives the same row (src/analytics/session-funnel.ts
-- holds the equivalent set-based aggregate used for bulk loads; a test proves both
-- agree). Reports fall back to the raw events for the rare session whose events
-- reach outside a report's event range (see src/analytics/session-summary-source.ts).
CREATE TABLE session_funnel (
  session_id uuid PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
  -- Copy of sessions.created_at (never updated), so a report scans only its period's rows.
  session_created_at timestamptz NOT NULL,
  -- Tenant and client of the first event; mixed_scope when a later event disagrees.
  tenant_id text NOT NULL,
  client_id text NOT NULL,
  mixed_scope boolean NOT NULL DEFAULT false,
  first_event_at timestamptz NOT NULL,
  last_event_at timestamptz NOT NULL,
  -- First state_changed into a state at or beyond each funnel stage.
  in_progress_at timestamptz,
  awaiting_at timestamptz,
  completed_at timestamptz,
  -- Channel of the earliest answer_accepted (ties: the first one written).
  first_answer_at timestamptz,
  first_answer_event_id bigint,
  first_channel text,
  used_text boolean NOT NULL DEFAULT false,
  used_voice boolean NOT NULL DEFAULT false,
  used_upload boolean NOT NULL DEFAULT false,
  max_step_latency_ms double precision,
  degraded_step boolean NOT NULL DEFAULT false,
  step_failed boolean NOT NULL DEFAULT false,
  fallback_used boolean NOT NULL DEFAULT false,
  upload_rejected boolean NOT NULL DEFAULT false,
  recommendation_rejected boolean NOT NULL DEFAULT false,
  -- Sorted distinct sets; NULL when empty.
  reasked_fields text[],
  rejection_reasons text[],
  abandoned_at_field text,
  idle_hours double precision
);

-- A metadata number, or NULL when absent or not a number: a malformed event must
-- never make the event insert (the user's action) fail.
CREATE FUNCTION session_funnel_number(value text) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN value ~ '^\s*-?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?\s*$' THEN value::double precision END
$$;

CREATE FUNCTION session_funnel_sorted_union(current_set text[], addition text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN addition IS NULL OR addition = ANY (coalesce(current_set, '{}')) THEN current_set
              ELSE ARRAY(SELECT x FROM unnest(array_append(current_set, addition)) AS x ORDER BY x) END
$$;

-- Folds one event into its session's summary row.
CREATE FUNCTION session_funnel_apply(e analytics_events) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  stage_rank integer := 0;
  is_step boolean := e.type IN ('step_completed', 'recommendation_generated');
  is_answer boolean := e.type = 'answer_accepted';
BEGIN
  IF e.session_id IS NULL THEN RETURN; END IF;
  IF e.type = 'state_changed' THEN
    stage_rank := CASE e.data->>'to' WHEN 'COMPLETED' THEN 3 WHEN 'AWAITING_USER_APPROVAL' THEN 2
                  WHEN 'IN_PROGRESS' THEN 1 WHEN 'GENERATING_RECOMMENDATIONS' THEN 1 ELSE 0 END;
  END IF;
  INSERT INTO session_funnel AS f (
    session_id, session_created_at, tenant_id, client_id, first_event_at, last_event_at,
    in_progress_at, awaiting_at, completed_at, first_answer_at, first_answer_event_id, first_channel,
    used_text, used_voice, used_upload, max_step_latency_ms, degraded_step, step_failed, fallback_used,
    upload_rejected, recommendation_rejected, reasked_fields, rejection_reasons, abandoned_at_field, idle_hours)
  SELECT e.session_id, s.created_at, e.tenant_id, e.client_id, e.created_at, e.created_at,
    CASE WHEN stage_rank >= 1 THEN e.created_at END,
    CASE WHEN stage_rank >= 2 THEN e.created_at END,
    CASE WHEN stage_rank >= 3 THEN e.created_at END,
    CASE WHEN is_answer THEN e.created_at END, CASE WHEN is_answer THEN e.id END, CASE WHEN is_answer THEN e.channel END,
    is_answer AND e.channel IS NOT DISTINCT FROM 'text',
    is_answer AND e.channel IS NOT DISTINCT FROM 'voice',
    is_answer AND e.channel IS NOT DISTINCT FROM 'upload',
    CASE WHEN is_step THEN session_funnel_number(e.data->>'latency_ms') END,
    is_step AND e.data->>'degraded' IS NOT DISTINCT FROM 'true',
    e.type = 'step_failed', e.type = 'fallback_used', e.type = 'upload_rejected', e.type = 'recommendation_rejected',
    CASE WHEN e.type = 'answer_reasked' AND e.field_key IS NOT NULL THEN ARRAY[e.field_key] END,
    CASE WHEN e.type = 'recommendation_rejected' AND e.data->>'reason' IS NOT NULL THEN ARRAY[e.data->>'reason'] END,
    CASE WHEN e.type = 'session_abandoned' THEN e.field_key END,
    CASE WHEN e.type = 'session_abandoned' THEN session_funnel_number(e.data->>'idle_hours') END
  -- Events of unknown sessions have no cohort to count in; skipping keeps the insert valid.
    FROM sessions s WHERE s.id = e.session_id
  ON CONFLICT (session_id) DO UPDATE SET
    mixed_scope = f.mixed_scope OR f.tenant_id <> excluded.tenant_id OR f.client_id <> excluded.client_id,
    first_event_at = least(f.first_event_at, excluded.first_event_at),
    last_event_at = greatest(f.last_event_at, excluded.last_event_at),
    in_progress_at = least(f.in_progress_at, excluded.in_progress_at),
    awaiting_at = least(f.awaiting_at, excluded.awaiting_at),
    completed_at = least(f.completed_at, excluded.completed_at),
    first_answer_at = least(f.first_answer_at, excluded.first_answer_at),
    first_answer_event_id = CASE WHEN excluded.first_answer_at IS NOT NULL AND (f.first_answer_at IS NULL
        OR (excluded.first_answer_at, excluded.first_answer_event_id) < (f.first_answer_at, f.first_answer_event_id))
      THEN excluded.first_answer_event_id ELSE f.first_answer_event_id END,
    first_channel = CASE WHEN excluded.first_answer_at IS NOT NULL AND (f.first_answer_at IS NULL
        OR (excluded.first_answer_at, excluded.first_answer_event_id) < (f.first_answer_at, f.first_answer_event_id))
      THEN excluded.first_channel ELSE f.first_channel END,
    used_text = f.used_text OR excluded.used_text,
    used_voice = f.used_voice OR excluded.used_voice,
    used_upload = f.used_upload OR excluded.used_upload,
    max_step_latency_ms = greatest(f.max_step_latency_ms, excluded.max_step_latency_ms),
    degraded_step = f.degraded_step OR excluded.degraded_step,
    step_failed = f.step_failed OR excluded.step_failed,
    fallback_used = f.fallback_used OR excluded.fallback_used,
    upload_rejected = f.upload_rejected OR excluded.upload_rejected,
    recommendation_rejected = f.recommendation_rejected OR excluded.recommendation_rejected,
    reasked_fields = session_funnel_sorted_union(f.reasked_fields, excluded.reasked_fields[1]),
    rejection_reasons = session_funnel_sorted_union(f.rejection_reasons, excluded.rejection_reasons[1]),
    abandoned_at_field = greatest(f.abandoned_at_field, excluded.abandoned_at_field),
    idle_hours = greatest(f.idle_hours, excluded.idle_hours);
END
$$;

-- Bulk loaders (the simulator) set intake.session_funnel_bulk = 'on' for their
-- transaction and summarise set-wise afterwards; everything else goes through here.
CREATE FUNCTION session_funnel_on_event() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.session_id IS NOT NULL AND current_setting('intake.session_funnel_bulk', true) IS DISTINCT FROM 'on' THEN
    PERFORM session_funnel_apply(NEW);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER analytics_events_session_funnel AFTER INSERT ON analytics_events
  FOR EACH ROW EXECUTE FUNCTION session_funnel_on_event();

-- Backfill from existing events through the same fold the trigger uses.
SELECT session_funnel_apply(e) FROM analytics_events e WHERE e.session_id IS NOT NULL ORDER BY e.id;

CREATE INDEX session_funnel_created_idx ON session_funnel (session_created_at);
