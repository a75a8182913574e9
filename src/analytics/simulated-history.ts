// Seeded synthetic onboarding history (sessions + analytics events) written with
// set-based SQL, with optional planted causes of drop-off. Used by the
// optimizer's tests and the funnel benchmark; the live demo drives real code.
import type { Database, Queryable } from '../db/database.ts';
import { deferSessionFunnelTrigger, summarizeSessions } from './session-funnel.ts';

export const SIMULATED_FIELDS = ['site_type', 'operating_hours', 'shifts', 'meters'] as const;
export const SIMULATED_REJECTION_REASONS = [
  'The shift pattern does not match our rota',
  'Guard tours are proposed too often',
  'Wrong meters for this site',
] as const;

export interface PlantedCauses {
  /** 40 % of sessions get slow LLM steps (12-40 s) and mostly abandon before the recommendation. */
  slowLlmSteps?: boolean;
  /** A question (one of SIMULATED_FIELDS, not the first) that confuses 45 % of users: re-asked, then abandoned there. */
  confusingField?: string;
  /** 40 % of users reject the recommendation with a reason; most of them never approve. */
  approvalRejections?: boolean;
}

export interface SimulationOptions {
  tenantId: string;
  sessions: number;
  /** Sessions are created uniformly in [start, start + periodDays). */
  start: Date;
  periodDays: number;
  seed: number;
  clientIds?: string[];
  planted?: PlantedCauses;
}

export interface SimulationCounts { sessions: number; events: number }

const SECONDS_PER_ANSWER = 180;

// Per-session draws → flags → the furthest stage reached → what happened when.
const SIMULATED_SESSIONS_SQL = `
CREATE TEMP TABLE simulated_sessions ON COMMIT DROP AS
WITH draws AS (
  SELECT i, random() AS r_time, random() AS r_client, random() AS r_language, random() AS r_channel,
         random() AS r_slow, random() AS r_confused, random() AS r_rejecter,
         random() AS r_stage0, random() AS r_stage1, random() AS r_stage2, random() AS r_fields, random() AS r_noise
    FROM generate_series(1, $1::int) AS i
), flagged AS (
  SELECT *, ($2::boolean AND r_slow < 0.4) AS slow,
            ($3::int > 0 AND r_confused < 0.45) AS confused,
            ($4::boolean AND r_rejecter < 0.4) AS rejecter
    FROM draws
), staged AS (
  SELECT *, CASE WHEN r_stage0 >= 0.62 THEN 0
                 WHEN r_stage1 >= CASE WHEN slow THEN 0.25 WHEN confused THEN 0.2 ELSE 0.88 END THEN 1
                 WHEN r_stage2 >= CASE WHEN rejecter THEN 0.3 ELSE 0.9 END THEN 2
                 ELSE 3 END AS max_stage
    FROM flagged
)
SELECT gen_random_uuid() AS id, max_stage, slow, rejecter,
       $6::text[] AS fields,
       ($5::timestamptz + r_time * $7::double precision * interval '1 day') AS created_at,
       ($8::text[])[1 + floor(r_client * array_length($8::text[], 1))::int] AS client_id,
       CASE WHEN r_language < 0.8 THEN 'en' ELSE 'fr' END AS language,
       CASE WHEN r_channel < 0.7 THEN 'text' ELSE 'voice' END AS channel,
       CASE WHEN max_stage = 0 THEN 0
            WHEN max_stage >= 2 THEN array_length($6::text[], 1)
            WHEN confused THEN $3::int - 1
            ELSE 1 + floor(r_fields * (array_length($6::text[], 1) - 1))::int END AS answered,
       CASE WHEN confused AND max_stage >= 1 THEN $3::int
            WHEN max_stage >= 1 AND r_noise < 0.06 THEN 1 + floor(r_noise / 0.06 * 2)::int END AS reasked_field,
       CASE WHEN confused THEN 2 ELSE 1 END AS reasks
  FROM staged`;

function eventInserts(): string[] {
  const insert = 'INSERT INTO analytics_events (tenant_id, client_id, session_id, type, channel, field_key, data, created_at)';
  const answerAt = (k: string) => `s.created_at + (${k}) * interval '${SECONDS_PER_ANSWER} seconds'`;
  const generatingAt = `s.created_at + array_length(s.fields, 1) * interval '${SECONDS_PER_ANSWER} seconds' + interval '10 seconds'`;
  const awaitingAt = `${generatingAt} + interval '40 seconds'`;
  const completedAt = `${awaitingAt} + CASE WHEN s.rejecter THEN interval '40 minutes' ELSE interval '15 minutes' END`;
  const lastActivity = `CASE s.max_stage WHEN 0 THEN s.created_at + interval '5 seconds' WHEN 1 THEN ${answerAt('s.answered')} + interval '20 seconds'
    WHEN 2 THEN ${awaitingAt} + interval '50 minutes' ELSE ${completedAt} END`;
  const finalState = `CASE s.max_stage WHEN 0 THEN 'STARTED' WHEN 1 THEN 'IN_PROGRESS'
    WHEN 2 THEN CASE WHEN s.rejecter THEN 'IN_PROGRESS' ELSE 'AWAITING_USER_APPROVAL' END ELSE 'COMPLETED' END`;
  const stopField = `s.fields[least(s.answered + 1, array_length(s.fields, 1))]`;
  return [
    `INSERT INTO sessions (id, tenant_id, client_id, user_id, template_id, template_version, language, state, current_field, created_at, updated_at, completed_at)
     SELECT s.id, $1, s.client_id, 'user-' || left(s.id::text, 8), 'facility-site', 1, s.language, ${finalState},
            CASE WHEN s.max_stage < 2 THEN ${stopField} END, s.created_at, ${lastActivity},
            CASE WHEN s.max_stage = 3 THEN ${completedAt} END
       FROM simulated_sessions s`,
    `${insert} SELECT $1, s.client_id, s.id, 'session_created', NULL, NULL,
       jsonb_build_object('template_id', 'facility-site', 'language', s.language), s.created_at FROM simulated_sessions s`,
    `${insert} SELECT $1, s.client_id, s.id, 'state_changed', NULL, NULL, jsonb_build_object('from', v.from_state, 'to', v.to_state), v.at
       FROM simulated_sessions s
       CROSS JOIN LATERAL (VALUES
         (1, 'STARTED', 'IN_PROGRESS', ${answerAt('1')}),
         (2, 'IN_PROGRESS', 'GENERATING_RECOMMENDATIONS', ${generatingAt}),
         (2, 'GENERATING_RECOMMENDATIONS', 'AWAITING_USER_APPROVAL', ${awaitingAt}),
         (3, 'AWAITING_USER_APPROVAL', 'COMPLETED', ${completedAt})) AS v(stage, from_state, to_state, at)
      WHERE v.stage <= s.max_stage`,
    `${insert} SELECT $1, s.client_id, s.id, 'state_changed', NULL, NULL,
       jsonb_build_object('from', 'AWAITING_USER_APPROVAL', 'to', 'IN_PROGRESS'), ${awaitingAt} + interval '6 minutes'
       FROM simulated_sessions s WHERE s.rejecter AND s.max_stage = 2`,
    `${insert} SELECT $1, s.client_id, s.id, 'question_asked', NULL, s.fields[k], '{}'::jsonb, ${answerAt('k - 1')} + interval '5 seconds'
       FROM simulated_sessions s CROSS JOIN LATERAL generate_series(1, least(s.answered + 1, array_length(s.fields, 1))) AS k`,
    `${insert} SELECT $1, s.client_id, s.id, 'answer_accepted', s.channel, s.fields[k],
       jsonb_build_object('attempt', CASE WHEN k = s.reasked_field THEN s.reasks + 1 ELSE 1 END), ${answerAt('k')}
       FROM simulated_sessions s CROSS JOIN LATERAL generate_series(1, s.answered) AS k`,
    `${insert} SELECT $1, s.client_id, s.id, 'answer_reasked', s.channel, s.fields[s.reasked_field],
       jsonb_build_object('attempt', n + 1, 'reason', 'not_understood'), ${answerAt('s.reasked_field - 1')} + n * interval '40 seconds'
       FROM simulated_sessions s CROSS JOIN LATERAL generate_series(1, s.reasks) AS n
      WHERE s.reasked_field IS NOT NULL AND s.reasked_field <= s.answered + 1`,
    `${insert} SELECT $1, s.client_id, s.id, 'step_completed', s.channel, s.fields[k],
       jsonb_build_object('latency_ms', round(CASE WHEN s.slow OR random() < 0.02 THEN 12000 + random() * 28000 ELSE 600 + random() * 3400 END),
                          'provider', 'openai', 'degraded', false), ${answerAt('k')} - interval '1 second'
       FROM simulated_sessions s CROSS JOIN LATERAL generate_series(1, s.answered) AS k`,
    `${insert} SELECT $1, s.client_id, s.id, 'fallback_used', NULL, NULL, jsonb_build_object('service', 'llm_api'), ${answerAt('1')}
       FROM simulated_sessions s WHERE s.answered >= 1 AND random() < 0.03`,
    `${insert} SELECT $1, s.client_id, s.id, 'recommendation_generated', NULL, NULL,
       jsonb_build_object('latency_ms', round(CASE WHEN s.slow THEN 15000 + random() * 30000 ELSE 2000 + random() * 6000 END),
                          'confidence', round((0.6 + random() * 0.4)::numeric, 2), 'provider', 'openai', 'degraded', false), ${awaitingAt}
       FROM simulated_sessions s WHERE s.max_stage >= 2`,
    `${insert} SELECT $1, s.client_id, s.id, 'recommendation_rejected', NULL, NULL,
       jsonb_build_object('reason', ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int]), ${awaitingAt} + n * interval '5 minutes'
       FROM simulated_sessions s CROSS JOIN LATERAL generate_series(1, CASE WHEN s.max_stage = 2 THEN 2 ELSE 1 END) AS n
      WHERE s.rejecter AND s.max_stage >= 2`,
    `${insert} SELECT $1, s.client_id, s.id, 'recommendation_approved', NULL, NULL, '{}'::jsonb, ${completedAt}
       FROM simulated_sessions s WHERE s.max_stage = 3`,
    `${insert} SELECT $1, s.client_id, s.id, 'session_abandoned', NULL, ${stopField},
       jsonb_build_object('last_state', ${finalState}, 'idle_hours', round((30 + random() * 40)::numeric, 1), 'last_field', ${stopField}),
       ${lastActivity} + interval '30 hours'
       FROM simulated_sessions s WHERE s.max_stage < 3`,
  ];
}

/** Inserts the simulated history in one transaction; returns what it wrote. */
export async function insertSimulatedHistory(db: Database, options: SimulationOptions): Promise<SimulationCounts> {
  const fields: string[] = [...SIMULATED_FIELDS];
  const confusingIndex = options.planted?.confusingField ? fields.indexOf(options.planted.confusingField) + 1 : 0;
  if (options.planted?.confusingField && confusingIndex < 2) {
    throw new RangeError(`confusingField must be one of ${fields.slice(1).join(', ')}`);
  }
  if (!Number.isInteger(options.sessions) || options.sessions < 1) throw new RangeError('sessions must be a positive integer');
  const clientIds = options.clientIds ?? ['client-a', 'client-b'];
  return db.transaction(async (tx: Queryable) => {
    await tx.query(`INSERT INTO tenants (id, name, webhook_secret) VALUES ($1, $1, 'simulated') ON CONFLICT (id) DO NOTHING`, [options.tenantId]);
    // setseed makes every random() below repeatable; this transaction holds one connection.
    // Bulk path: summarise each session once from its events, not once per event (equivalence: session-funnel.test.ts).
    await deferSessionFunnelTrigger(tx);
    await tx.query('SELECT setseed($1)', [((options.seed % 2_000_000) / 1_000_000) - 1]);
    await tx.query(SIMULATED_SESSIONS_SQL, [
      options.sessions, options.planted?.slowLlmSteps ?? false, confusingIndex, options.planted?.approvalRejections ?? false,
      options.start.toISOString(), fields, options.periodDays, clientIds,
    ]);
    let events = 0;
    const [sessionInsert, ...eventStatements] = eventInserts();
    await tx.query(sessionInsert!, [options.tenantId]);
    for (const statement of eventStatements) {
      const params: unknown[] = statement.includes('$2') ? [options.tenantId, [...SIMULATED_REJECTION_REASONS]] : [options.tenantId];
      events += (await tx.query(statement, params)).rowCount;
    }
    await summarizeSessions(tx, 'SELECT id FROM simulated_sessions');
    return { sessions: options.sessions, events };
  });
}
