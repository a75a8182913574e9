-- Core schema: tenants and keys, sessions and what they collect, tasks, dead
-- letters, blobs, analytics events. Raw user text lives only in turns.raw_text
-- and answers.value (for fields that need it); everything else is redacted.

CREATE TABLE tenants (
  id text PRIMARY KEY,
  name text NOT NULL,
  webhook_url text,
  webhook_secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  key_hash text NOT NULL UNIQUE,
  key_prefix text NOT NULL,
  role text NOT NULL CHECK (role IN ('user', 'admin')),
  client_id text,
  user_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  client_id text NOT NULL,
  user_id text NOT NULL,
  template_id text NOT NULL,
  template_version integer NOT NULL,
  language text NOT NULL DEFAULT 'en',
  state text NOT NULL CHECK (state IN ('STARTED', 'IN_PROGRESS', 'GENERATING_RECOMMENDATIONS', 'AWAITING_USER_APPROVAL', 'COMPLETED', 'CANCELLED', 'ERROR')),
  state_before_error text,
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  current_field text,
  error_message text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz
);
CREATE INDEX sessions_tenant_client_idx ON sessions (tenant_id, client_id, created_at);

-- One user turn (typed or transcribed). raw_text is the only copy of what the user said.
CREATE TABLE turns (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  source text NOT NULL CHECK (source IN ('text', 'voice', 'document', 'edit')),
  raw_text text NOT NULL,
  redacted_text text NOT NULL,
  field_key text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX turns_session_idx ON turns (session_id, created_at);

CREATE TABLE answers (
  id bigserial PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  turn_id uuid REFERENCES turns(id) ON DELETE SET NULL,
  field_key text NOT NULL,
  value jsonb NOT NULL,
  confidence real NOT NULL,
  extractor text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  superseded_at timestamptz
);
CREATE INDEX answers_session_idx ON answers (session_id, field_key);

-- Assistant and system messages shown in the conversation (never raw user text).
CREATE TABLE messages (
  id bigserial PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('assistant', 'user', 'system')),
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX messages_session_idx ON messages (session_id, id);

-- What a session's SSE stream carries; read by id cursor.
CREATE TABLE session_events (
  id bigserial PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  type text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX session_events_cursor_idx ON session_events (session_id, id);

CREATE TABLE recommendations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  version integer NOT NULL,
  status text NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected', 'superseded')),
  config jsonb NOT NULL,
  confidence real NOT NULL,
  valid boolean NOT NULL,
  findings jsonb NOT NULL DEFAULT '[]'::jsonb,
  rationale jsonb NOT NULL DEFAULT '[]'::jsonb,
  provider text NOT NULL,
  degraded boolean NOT NULL DEFAULT false,
  reject_reason text,
  edited boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (session_id, version)
);

-- Our view of a unit of background work; pg-boss jobs are its deliveries.
CREATE TABLE tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL,
  session_id uuid REFERENCES sessions(id) ON DELETE CASCADE,
  name text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'running', 'retrying', 'completed', 'failed', 'dead_lettered')),
  strategy text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  max_retries integer NOT NULL,
  result jsonb,
  error jsonb,
  correlation_id text,
  next_attempt_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz
);
CREATE INDEX tasks_session_idx ON tasks (session_id);
CREATE INDEX tasks_status_idx ON tasks (status);

CREATE TABLE dead_letters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL,
  task_id uuid NOT NULL,
  task_name text NOT NULL,
  session_id uuid,
  arguments jsonb NOT NULL,
  error_type text NOT NULL,
  error_message text NOT NULL,
  attempts integer NOT NULL,
  first_failed_at timestamptz NOT NULL,
  last_failed_at timestamptz NOT NULL,
  correlation_id text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'retried')),
  retried_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dead_letters_tenant_idx ON dead_letters (tenant_id, created_at);

CREATE TABLE blobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL,
  session_id uuid REFERENCES sessions(id) ON DELETE CASCADE,
  kind text NOT NULL,
  mime text NOT NULL,
  display_name text NOT NULL,
  size_bytes integer NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX blobs_expiry_idx ON blobs (expires_at);

-- Fixed-window counters for per-user limits (uploads), shared by all processes.
CREATE TABLE rate_limit_windows (
  limiter text NOT NULL,
  subject text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL DEFAULT 0,
  bytes bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (limiter, subject, window_start)
);

-- Append-only analytics; metadata is redacted before it is written.
CREATE TABLE analytics_events (
  id bigserial PRIMARY KEY,
  tenant_id text NOT NULL,
  client_id text NOT NULL,
  session_id uuid,
  type text NOT NULL,
  channel text,
  field_key text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX analytics_events_tenant_time_idx ON analytics_events (tenant_id, created_at);
CREATE INDEX analytics_events_session_idx ON analytics_events (session_id, type);

CREATE TABLE funnel_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL,
  period_start timestamptz NOT NULL,
  period_end timestamptz NOT NULL,
  report jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Process-shared settings (e.g. the session-token signing secret).
CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);
