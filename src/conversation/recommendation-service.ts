// Recommendations: the maker/checker's proposal, user edits, approval and
// rejection, and the LLM re-make of a degraded proposal offered beside it.
// Approval completes the session and queues the signed webhook.
import type { Queryable } from '../db/database.ts';
import type { Principal } from '../auth/principal.ts';
import { IntakeError } from '../errors.ts';
import { recordEvent } from '../analytics/event-store.ts';
import { sanitizeForLog } from '../privacy/pii-service.ts';
import { applyRecommendationEdit, checkRecommendation, makeRecommendation } from './recommendation/index.ts';
import { appendSessionEvent } from './session-events.ts';
import { loadSession, loadSessionById, scopeClause, type SessionRow } from './session-store.ts';
import { addAssistantMessage, changeState, type ConversationDeps } from './session-service.ts';
import type { TaskScheduler } from './ports.ts';
import { loadTemplate } from './session-service.ts';
import { applyRevisionTurn, askWhatToChange, readCorrections, reopenAnswerSaidWrong } from './answer-corrections.ts';

export interface RecommendationRow {
  id: string;
  session_id: string;
  version: number;
  /** 'offered': an LLM re-make waiting beside the degraded proposal it improves; 'declined': the user kept the current one. */
  status: 'proposed' | 'approved' | 'rejected' | 'superseded' | 'offered' | 'declined';
  config: Record<string, unknown>;
  confidence: number;
  valid: boolean;
  findings: Array<{ severity: string; code: string; message: string; path?: string }>;
  rationale: string[];
  provider: string;
  degraded: boolean;
  reject_reason: string | null;
  edited: boolean;
  /** For an offer: the degraded proposal it would replace. */
  improves_id: string | null;
  /** Counts the row's changes; the HTTP layer's ETag. */
  revision: number;
  created_at: Date;
  updated_at: Date;
}

export interface Proposal { config: Record<string, unknown>; confidence: number; rationale: string[]; findings: RecommendationRow['findings']; valid: boolean; provider: string; degraded: boolean }

/** The built-in rules maker + deterministic checker; `confidences`: the extractor's per answer (loadAnswerConfidences). */
export function proposeWithRules(templateId: string, answers: Record<string, unknown>, confidences: Readonly<Record<string, number>>): Proposal {
  const template = loadTemplate(templateId);
  const made = makeRecommendation(template, answers as never, { confidences });
  const checked = checkRecommendation(made.config, answers as never);
  return { config: made.config as unknown as Record<string, unknown>, confidence: made.confidence, rationale: made.rationale, findings: checked.findings, valid: checked.valid, provider: 'rules', degraded: false };
}

/**
 * Stores a proposal as the session's newest recommendation and asks the user to review it.
 * A degraded one (the LLM failed, the rules answered) also queues its LLM re-make when a
 * scheduler is given (an LLM provider is configured), in the same transaction.
 */
export async function storeProposal(tx: Queryable, sessionId: string, proposal: Proposal, latencyMs: number,
  remake: { scheduler?: TaskScheduler; correlationId?: string | null } = {}): Promise<string | null> {
  const session = await loadSessionById(tx, sessionId, { forUpdate: true });
  if (!session || session.state !== 'GENERATING_RECOMMENDATIONS') return null;
  await tx.query(`UPDATE recommendations SET status = 'superseded', updated_at = now() WHERE session_id = $1 AND status IN ('proposed', 'offered')`, [sessionId]);
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO recommendations (session_id, version, status, config, confidence, valid, findings, rationale, provider, degraded)
     VALUES ($1, COALESCE((SELECT max(version) FROM recommendations WHERE session_id = $1), 0) + 1, 'proposed', $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [sessionId, JSON.stringify(proposal.config), proposal.confidence, proposal.valid, JSON.stringify(proposal.findings), JSON.stringify(proposal.rationale), proposal.provider, proposal.degraded],
  );
  const id = rows[0]!.id;
  await changeState(tx, session, 'AWAITING_USER_APPROVAL');
  await recordEvent(tx, { tenantId: session.tenant_id, clientId: session.client_id, sessionId, type: 'recommendation_generated',
    data: { latency_ms: Math.round(latencyMs), confidence: proposal.confidence, provider: proposal.provider, degraded: proposal.degraded, valid: proposal.valid } });
  await addAssistantMessage(tx, sessionId, proposal.valid
    ? 'Here is the proposed configuration. Review it, edit anything that is off, then approve it.'
    : 'Here is a draft configuration, but the checker found problems that need fixing before it can be approved.');
  await appendSessionEvent(tx, sessionId, 'recommendation_ready', { recommendation_id: id, valid: proposal.valid, confidence: proposal.confidence });
  if (proposal.degraded && remake.scheduler) {
    await remake.scheduler.enqueue(tx, { name: 'remake_recommendation', payload: { session_id: sessionId, recommendation_id: id }, tenantId: session.tenant_id, sessionId, correlationId: remake.correlationId });
  }
  return id;
}

/**
 * Stores the LLM re-make of a degraded proposal as an offer beside it, never in its place.
 * Dropped (null) when the user already moved on: approved, rejected, or a newer proposal.
 */
export async function storeImprovedOffer(tx: Queryable, improvesId: string, proposal: Proposal): Promise<{ offer_id: string } | { dropped: string }> {
  const { rows: current } = await tx.query<RecommendationRow>('SELECT * FROM recommendations WHERE id = $1 FOR UPDATE', [improvesId]);
  const improved = current[0];
  if (!improved) return { dropped: 'recommendation_gone' };
  const session = await loadSessionById(tx, improved.session_id, { forUpdate: true });
  if (improved.status !== 'proposed') return { dropped: `recommendation_${improved.status}` };
  if (!session || session.state !== 'AWAITING_USER_APPROVAL') return { dropped: `session_${session?.state ?? 'gone'}` };
  const open = await findOpenOfferId(tx, improvesId);
  if (open) return { offer_id: open };
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO recommendations (session_id, version, status, config, confidence, valid, findings, rationale, provider, degraded, improves_id)
     VALUES ($1, (SELECT max(version) FROM recommendations WHERE session_id = $1) + 1, 'offered', $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [session.id, JSON.stringify(proposal.config), proposal.confidence, proposal.valid, JSON.stringify(proposal.findings), JSON.stringify(proposal.rationale), proposal.provider, proposal.degraded, improvesId],
  );
  const offerId = rows[0]!.id;
  await addAssistantMessage(tx, session.id, 'The AI assistant is reachable again and has prepared an improved configuration. Your current one is unchanged: accept the improved version, or keep the current one.');
  await appendSessionEvent(tx, session.id, 'recommendation_improved', { recommendation_id: offerId, improves_recommendation_id: improvesId, valid: proposal.valid, confidence: proposal.confidence });
  return { offer_id: offerId };
}

/** The id of the improved version waiting beside this proposal, if any. */
export async function findOpenOfferId(db: Queryable, recommendationId: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM recommendations WHERE improves_id = $1 AND status = 'offered'`, [recommendationId]);
  return rows[0]?.id ?? null;
}

/** The open offer of a proposal, given the offer's id or the id of the proposal it improves. */
async function lockOpenOffer(tx: Queryable, principal: Principal, id: string): Promise<{ offer: RecommendationRow; current: RecommendationRow }> {
  const named = await loadRecommendation(tx, principal, id, { forUpdate: true });
  const offerId = named.status === 'offered' ? named.id : await findOpenOfferId(tx, named.id);
  if (!offerId) throw new IntakeError('stale_recommendation', 'There is no improved version waiting for this recommendation.', { status: named.status });
  const offer = offerId === named.id ? named : await loadRecommendation(tx, principal, offerId, { forUpdate: true });
  const current = await loadRecommendation(tx, principal, offer.improves_id!, { forUpdate: true });
  return { offer, current };
}

/** The user takes the improved version: it becomes the proposal to review; the degraded one is superseded. */
export async function acceptOffer(deps: ConversationDeps, principal: Principal, id: string): Promise<RecommendationRow> {
  return deps.db.transaction(async (tx) => {
    const { offer, current } = await lockOpenOffer(tx, principal, id);
    const session = await loadSession(tx, principal, offer.session_id, { forUpdate: true });
    assertCurrentProposal(current);
    if (session.state !== 'AWAITING_USER_APPROVAL') throw new IntakeError('invalid_state', `The session is ${session.state}.`, { state: session.state });
    await tx.query(`UPDATE recommendations SET status = 'superseded', updated_at = now() WHERE id = $1`, [current.id]);
    const { rows } = await tx.query<RecommendationRow>(`UPDATE recommendations SET status = 'proposed', updated_at = now() WHERE id = $1 RETURNING *`, [offer.id]);
    await addAssistantMessage(tx, session.id, 'Switched to the improved configuration. Review it, edit anything that is off, then approve it.');
    await appendSessionEvent(tx, session.id, 'recommendation_ready', { recommendation_id: offer.id, valid: offer.valid, confidence: offer.confidence });
    return rows[0]!;
  });
}

/** The user keeps the current proposal; the offer is closed. */
export async function declineOffer(deps: ConversationDeps, principal: Principal, id: string): Promise<RecommendationRow> {
  return deps.db.transaction(async (tx) => {
    const { offer, current } = await lockOpenOffer(tx, principal, id);
    await tx.query(`UPDATE recommendations SET status = 'declined', updated_at = now() WHERE id = $1`, [offer.id]);
    return current;
  });
}

/** Approving or rejecting the current proposal settles it: an offer still open for it is moot. */
async function closeOpenOffers(tx: Queryable, recommendationId: string): Promise<void> {
  await tx.query(`UPDATE recommendations SET status = 'superseded', updated_at = now() WHERE improves_id = $1 AND status = 'offered'`, [recommendationId]);
}

export async function loadRecommendation(db: Queryable, principal: Principal, id: string, options: { forUpdate?: boolean } = {}): Promise<RecommendationRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new IntakeError('recommendation_not_found');
  const scope = scopeClause(principal, 2);
  const { rows } = await db.query<RecommendationRow>(
    `SELECT r.* FROM recommendations r JOIN sessions s ON s.id = r.session_id WHERE r.id = $1 AND ${scope.sql}${options.forUpdate ? ' FOR UPDATE OF r' : ''}`,
    [id, ...scope.params],
  );
  if (!rows[0]) throw new IntakeError('recommendation_not_found');
  return rows[0];
}

/**
 * Which revisions the client's If-Match accepts (undefined: no If-Match, any). A change made against a revision the
 * client has not seen is refused, so an edit, approval or rejection never acts on a configuration nobody looked at.
 */
export type RevisionCondition = (revision: number) => boolean;

function assertRevision(rec: RecommendationRow, ifMatch: RevisionCondition | undefined): void {
  if (ifMatch === undefined || ifMatch(rec.revision)) return;
  throw new IntakeError('precondition_failed',
    'This configuration was changed since you loaded it (in another tab or by a colleague). Load it again, check the changes, then retry.',
    { revision: rec.revision, status: rec.status });
}

function assertCurrentProposal(rec: RecommendationRow): void {
  if (rec.status === 'approved') throw new IntakeError('already_approved');
  if (rec.status !== 'proposed') throw new IntakeError('stale_recommendation', `This recommendation is ${rec.status}; fetch the session's current one.`, { status: rec.status });
}

/**
 * The proposal an edit, approval or rejection acts on, and its session, both locked: refused unless it is the
 * session's current proposal, unchanged since `ifMatch`'s revision, and awaiting the user's approval.
 */
async function lockProposalUnderReview(tx: Queryable, principal: Principal, id: string, ifMatch: RevisionCondition | undefined): Promise<{ rec: RecommendationRow; session: SessionRow }> {
  const rec = await loadRecommendation(tx, principal, id, { forUpdate: true });
  const session = await loadSession(tx, principal, rec.session_id, { forUpdate: true });
  assertCurrentProposal(rec);
  assertRevision(rec, ifMatch);
  if (session.state !== 'AWAITING_USER_APPROVAL') throw new IntakeError('invalid_state', `The session is ${session.state}.`, { state: session.state });
  return { rec, session };
}

export async function editRecommendation(deps: ConversationDeps, principal: Principal, id: string, patch: Record<string, unknown>, ifMatch?: RevisionCondition): Promise<RecommendationRow> {
  return deps.db.transaction(async (tx) => {
    const { rec, session } = await lockProposalUnderReview(tx, principal, id, ifMatch);
    const edited = applyRecommendationEdit(rec.config as never, patch);
    if (!edited.ok) throw new IntakeError('invalid_edit', 'The edit does not produce a valid configuration.', { findings: edited.findings });
    const checked = checkRecommendation(edited.config, session.answers as never);
    const { rows } = await tx.query<RecommendationRow>(
      `UPDATE recommendations SET config = $2, valid = $3, findings = $4, edited = true, updated_at = now() WHERE id = $1 RETURNING *`,
      [rec.id, JSON.stringify(edited.config), checked.valid, JSON.stringify(checked.findings)],
    );
    await recordEvent(tx, { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, type: 'recommendation_edited', data: { paths: Object.keys(patch), valid: checked.valid } });
    return rows[0]!;
  });
}

export async function approveRecommendation(deps: ConversationDeps, principal: Principal, id: string, correlationId?: string, ifMatch?: RevisionCondition): Promise<{ session_id: string; state: string; webhook_task_id: string }> {
  return deps.db.transaction(async (tx) => {
    const { rec, session } = await lockProposalUnderReview(tx, principal, id, ifMatch);
    if (!rec.valid) throw new IntakeError('invalid_state', 'The checker found errors in this configuration; edit it before approving.', { findings: rec.findings.filter((f) => f.severity === 'error') });
    await tx.query(`UPDATE recommendations SET status = 'approved', updated_at = now() WHERE id = $1`, [rec.id]);
    await closeOpenOffers(tx, rec.id);
    await changeState(tx, session, 'COMPLETED');
    await recordEvent(tx, { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, type: 'recommendation_approved', data: { version: rec.version, edited: rec.edited } });
    await addAssistantMessage(tx, session.id, 'Approved — your site configuration has been handed to the platform. Onboarding is complete.');
    const taskId = await deps.scheduler.enqueue(tx, { name: 'deliver_webhook', payload: { session_id: session.id, recommendation_id: rec.id }, tenantId: session.tenant_id, sessionId: session.id, correlationId });
    return { session_id: session.id, state: 'COMPLETED', webhook_task_id: taskId };
  });
}

/**
 * Rejects the proposal under review. A reason that says what to change ("we need 3 shifts, not 2") is read as the
 * chat reads a reply after a rejection: the changes are applied and said back, and a new proposal is made (or the
 * question a change opened is asked); any other reason gets the question "what should change?".
 */
export async function rejectRecommendation(deps: ConversationDeps, principal: Principal, id: string, reason: string, ifMatch?: RevisionCondition): Promise<{ session_id: string; state: string; answered: string[] }> {
  return deps.db.transaction(async (tx) => {
    const { rec, session } = await lockProposalUnderReview(tx, principal, id, ifMatch);
    const redactedReason = sanitizeForLog(reason).text;
    await tx.query(`UPDATE recommendations SET status = 'rejected', reject_reason = $2, updated_at = now() WHERE id = $1`, [rec.id, redactedReason]);
    await closeOpenOffers(tx, rec.id);
    await changeState(tx, session, 'IN_PROGRESS');
    await recordEvent(tx, { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, type: 'recommendation_rejected', data: { reason: redactedReason } });
    const template = loadTemplate(session.template_id);
    const corrections = readCorrections(template, reason, session.answers);
    if (corrections.length === 0) {
      const base = { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, channel: 'text' as const };
      if (await reopenAnswerSaidWrong(tx, session, template, reason, base, { acknowledged: true })) return { session_id: session.id, state: session.state, answered: [] };
      await addAssistantMessage(tx, session.id, askWhatToChange(template, reason, session.answers, { acknowledged: true }));
      return { session_id: session.id, state: session.state, answered: [] };
    }
    // The reason is the user's reply to "what should change?": stored as their turn, as a typed reply would be.
    const { rows } = await tx.query<{ id: string }>(`INSERT INTO turns (session_id, source, raw_text, redacted_text, field_key) VALUES ($1, 'text', $2, $3, NULL) RETURNING id`,
      [session.id, reason, redactedReason]);
    const revision = await applyRevisionTurn(tx, deps.scheduler, { session, template, turn: { id: rows[0]!.id, raw_text: reason }, channel: 'text', corrections });
    return { session_id: session.id, state: session.state, answered: revision.answered };
  });
}
