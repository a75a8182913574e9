-- Makes session_funnel the whole source of funnel and optimizer reports: every
-- session gets a row (also before its first event), carrying copies of the session
-- attributes reports filter and group by, so a report never joins `sessions`.
-- Copies are kept by triggers on sessions (set-based on INSERT, per row on UPDATE).
ALTER TABLE session_funnel
  -- NULL until the session's first event (event scope and span are unknown then).
  ALTER COLUMN tenant_id DROP NOT NULL,
  ALTER COLUMN client_id DROP NOT NULL,
  ALTER COLUMN first_event_at DROP NOT NULL,
  ALTER COLUMN last_event_at DROP NOT NULL,
  ADD COLUMN session_tenant_id text,
  ADD COLUMN session_client_id text,
  ADD COLUMN session_language text,
  ADD COLUMN session_template_id text,
  ADD COLUMN session_current_field text,
  -- The session's events disagree with it (another scope, or earlier than its creation):
  -- reports re-aggregate such sessions from raw events. A column, so ANALYZE knows how rare it is.
  ADD COLUMN event_scope_anomaly boolean GENERATED ALWAYS AS (mixed_scope OR first_event_at < session_created_at
    OR tenant_id <> session_tenant_id OR client_id <> session_client_id) STORED;

INSERT INTO session_funnel AS f (session_id, session_created_at, session_tenant_id, session_client_id,
                                 session_language, session_template_id, session_current_field)
SELECT s.id, s.created_at, s.tenant_id, s.client_id, s.language, s.template_id, s.current_field FROM sessions s
ON CONFLICT (session_id) DO UPDATE SET
  (session_created_at, session_tenant_id, session_client_id, session_language, session_template_id, session_current_field)
  = (excluded.session_created_at, excluded.session_tenant_id, excluded.session_client_id,
     excluded.session_language, excluded.session_template_id, excluded.session_current_field);

ALTER TABLE session_funnel
  ALTER COLUMN session_tenant_id SET NOT NULL,
  ALTER COLUMN session_client_id SET NOT NULL,
  ALTER COLUMN session_language SET NOT NULL,
  ALTER COLUMN session_template_id SET NOT NULL;

-- The event fold of 0004, now also creating rows with the session copies and
-- taking the event scope from the first event when the row has none yet.
CREATE OR REPLACE FUNCTION session_funnel_apply(e analytics_events) RETURNS void
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
    session_id, session_created_at, session_tenant_id, session_client_id, session_language, session_template_id,
    session_current_field, tenant_id, client_id, first_event_at, last_event_at,
    in_progress_at, awaiting_at, completed_at, first_answer_at, first_answer_event_id, first_channel,
    used_text, used_voice, used_upload, max_step_latency_ms, degraded_step, step_failed, fallback_used,
    upload_rejected, recommendation_rejected, reasked_fields, rejection_reasons, abandoned_at_field, idle_hours)
  SELECT e.session_id, s.created_at, s.tenant_id, s.client_id, s.language, s.template_id,
    s.current_field, e.tenant_id, e.client_id, e.created_at, e.created_at,
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
    tenant_id = coalesce(f.tenant_id, excluded.tenant_id),
    client_id = coalesce(f.client_id, excluded.client_id),
    mixed_scope = f.mixed_scope OR coalesce(f.tenant_id <> excluded.tenant_id OR f.client_id <> excluded.client_id, false),
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

-- One statement's new sessions at once. Bulk loaders (intake.session_funnel_bulk)
-- create the rows in summarizeSessions instead, each written once.
CREATE FUNCTION session_funnel_on_sessions_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('intake.session_funnel_bulk', true) IS NOT DISTINCT FROM 'on' THEN RETURN NULL; END IF;
  INSERT INTO session_funnel (session_id, session_created_at, session_tenant_id, session_client_id,
                              session_language, session_template_id, session_current_field)
  SELECT n.id, n.created_at, n.tenant_id, n.client_id, n.language, n.template_id, n.current_field FROM new_sessions n
  ON CONFLICT (session_id) DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER sessions_session_funnel_insert AFTER INSERT ON sessions
  REFERENCING NEW TABLE AS new_sessions FOR EACH STATEMENT EXECUTE FUNCTION session_funnel_on_sessions_insert();

-- Per row: PostgreSQL allows no transition table on a trigger with a column list,
-- and the column list keeps other session updates (answers, state) free of it.
CREATE FUNCTION session_funnel_on_sessions_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE session_funnel SET session_created_at = NEW.created_at, session_tenant_id = NEW.tenant_id,
         session_client_id = NEW.client_id, session_language = NEW.language, session_template_id = NEW.template_id,
         session_current_field = NEW.current_field
   WHERE session_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER sessions_session_funnel_update
  AFTER UPDATE OF created_at, tenant_id, client_id, language, template_id, current_field ON sessions
  FOR EACH ROW WHEN ((OLD.created_at, OLD.tenant_id, OLD.client_id, OLD.language, OLD.template_id, OLD.current_field)
                     IS DISTINCT FROM (NEW.created_at, NEW.tenant_id, NEW.client_id, NEW.language, NEW.template_id, NEW.current_field))
  EXECUTE FUNCTION session_funnel_on_sessions_update();

-- A report reads one tenant's sessions created in its period.
DROP INDEX session_funnel_created_idx;
CREATE INDEX session_funnel_cohort_idx ON session_funnel (session_tenant_id, session_created_at);

-- Sessions a report must re-aggregate from raw events ("spilled", see
-- session-summary-source.ts) are found through these two small index ranges:
-- rows whose events disagree with the session...
CREATE INDEX session_funnel_anomalous_idx ON session_funnel (session_tenant_id, session_created_at) WHERE event_scope_anomaly;
-- ...and rows with events later than a conversion window after creation.
CREATE INDEX session_funnel_event_span_idx ON session_funnel (session_tenant_id, (last_event_at - session_created_at));
