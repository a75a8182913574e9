// The LLM side of a conversation (LLM_PROVIDER=openai): understanding a user's
// turn, phrasing the next question as a token stream, and the maker/checker
// proposal. Everything the model returns is validated data; when the model is
// slow, broken or its breaker open, the rules answer and the result says degraded.
import type { Logger } from 'pino';
import type { AppContext } from '../app-context.ts';
import { recordEvent } from '../analytics/event-store.ts';
import { classifyError, NonRetryableError } from '../resilience/error-classification.ts';
import { fallbacks } from '../observability/metrics.ts';
import { LlmClient, LlmOutputError, type LlmCallRecord } from '../providers/llm/openai-client.ts';
import { buildPrompt, type LlmPurpose } from '../providers/llm/prompts.ts';
import { MAKER_ANSWER, REVIEW_ANSWER, TURN_UNDERSTANDING, type ReviewAnswer, type TurnUnderstanding } from '../providers/llm/model-answers.ts';
import { callLlmWithinBudget, type BudgetOutcome } from '../providers/llm/llm-budget.ts';
import type { Understanding } from './conversation-step.ts';
import { loadTurn } from './conversation-step.ts';
import { answersNothing, extractAnswer, extractVolunteered, validateAnswerValue } from './extraction/index.ts';
import { MIN_VOLUNTEERED_CONFIDENCE } from './extraction/volunteered.ts';
import { applicableFields, missingRequired, nextField, pruneInapplicable } from './question-flow.ts';
import { answeredDays, checkRecommendation, recommendationConfidence, WARNING_FACTOR, WEEKDAYS, withReadingDays, type RecommendationConfig } from './recommendation/index.ts';
import { proposeWithRules, type Proposal } from './recommendation-service.ts';
import { appendSessionEvent } from './session-events.ts';
import { loadTemplate } from './session-service.ts';
import { loadAnswerConfidences, loadSessionById, type SessionRow } from './session-store.ts';
import { ANSWERABLE } from './state-machine.ts';
import type { Answers, Template, TemplateField } from './template.ts';

export const PROVIDER = 'openai';

/** An Understanding plus the streamed phrasing of the next question (shown as-is, never parsed). */
export interface LlmUnderstanding extends Understanding { assistant_text?: string }

export interface LlmAssist {
  understandTurn(sessionId: string, turnId: string, logger: Logger): Promise<LlmUnderstanding | undefined>;
  proposeConfiguration(session: SessionRow, logger: Logger): Promise<Proposal>;
}

/** Longest streamed phrasing kept; the model is told 40 words, this is the hard stop. */
export const MAX_PHRASING_CHARS = 320;
const PHRASING_MAX_TOKENS = 96;
/** An LLM reading of the question being asked must at least be this sure; volunteered ones as sure as the rules demand. */
const MIN_CURRENT_FIELD_CONFIDENCE = 0.5;
/** How many reviewer findings at most lower the confidence (one noisy reviewer must not zero it). */
const MAX_REVIEW_PENALTIES = 3;

interface SessionScope { tenantId: string; clientId: string; sessionId: string }

const containsPlaceholder = (value: unknown): boolean => JSON.stringify(value).includes('[REDACTED_');

/**
 * Keeps the model's fields that name a non-PII template field, pass
 * validateAnswerValue, carry no redaction placeholder and are sure enough.
 */
export function acceptModelFields(template: Template, currentKey: string, understood: TurnUnderstanding): Understanding['fields'] {
  const accepted: Understanding['fields'] = [];
  for (const candidate of understood.fields) {
    const field = template.fields.find((each) => each.key === candidate.key);
    if (!field || field.type === 'contact' || accepted.some((each) => each.key === field.key)) continue;
    if (candidate.confidence < (field.key === currentKey ? MIN_CURRENT_FIELD_CONFIDENCE : MIN_VOLUNTEERED_CONFIDENCE)) continue;
    if (containsPlaceholder(candidate.value)) continue;
    const checked = validateAnswerValue(field, candidate.value);
    if (checked.ok) accepted.push({ key: field.key, value: checked.value, confidence: candidate.confidence });
  }
  return accepted;
}

/**
 * The question applyConversationTurn will ask next, predicted with its merge
 * rule (rules win for the current field, LLM fields fill what is still open),
 * so its phrasing can stream before the step commits. Null: nothing left to ask.
 */
function predictNextQuestion(template: Template, session: SessionRow, field: TemplateField, rawText: string, fields: Understanding['fields']): { field: TemplateField | null; reask: boolean } {
  const rules = extractAnswer(field, rawText, { answers: session.answers, template });
  const current = rules.ok ? rules.value : answersNothing(rules) ? undefined : fields.find((each) => each.key === field.key)?.value;
  if (current === undefined) return { field, reask: true };
  const answers: Answers = { ...session.answers, [field.key]: current };
  const volunteered = [...extractVolunteered(template, rawText, answers).map((each) => ({ key: each.field, value: each.value })), ...fields];
  for (const extra of volunteered) {
    const extraField = template.fields.find((each) => each.key === extra.key);
    if (extraField && extraField.type !== 'contact' && !(extra.key in answers)) answers[extra.key] = extra.value;
  }
  return { field: nextField(template, pruneInapplicable(template, answers).answers), reask: false };
}

function answerConfidences(confidences: Readonly<Record<string, number>>, session: SessionRow, template: Template): number[] {
  return applicableFields(template, session.answers).filter((field) => session.answers[field.key] !== undefined).map((field) => confidences[field.key] ?? 1);
}

/**
 * Reviewer findings are advisory: shown to the user as warnings at most (an
 * LLM cannot block approval — only the deterministic checker can) and marked
 * with a `review_` code so they are never mistaken for the checker's.
 */
function reviewFindings(review: ReviewAnswer): Proposal['findings'] {
  return review.findings.map((each) => ({
    severity: each.severity === 'info' ? 'info' : 'warning',
    code: `review_${each.code}`.slice(0, 48),
    message: each.message,
    path: each.path,
  }));
}

/**
 * confidence = deterministic × review factor, where deterministic is
 * recommendationConfidence(answer confidences, completeness, checker findings)
 * — the same formula as the rules maker — and the review factor is
 * WARNING_FACTOR ^ min(3, reviewer error/warning findings), × 0.9 more when
 * the reviewer's verdict is "revise". It never exceeds the deterministic value.
 */
export function combinedConfidence(deterministic: number, review: ReviewAnswer | undefined): number {
  if (!review) return deterministic;
  const penalties = Math.min(MAX_REVIEW_PENALTIES, review.findings.filter((each) => each.severity !== 'info').length);
  const factor = WARNING_FACTOR ** penalties * (review.verdict === 'revise' ? WARNING_FACTOR : 1);
  return Math.round(deterministic * factor * 100) / 100;
}

export function createLlmAssist(ctx: AppContext): LlmAssist {
  const { config } = ctx;

  function clientFor(calls: LlmCallRecord[]): LlmClient {
    return new LlmClient({ baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, maxTokens: config.LLM_MAX_TOKENS },
      { onCall: (record) => calls.push(record) });
  }

  function withinBudget<T>(deadlineMs: number, fn: (signal: AbortSignal) => Promise<T>): Promise<BudgetOutcome<T>> {
    return callLlmWithinBudget(fn, { policies: ctx.policies, callTimeoutMs: config.LLM_TIMEOUT_MS, timeScale: config.RETRY_TIME_SCALE, deadlineMs });
  }

  /** One llm_call analytics event per HTTP call: purpose, latency, tokens, outcome — never content. */
  async function recordCalls(scope: SessionScope, calls: LlmCallRecord[]): Promise<void> {
    for (const call of calls) {
      await recordEvent(ctx.db, { ...scope, type: 'llm_call', data: {
        purpose: call.purpose, latency_ms: call.latencyMs, prompt_tokens: call.promptTokens, completion_tokens: call.completionTokens, outcome: call.outcome, mode: call.mode,
      } });
    }
  }

  async function recordFallback(scope: SessionScope, purpose: LlmPurpose, error: unknown, logger: Logger): Promise<void> {
    const errorType = classifyError(error).errorType;
    fallbacks.inc({ service: 'llm_api' });
    logger.warn({ purpose, error_type: errorType, breaker: ctx.policies.llm.state }, 'LLM unavailable; the rules answered');
    await recordEvent(ctx.db, { ...scope, type: 'fallback_used', data: { service: 'llm_api', purpose, error_type: errorType } });
  }

  async function streamPhrasing(scope: SessionScope, turnId: string, template: Template, rawText: string, next: { field: TemplateField | null; reask: boolean }, deadlineMs: number, calls: LlmCallRecord[], logger: Logger): Promise<string | undefined> {
    const nextQuestion = next.field ? next.field.prompt : 'None: every question is answered. Thank the user and say a proposed configuration is being prepared.';
    const messages = buildPrompt('phrase_reply', { template, data: { user_reply: rawText, next_question: nextQuestion, asking_again: next.reask } });
    let index = 0;
    let streamed = '';
    const outcome = await withinBudget(deadlineMs, async (signal) => {
      // Tokens already shown cannot be taken back: a stream that broke mid-way is not replayed.
      if (index > 0) throw new NonRetryableError('the phrasing stream broke off', { code: 'llm_stream_interrupted' });
      return clientFor(calls).streamText({
      purpose: 'phrase_reply', messages, signal, maxTokens: PHRASING_MAX_TOKENS,
      onToken: async (token) => {
        if (streamed.length >= MAX_PHRASING_CHARS) return;
        const kept = token.slice(0, MAX_PHRASING_CHARS - streamed.length);
        streamed += kept;
        await appendSessionEvent(ctx.db, scope.sessionId, 'assistant_token', { turn_id: turnId, index: index++, token: kept });
      },
      });
    });
    if (!outcome.ok) {
      logger.warn({ error_type: classifyError(outcome.error).errorType }, 'the next question could not be phrased; the template wording is used');
      return undefined;
    }
    const text = streamed.trim();
    await appendSessionEvent(ctx.db, scope.sessionId, 'assistant_token', { turn_id: turnId, index, done: true, text });
    return text === '' ? undefined : text;
  }

  async function understandTurn(sessionId: string, turnId: string, logger: Logger): Promise<LlmUnderstanding | undefined> {
    const deadlineMs = Date.now() + config.LLM_STEP_BUDGET_MS;
    const session = await loadSessionById(ctx.db, sessionId);
    const turn = await loadTurn(ctx.db, turnId);
    if (!session || !turn || !ANSWERABLE.has(session.state) || !session.current_field) return undefined;
    const template = loadTemplate(session.template_id);
    const field = template.fields.find((each) => each.key === session.current_field);
    // A contact answer is PII: it never leaves the process; the rules extractor reads it.
    if (!field || field.type === 'contact') return undefined;
    const scope = { tenantId: session.tenant_id, clientId: session.client_id, sessionId };
    const calls: LlmCallRecord[] = [];
    const messages = buildPrompt('understand_turn', { template, data: { current_field: field.key, answers_so_far: session.answers, user_reply: turn.raw_text } });
    const outcome = await withinBudget(deadlineMs, (signal) => clientFor(calls).completeJson({ purpose: 'understand_turn', messages, signal, ...TURN_UNDERSTANDING }));
    if (!outcome.ok) {
      await recordCalls(scope, calls);
      await recordFallback(scope, 'understand_turn', outcome.error, logger);
      return { fields: [], provider: 'rules', degraded: true };
    }
    const fields = acceptModelFields(template, field.key, outcome.value);
    logger.info({ extracted: fields.map((each) => each.key), dropped: outcome.value.fields.length - fields.length, unclear: outcome.value.unclear.length }, 'LLM understood the turn');
    const next = predictNextQuestion(template, session, field, turn.raw_text, fields);
    const assistantText = await streamPhrasing(scope, turnId, template, turn.raw_text, next, deadlineMs, calls, logger);
    await recordCalls(scope, calls);
    return { fields, provider: PROVIDER, degraded: false, ...(assistantText ? { assistant_text: assistantText } : {}) };
  }

  async function proposeConfiguration(session: SessionRow, logger: Logger): Promise<Proposal> {
    const template = loadTemplate(session.template_id);
    const answers = session.answers;
    const scope = { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id };
    const calls: LlmCallRecord[] = [];
    const confidences = await loadAnswerConfidences(ctx.db, session.id);
    // Maker and checker each get one step budget: the user is waiting for the proposal.
    const made = await withinBudget(Date.now() + config.LLM_STEP_BUDGET_MS, (signal) => clientFor(calls).completeJson({
      purpose: 'propose_configuration', messages: buildPrompt('propose_configuration', { template, data: { answers } }), signal, ...MAKER_ANSWER,
    }));
    if (!made.ok) {
      await recordCalls(scope, calls);
      await recordFallback(scope, 'propose_configuration', made.error, logger);
      const rules = proposeWithRules(session.template_id, answers, confidences);
      const note = made.error instanceof LlmOutputError
        ? [{ severity: 'info', code: 'llm_proposal_invalid', message: 'The AI proposal did not match the configuration schema; this one was made by the built-in rules.', path: '' }]
        : [];
      return { ...rules, findings: [...rules.findings, ...note], degraded: true };
    }
    // Names and the contact reference come from the answers, never from the model (it only saw them redacted);
    // days of cover the model left out are the answered ones (the checker warns when given ones differ), and a
    // weekly reading it gave no day is taken on the first of them.
    const madeHours = made.value.configuration.business_unit.operating_hours;
    const days = answeredDays(answers);
    const hours = madeHours.days === undefined && madeHours.mode !== '24x7' && days.length > 0 ? { ...madeHours, days } : madeHours;
    const configuration: RecommendationConfig = {
      ...made.value.configuration,
      meters: withReadingDays(made.value.configuration.meters, hours.days ?? WEEKDAYS),
      business_unit: {
        ...made.value.configuration.business_unit,
        operating_hours: hours,
        ...(typeof answers.organisation_name === 'string' ? { name: answers.organisation_name } : {}),
        ...(typeof answers.site_name === 'string' ? { site_name: answers.site_name } : {}),
      },
      contact_ref: 'answer:site_contact',
    };
    const checked = checkRecommendation(configuration, answers);
    const reviewed = await withinBudget(Date.now() + config.LLM_STEP_BUDGET_MS, (signal) => clientFor(calls).completeJson({
      purpose: 'review_configuration', messages: buildPrompt('review_configuration', { template, data: { answers, proposal: configuration } }), signal, ...REVIEW_ANSWER,
    }));
    await recordCalls(scope, calls);
    if (!reviewed.ok) await recordFallback(scope, 'review_configuration', reviewed.error, logger);
    const review = reviewed.ok ? reviewed.value : undefined;
    const required = applicableFields(template, answers).filter((each) => each.required).length;
    const deterministic = recommendationConfidence({
      answerConfidences: answerConfidences(confidences, session, template),
      completeness: required === 0 ? 1 : (required - missingRequired(template, answers).length) / required,
      findings: checked.findings,
    });
    const unreviewed = { severity: 'info', code: 'review_unavailable', message: 'The AI reviewer could not be reached; only the built-in checks ran.', path: '' };
    return {
      config: configuration as unknown as Record<string, unknown>,
      confidence: combinedConfidence(deterministic, review),
      rationale: made.value.rationale,
      findings: [...checked.findings, ...(review ? reviewFindings(review) : [unreviewed])],
      // Only the deterministic checker decides validity: whatever the reviewer says, errors block approval.
      valid: checked.valid,
      provider: PROVIDER,
      degraded: !review,
    };
  }

  return { understandTurn, proposeConfiguration };
}
