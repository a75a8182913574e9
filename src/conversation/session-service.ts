// The conversation's use cases: start, answer, edit an answer, cancel, erase.
// Each runs in one transaction with the job and events it causes.
import type { Database, Queryable } from '../db/database.ts';
import type { Principal } from '../auth/principal.ts';
import { IntakeError } from '../errors.ts';
import { recordEvent, type Channel } from '../analytics/event-store.ts';
import { sanitizeForLog } from '../privacy/pii-service.ts';
import { loadTemplate as loadTemplateOrThrow } from './templates/index.ts';
import { extractAnswer } from './extraction/index.ts';
import { applyAnswerChange, nextField, progress, pruneInapplicable, questionMessage } from './question-flow.ts';
import type { Answers, AnswerValue, Template, TemplateField } from './template.ts';
import { ANSWERABLE, assertTransition, type SessionState } from './state-machine.ts';
import { appendSessionEvent } from './session-events.ts';
import { loadSession, scopeClause, type SessionRow } from './session-store.ts';
import type { TaskScheduler } from './ports.ts';
import { deleteSessionBlobs } from '../uploads/blob-store.ts';

/** Templates by id; an unknown id is the caller's mistake (400 unknown_template). */
export function loadTemplate(id: string): Template {
  try {
    return loadTemplateOrThrow(id);
  } catch (err) {
    if ((err as { code?: string }).code === 'unknown_template') throw new IntakeError('unknown_template', `No template "${id}".`, { template: id });
    throw err;
  }
}

export interface ConversationDeps { db: Database; scheduler: TaskScheduler }

export interface QuestionView {
  field: string;
  type: TemplateField['type'];
  prompt: string;
  help: string;
  examples: string[];
  options?: Array<{ value: string; label: string }>;
  min?: number;
  max?: number;
  unit?: string;
}

export function questionView(field: TemplateField): QuestionView {
  const view: QuestionView = { field: field.key, type: field.type, prompt: field.prompt, help: field.help, examples: field.examples };
  if (field.type === 'enum' || field.type === 'multi_select') view.options = field.options.map((o) => ({ value: o.value, label: o.label }));
  if (field.type === 'integer') Object.assign(view, { min: field.min, max: field.max, unit: field.unit });
  return view;
}

export async function changeState(tx: Queryable, session: SessionRow, to: SessionState, extra: { errorMessage?: string | null } = {}): Promise<void> {
  if (session.state === to) return;
  assertTransition(session.state, to);
  await tx.query(
    `UPDATE sessions SET state = $2, state_before_error = CASE WHEN $2 = 'ERROR' THEN state ELSE NULL END,
       error_message = $3, updated_at = now(), completed_at = CASE WHEN $2 = 'COMPLETED' THEN now() ELSE completed_at END WHERE id = $1`,
    [session.id, to, extra.errorMessage ?? null],
  );
  await recordEvent(tx, { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, type: 'state_changed', data: { from: session.state, to } });
  await appendSessionEvent(tx, session.id, 'state_changed', { from: session.state, to });
  session.state = to;
}

export async function addAssistantMessage(tx: Queryable, sessionId: string, text: string): Promise<void> {
  await tx.query(`INSERT INTO messages (session_id, role, text) VALUES ($1, 'assistant', $2)`, [sessionId, text]);
  await appendSessionEvent(tx, sessionId, 'assistant_message', { text });
}

export interface StartSessionInput { template?: string; language?: string; client_id?: string }

export async function startSession(deps: ConversationDeps, principal: Principal, input: StartSessionInput, channel: Channel = 'text'): Promise<string> {
  if (principal.role === 'session') throw new IntakeError('forbidden', 'A session token cannot start new sessions.');
  const template = loadTemplate(input.template ?? 'facility-site');
  const clientId = principal.clientId ?? input.client_id ?? 'default';
  if (principal.clientId && input.client_id && input.client_id !== principal.clientId) {
    throw new IntakeError('forbidden', 'This key is bound to another client.');
  }
  const first = nextField(template, {});
  return deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO sessions (tenant_id, client_id, user_id, template_id, template_version, language, state, current_field)
       VALUES ($1, $2, $3, $4, $5, $6, 'STARTED', $7) RETURNING id`,
      [principal.tenantId, clientId, principal.userId, template.id, template.version, input.language ?? template.language, first?.key ?? null],
    );
    const sessionId = rows[0]!.id;
    const base = { tenantId: principal.tenantId, clientId, sessionId };
    await recordEvent(tx, { ...base, type: 'session_created', channel, data: { template_id: template.id, language: input.language ?? template.language } });
    if (first) {
      await addAssistantMessage(tx, sessionId, questionMessage(first));
      await recordEvent(tx, { ...base, type: 'question_asked', fieldKey: first.key });
    }
    return sessionId;
  });
}

export interface SessionView {
  id: string;
  state: SessionState;
  template: { id: string; version: number };
  language: string;
  client_id: string;
  answers: Answers;
  next_question: QuestionView | null;
  progress: { answered: number; total: number; percent: number };
  recommendation_id: string | null;
  error: { message: string } | null;
  messages: Array<{ role: string; text: string; at: string }>;
  created_at: string;
  updated_at: string;
}

export async function viewSession(db: Queryable, principal: Principal, sessionId: string): Promise<SessionView> {
  const session = await loadSession(db, principal, sessionId);
  const template = loadTemplate(session.template_id);
  const [messages, recommendation] = await Promise.all([
    db.query<{ role: string; text: string; created_at: Date }>('SELECT role, text, created_at FROM messages WHERE session_id = $1 ORDER BY id DESC LIMIT 50', [session.id]),
    db.query<{ id: string }>(`SELECT id FROM recommendations WHERE session_id = $1 AND status IN ('proposed', 'approved') ORDER BY version DESC LIMIT 1`, [session.id]),
  ]);
  const field = session.current_field ? template.fields.find((f) => f.key === session.current_field) : undefined;
  return {
    id: session.id,
    state: session.state,
    template: { id: session.template_id, version: session.template_version },
    language: session.language,
    client_id: session.client_id,
    answers: session.answers,
    next_question: field && ANSWERABLE.has(session.state) ? questionView(field) : null,
    progress: progress(template, session.answers),
    recommendation_id: recommendation.rows[0]?.id ?? null,
    error: session.error_message ? { message: session.error_message } : null,
    messages: messages.rows.reverse().map((m) => ({ role: m.role, text: m.text, at: m.created_at.toISOString() })),
    created_at: session.created_at.toISOString(),
    updated_at: session.updated_at.toISOString(),
  };
}

/** Stores the user's turn (the only copy of its raw text) and queues the step that processes it. */
export async function submitTurn(deps: ConversationDeps, principal: Principal, input: { sessionId: string; text: string; source: 'text' | 'voice'; redactedText: string; correlationId?: string; idempotencyKey?: string }): Promise<{ taskId: string; turnId: string; replayed: boolean }> {
  return deps.db.transaction(async (tx) => {
    const session = await loadSession(tx, principal, input.sessionId, { forUpdate: true });
    if (input.idempotencyKey) {
      const { rows: previous } = await tx.query<{ id: string; task_id: string }>('SELECT id, task_id FROM turns WHERE session_id = $1 AND idempotency_key = $2', [session.id, input.idempotencyKey]);
      if (previous[0]) return { taskId: previous[0].task_id, turnId: previous[0].id, replayed: true };
    }
    if (!ANSWERABLE.has(session.state)) {
      throw new IntakeError('invalid_state', `The session is ${session.state}; answers are taken only while it is STARTED or IN_PROGRESS.`, { state: session.state });
    }
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO turns (session_id, source, raw_text, redacted_text, field_key, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [session.id, input.source, input.text, input.redactedText, session.current_field, input.idempotencyKey ?? null],
    );
    const turnId = rows[0]!.id;
    const taskId = await deps.scheduler.enqueue(tx, {
      name: 'process_conversation_step', payload: { session_id: session.id, turn_id: turnId }, tenantId: session.tenant_id, sessionId: session.id, correlationId: input.correlationId,
    });
    await tx.query('UPDATE turns SET task_id = $2 WHERE id = $1', [turnId, taskId]);
    await appendSessionEvent(tx, session.id, 'step_progress', { task_id: taskId, status: 'queued' });
    return { taskId, turnId, replayed: false };
  });
}

export async function storeAnswer(tx: Queryable, session: SessionRow, field: TemplateField, value: AnswerValue, meta: { confidence: number; extractor: string; turnId: string | null }): Promise<void> {
  await tx.query('UPDATE answers SET superseded_at = now() WHERE session_id = $1 AND field_key = $2 AND superseded_at IS NULL', [session.id, field.key]);
  await tx.query('INSERT INTO answers (session_id, turn_id, field_key, value, confidence, extractor) VALUES ($1, $2, $3, $4, $5, $6)',
    [session.id, meta.turnId, field.key, JSON.stringify(value), meta.confidence, meta.extractor]);
  session.answers = { ...session.answers, [field.key]: value };
}

/** Persists answers + the next question pointer; returns the next field (null when all are answered). */
export async function saveProgress(tx: Queryable, session: SessionRow, template: Template): Promise<TemplateField | null> {
  session.answers = pruneInapplicable(template, session.answers).answers;
  const next = nextField(template, session.answers);
  session.current_field = next?.key ?? null;
  await tx.query('UPDATE sessions SET answers = $2, current_field = $3, updated_at = now() WHERE id = $1', [session.id, JSON.stringify(session.answers), session.current_field]);
  return next;
}

/** Who and where an analytics event is about. */
export type EventBase = { tenantId: string; clientId: string; sessionId: string; channel: Channel };

/**
 * After answers changed: ask the next question (saying back `noted` corrections first) or, when every answer
 * is in, queue the proposal. `doneMessage` is the step's reply in that case.
 */
export async function askNextOrPropose(tx: Queryable, scheduler: TaskScheduler, session: SessionRow, template: Template, input: {
  base: EventBase; answered: string[]; noted: string; doneMessage: string; correlationId?: string | null;
  /** What to ask instead of the next question's own wording, or undefined to ask it as it is. */
  askedAs?: (next: TemplateField) => string | undefined;
}): Promise<{ next: TemplateField | null; message: string }> {
  if (session.state === 'STARTED') await changeState(tx, session, 'IN_PROGRESS');
  const next = await saveProgress(tx, session, template);
  let message = input.doneMessage;
  if (next) {
    message = [input.noted, input.askedAs?.(next) ?? questionMessage(next, { again: input.noted !== '' })].filter(Boolean).join(' ');
    await addAssistantMessage(tx, session.id, message);
    await recordEvent(tx, { ...input.base, type: 'question_asked', fieldKey: next.key });
  } else {
    if (input.noted) await addAssistantMessage(tx, session.id, input.noted);
    await queueRecommendation(tx, scheduler, session, input.correlationId);
  }
  await appendSessionEvent(tx, session.id, 'step_completed', { answered: input.answered, next_field: next?.key ?? null, state: session.state });
  return { next, message };
}

/** All required answers are in: move to GENERATING_RECOMMENDATIONS and queue the maker/checker. */
export async function queueRecommendation(tx: Queryable, scheduler: TaskScheduler, session: SessionRow, correlationId?: string | null): Promise<string> {
  await changeState(tx, session, 'GENERATING_RECOMMENDATIONS');
  await addAssistantMessage(tx, session.id, 'Thank you — that is everything I need. I am preparing a proposed site configuration for you to review.');
  return scheduler.enqueue(tx, { name: 'generate_recommendation', payload: { session_id: session.id }, tenantId: session.tenant_id, sessionId: session.id, correlationId });
}

/** PATCH /sessions/:id/answers/:field — change an earlier answer; dependants are re-checked. */
export async function editAnswer(deps: ConversationDeps, principal: Principal, sessionId: string, fieldKey: string, text: string): Promise<{ pruned: string[]; task_id: string | null }> {
  return deps.db.transaction(async (tx) => {
    const session = await loadSession(tx, principal, sessionId, { forUpdate: true });
    if (!['STARTED', 'IN_PROGRESS', 'AWAITING_USER_APPROVAL'].includes(session.state)) {
      throw new IntakeError('invalid_state', `Answers cannot be changed while the session is ${session.state}.`, { state: session.state });
    }
    const template = loadTemplate(session.template_id);
    const field = template.fields.find((f) => f.key === fieldKey);
    if (!field) throw new IntakeError('unknown_field', `The template has no field "${fieldKey}".`, { field: fieldKey });
    const result = extractAnswer(field, text, { answers: session.answers, template });
    if (!result.ok) throw new IntakeError('invalid_answer', result.message, { field: fieldKey, reason: result.reason });
    const redacted = sanitizeForLog(text).text;
    const { rows } = await tx.query<{ id: string }>(`INSERT INTO turns (session_id, source, raw_text, redacted_text, field_key) VALUES ($1, 'edit', $2, $3, $4) RETURNING id`,
      [session.id, text, redacted, field.key]);
    const change = applyAnswerChange(template, session.answers, field.key, result.value);
    await storeAnswer(tx, session, field, result.value, { confidence: result.confidence, extractor: 'rules', turnId: rows[0]!.id });
    session.answers = change.answers;
    const next = await saveProgress(tx, session, template);
    const pruned = change.dropped;
    await recordEvent(tx, { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, type: 'answer_edited', fieldKey: field.key, data: { pruned: pruned.length } });
    if (session.state === 'AWAITING_USER_APPROVAL') {
      await tx.query(`UPDATE recommendations SET status = 'superseded', updated_at = now() WHERE session_id = $1 AND status = 'proposed'`, [session.id]);
      await changeState(tx, session, 'IN_PROGRESS');
    } else if (session.state === 'STARTED') {
      await changeState(tx, session, 'IN_PROGRESS');
    }
    let taskId: string | null = null;
    if (next) await addAssistantMessage(tx, session.id, `Updated. ${questionMessage(next)}`);
    else taskId = await queueRecommendation(tx, deps.scheduler, session);
    return { pruned, task_id: taskId };
  });
}

export async function cancelSession(deps: ConversationDeps, principal: Principal, sessionId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const session = await loadSession(tx, principal, sessionId, { forUpdate: true });
    await changeState(tx, session, 'CANCELLED');
    await recordEvent(tx, { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, type: 'session_cancelled' });
  });
}

/** Erasure: the session and everything derived from it; analytics keep anonymous rows. */
export async function eraseSession(deps: ConversationDeps, principal: Principal, sessionId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const session = await loadSession(tx, principal, sessionId, { forUpdate: true });
    await tx.query(`UPDATE analytics_events SET session_id = NULL, data = '{}'::jsonb WHERE session_id = $1`, [session.id]);
    await tx.query('DELETE FROM dead_letters WHERE session_id = $1', [session.id]);
    await deleteSessionBlobs(tx, session.id);
    await tx.query('DELETE FROM sessions WHERE id = $1', [session.id]);
  });
}

/** A row of the session list: enough to tell one onboarding from another (the site and organisation, once answered). */
export interface SessionListItem {
  id: string; state: string; client_id: string; created_at: Date; updated_at: Date;
  site_name: string | null; organisation_name: string | null;
}

export async function listSessions(db: Queryable, principal: Principal, limit: number, offset: number): Promise<SessionListItem[]> {
  const scope = scopeClause(principal, 1);
  const { rows } = await db.query<SessionListItem>(
    `SELECT s.id, s.state, s.client_id, s.created_at, s.updated_at, s.answers->>'site_name' AS site_name, s.answers->>'organisation_name' AS organisation_name
       FROM sessions s WHERE ${scope.sql} ORDER BY s.created_at DESC LIMIT $${scope.params.length + 1} OFFSET $${scope.params.length + 2}`,
    [...scope.params, limit, offset],
  );
  return rows;
}
