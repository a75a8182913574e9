// One simulated user: starts a text onboarding, answers every question with a
// (scaled-down) human pause, waits for each step by polling GET /tasks/:id,
// waits for the proposal and approves it; repeats until the phase deadline.
import { TYPICAL_ANSWERS } from '../../test/support/onboarding-script.ts';
import { ApiClient } from './api-client.ts';
import type { LoadMetrics } from './load-metrics.ts';

const BASE = '/api/v1/onboarding';
const MAX_STEPS_PER_SESSION = 40;
const TASK_WAIT_LIMIT_MS = 120_000;
const FINAL_TASK_STATUSES = new Set(['completed', 'dead_lettered', 'failed']);

export interface UserPlan {
  userIndex: number;
  apiUrl: string;
  key: string;
  deadlineMs: number;
  /** A real user pauses 4–20 s before an answer; this multiplies that. */
  thinkScale: number;
}

interface Question { field: string }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const think = (scale: number) => sleep((4_000 + Math.random() * 16_000) * scale);

function answerFor(field: string, userIndex: number, sessionNumber: number): string {
  if (field === 'organisation_name') return `Acme Facilities ${userIndex}-${sessionNumber} Ltd`;
  const answer = TYPICAL_ANSWERS[field];
  if (!answer) throw new Error(`no scripted answer for question ${field}`);
  return answer;
}

async function waitForTask(api: ApiClient, taskId: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + TASK_WAIT_LIMIT_MS;
  await sleep(50);
  for (;;) {
    const task = await api.call('GET', `${BASE}/tasks/${taskId}`);
    if (task.status !== 200) throw new Error(`GET task ${taskId}: ${task.status} ${JSON.stringify(task.body).slice(0, 200)}`);
    if (FINAL_TASK_STATUSES.has(task.body.status as string)) return task.body;
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${String(task.body.status)} after ${TASK_WAIT_LIMIT_MS} ms`);
    await sleep(100);
  }
}

async function waitForProposal(api: ApiClient, sessionId: string): Promise<string> {
  const deadline = Date.now() + TASK_WAIT_LIMIT_MS;
  for (;;) {
    const session = await api.call('GET', `${BASE}/sessions/${sessionId}`);
    if (session.status !== 200) throw new Error(`GET session: ${session.status}`);
    if (session.body.state === 'AWAITING_USER_APPROVAL' && session.body.recommendation_id) return session.body.recommendation_id as string;
    if (session.body.state === 'ERROR') throw new Error(`session ${sessionId} went to ERROR while generating the proposal`);
    if (Date.now() > deadline) throw new Error(`session ${sessionId} still ${String(session.body.state)} after ${TASK_WAIT_LIMIT_MS} ms`);
    await sleep(100);
  }
}

/** Runs one session; returns false when the deadline cut it short (left resumable). */
async function runSession(api: ApiClient, plan: UserPlan, metrics: LoadMetrics, sessionNumber: number): Promise<boolean> {
  const started = await api.call('POST', `${BASE}/sessions`, {});
  if (started.status !== 201) throw new Error(`POST sessions: ${started.status} ${JSON.stringify(started.body).slice(0, 200)}`);
  const sessionId = started.body.id as string;
  metrics.sessionsStarted.push(sessionId);
  let question = started.body.next_question as Question | null;
  for (let steps = 0; question; steps++) {
    if (steps >= MAX_STEPS_PER_SESSION) throw new Error(`session ${sessionId}: no progress after ${steps} steps (stuck on ${question.field})`);
    await think(plan.thinkScale);
    if (Date.now() > plan.deadlineMs) return false;
    const sentAt = Date.now();
    const step = await api.call('POST', `${BASE}/conversation/`, { session_id: sessionId, text: answerFor(question.field, plan.userIndex, sessionNumber) }, { ambiguousRetry: false });
    if (step.status !== 202) throw new Error(`POST conversation: ${step.status} ${JSON.stringify(step.body).slice(0, 200)}`);
    const taskId = step.body.task_id as string;
    metrics.stepsSubmitted.push({ sessionId, taskId, field: question.field });
    const task = await waitForTask(api, taskId);
    if (task.status !== 'completed') throw new Error(`step task ${taskId} ended ${String(task.status)}: ${JSON.stringify(task.error).slice(0, 200)}`);
    metrics.stepLatencyMs.push(Date.parse(task.updated_at as string) - sentAt);
    metrics.stepObservedMs.push(Date.now() - sentAt);
    question = (task.result as { next_question: Question | null }).next_question;
  }
  const recommendationId = await waitForProposal(api, sessionId);
  await think(plan.thinkScale);
  const approved = await api.call('POST', `${BASE}/approve/${recommendationId}/`);
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${JSON.stringify(approved.body).slice(0, 200)}`);
  metrics.sessionsCompletedAtMs.push(Date.now());
  return true;
}

export async function runSimulatedUser(plan: UserPlan, metrics: LoadMetrics): Promise<void> {
  const api = new ApiClient(plan.apiUrl, plan.key, metrics);
  // Users arrive spread over the first second rather than all at once.
  await sleep(Math.random() * 1_000);
  for (let sessionNumber = 0; Date.now() < plan.deadlineMs; sessionNumber++) {
    try {
      if (!await runSession(api, plan, metrics, sessionNumber)) return;
    } catch (err) {
      metrics.userFailures.push(`user ${plan.userIndex}: ${(err as Error).message}`);
      await sleep(500);
    }
  }
}
