// After a phase: read the database and check what the users did survived —
// every step applied exactly once, every session completed or resumable, every
// task completed or dead-lettered with its cause — and count task outcomes.
import type { Database } from '../../src/db/database.ts';
import type { LoadMetrics } from './load-metrics.ts';

const LIVE_TASK_STATUSES = ['queued', 'running', 'retrying'];
const RESUMABLE_STATES = new Set(['STARTED', 'IN_PROGRESS', 'AWAITING_USER_APPROVAL']);

export interface ConsistencyReport {
  lostSteps: string[];
  doubleAppliedSteps: string[];
  stuckSessions: string[];
  sessionStates: Record<string, number>;
  completedButNotRecorded: number;
  orphanTurns: number;
  maxAnswersPerTurn: number;
  answers: number;
  answerAcceptedEvents: number;
  tasks: Array<{ name: string; status: string; n: number; redelivered_or_retried: number }>;
  deadLetters: Array<{ task_name: string; error_type: string; message: string; n: number }>;
  taskSuccessShare: number;
  liveTasksLeft: number;
}

/** Waits until no task is queued, running or retrying (a killed worker's job comes back after its heartbeat expires). */
export async function waitForQuietQueue(db: Database, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM tasks WHERE status = ANY($1)`, [LIVE_TASK_STATUSES]);
    if (rows[0]!.n === 0 || Date.now() > deadline) return rows[0]!.n;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function checkSteps(db: Database, metrics: LoadMetrics, report: ConsistencyReport): Promise<void> {
  const { rows } = await db.query<{ id: string; status: string; result: { accepted?: boolean; answered?: string[] } | null; turn_id: string; answer_rows: number; answer_fields: number }>(
    `SELECT t.id, t.status, t.result, t.payload->>'turn_id' AS turn_id,
            (SELECT count(*)::int FROM answers a WHERE a.turn_id = (t.payload->>'turn_id')::uuid) AS answer_rows,
            (SELECT count(DISTINCT a.field_key)::int FROM answers a WHERE a.turn_id = (t.payload->>'turn_id')::uuid) AS answer_fields
       FROM tasks t WHERE t.id = ANY($1::uuid[])`, [metrics.stepsSubmitted.map((s) => s.taskId)]);
  const byTask = new Map(rows.map((row) => [row.id, row]));
  for (const step of metrics.stepsSubmitted) {
    const row = byTask.get(step.taskId);
    if (!row) { report.lostSteps.push(`${step.taskId} (${step.field}): no task row`); continue; }
    if (row.status !== 'completed' && row.status !== 'dead_lettered') { report.lostSteps.push(`${step.taskId} (${step.field}): task ${row.status}`); continue; }
    if (row.status !== 'completed') continue;
    const expected = row.result?.accepted ? (row.result.answered?.length ?? 0) : 0;
    if (row.answer_fields !== row.answer_rows) report.doubleAppliedSteps.push(`${step.taskId} (${step.field}): ${row.answer_rows} answer rows for ${row.answer_fields} fields`);
    else if (row.answer_rows > expected) report.doubleAppliedSteps.push(`${step.taskId} (${step.field}): ${row.answer_rows} answer rows, result says ${expected}`);
    else if (row.answer_rows < expected) report.lostSteps.push(`${step.taskId} (${step.field}): ${row.answer_rows} answer rows, result says ${expected}`);
  }
}

async function checkSessions(db: Database, metrics: LoadMetrics, report: ConsistencyReport): Promise<void> {
  const { rows } = await db.query<{ id: string; state: string; live_tasks: number }>(
    `SELECT s.id, s.state, (SELECT count(*)::int FROM tasks t WHERE t.session_id = s.id AND t.status = ANY($2)) AS live_tasks
       FROM sessions s WHERE s.id = ANY($1::uuid[])`, [metrics.sessionsStarted, LIVE_TASK_STATUSES]);
  for (const row of rows) {
    report.sessionStates[row.state] = (report.sessionStates[row.state] ?? 0) + 1;
    if (row.state === 'COMPLETED' || RESUMABLE_STATES.has(row.state)) continue;
    if (row.state === 'GENERATING_RECOMMENDATIONS' && row.live_tasks > 0) continue;
    report.stuckSessions.push(`${row.id}: ${row.state}${row.live_tasks ? '' : ', no live task'}`);
  }
  const missing = metrics.sessionsStarted.length - rows.length;
  if (missing > 0) report.stuckSessions.push(`${missing} session(s) the users started are missing from the database`);
  report.completedButNotRecorded = Math.max(0, metrics.sessionsCompletedAtMs.length - (report.sessionStates.COMPLETED ?? 0));
}

export async function checkConsistency(db: Database, metrics: LoadMetrics): Promise<ConsistencyReport> {
  const report: ConsistencyReport = {
    lostSteps: [], doubleAppliedSteps: [], stuckSessions: [], sessionStates: {}, completedButNotRecorded: 0, orphanTurns: 0,
    maxAnswersPerTurn: 0, answers: 0, answerAcceptedEvents: 0, tasks: [], deadLetters: [], taskSuccessShare: 1, liveTasksLeft: 0,
  };
  await checkSteps(db, metrics, report);
  await checkSessions(db, metrics, report);
  const totals = await db.query<{ answers: number; accepted_events: number; max_per_turn: number; orphan_turns: number; live: number }>(`SELECT
      (SELECT count(*)::int FROM answers WHERE turn_id IS NOT NULL) AS answers,
      (SELECT count(*)::int FROM analytics_events WHERE type = 'answer_accepted') AS accepted_events,
      (SELECT coalesce(max(n), 0)::int FROM (SELECT count(*) AS n FROM answers WHERE turn_id IS NOT NULL GROUP BY turn_id) x) AS max_per_turn,
      (SELECT count(*)::int FROM turns tu WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.payload->>'turn_id' = tu.id::text)) AS orphan_turns,
      (SELECT count(*)::int FROM tasks WHERE status = ANY($1)) AS live`, [LIVE_TASK_STATUSES]);
  const t = totals.rows[0]!;
  Object.assign(report, { answers: t.answers, answerAcceptedEvents: t.accepted_events, maxAnswersPerTurn: t.max_per_turn, orphanTurns: t.orphan_turns, liveTasksLeft: t.live });
  if (t.answers !== t.accepted_events) report.doubleAppliedSteps.push(`answers ${t.answers} ≠ answer_accepted events ${t.accepted_events}`);
  report.tasks = (await db.query<ConsistencyReport['tasks'][number]>(
    `SELECT name, status, count(*)::int AS n, count(*) FILTER (WHERE attempts > 1)::int AS redelivered_or_retried FROM tasks GROUP BY 1, 2 ORDER BY 1, 2`)).rows;
  report.deadLetters = (await db.query<ConsistencyReport['deadLetters'][number]>(
    `SELECT task_name, error_type, left(error_message, 120) AS message, count(*)::int AS n FROM dead_letters GROUP BY 1, 2, 3 ORDER BY 4 DESC`)).rows;
  const finished = report.tasks.filter((row) => !LIVE_TASK_STATUSES.includes(row.status));
  const total = finished.reduce((sum, row) => sum + row.n, 0);
  const completed = finished.filter((row) => row.status === 'completed').reduce((sum, row) => sum + row.n, 0);
  report.taskSuccessShare = total === 0 ? 1 : completed / total;
  return report;
}
