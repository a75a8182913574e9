// `intake demo --sessions N`: simulated users onboard through the real HTTP API,
// job queue and conversation code (nothing is inserted directly), with planted
// faults so the funnel report has real, explainable drop-offs.
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { CommandError } from '../cli-error.ts';
import type { Config } from '../config.ts';
import { createLogger } from '../logging/logger.ts';
import { createAppContext } from '../app-context.ts';
import { buildApp } from '../http/app.ts';
import { startWorkers } from '../jobs/task-runner.ts';
import { TASKS } from '../jobs/tasks/index.ts';
import { createApiKey, ensureTenant } from '../auth/api-keys.ts';
import { markAbandonedSessions } from '../analytics/abandonment.ts';
import { analyzeAndOptimize } from '../analytics/optimizer.ts';
import { formatReportTable } from '../analytics/report-format.ts';
import { seededRandom } from '../simulation/seeded-random.ts';
import { loadTemplate } from '../conversation/templates/index.ts';
import type { TemplateField } from '../conversation/template.ts';

/** What simulated users say to each question; a question not listed gets its template examples (demoAnswers). */
const ANSWERS: Record<string, string[]> = {
  organisation_name: ['Acme Facilities Ltd', 'Northgate Health Trust', 'Blue River Logistics'],
  site_name: ['Riverside Plant', 'Head Office', 'East Depot'],
  site_type: ["It's a hospital", 'a distribution centre', 'office building', 'a factory'],
  operating_hours: ['24/7', 'round the clock', 'nine to five', 'business hours'],
  custom_hours: ['7am to 7pm'],
  operating_days: ['Monday to Friday', 'weekdays and Saturday', 'Mon-Sat', 'every day'],
  shifts_per_day: ['three shifts', '2', 'we run 3 shifts'],
  staff_per_shift: ['twelve guards', '4', 'six per shift'],
  buildings: ['2 buildings', 'just one', 'three'],
  floors: ['five floors', '1', '12'],
  checkpoints_per_tour: ['about twenty', '12 checkpoints', '30'],
  tour_frequency_hours: ['every two hours', 'hourly', 'every 4 hours'],
  meters: ['electricity and water', 'power, water and the generator', 'none'],
  registers: ['visitor and key registers', 'all of them', 'visitor'],
  site_contact: ['Jane Doe, 07700 900123, jane@example.com', 'Raj Patel on +44 20 7946 0018'],
};
/**
 * The replies a simulated user may give to a question: ours, or the template's own examples — a question added
 * to the template later must not stall every simulated session there (answered "yes", re-asked until abandoned)
 * and so plant a drop-off nobody meant.
 */
export function demoAnswers(field: TemplateField): string[] {
  return ANSWERS[field.key] ?? field.examples;
}

// Replies no reader can turn into an answer (a user who is merely unsure of a count gets Intake's suggestion instead).
const CONFUSED_REPLIES = ['what do you mean by that?', 'what counts here?', 'depends, really'];
const REJECT_REASONS = ['the night shift should start at 21:00', 'we need more guards at night', 'tours are too frequent'];


interface DemoOptions { sessions: number; confusingField: string; confusedShare: number; rejectShare: number; seed: number }

async function call(app: FastifyInstance, key: string, method: 'GET' | 'POST', url: string, payload?: unknown) {
  const response = await app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, payload: payload as never });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}

async function waitForTask(app: FastifyInstance, key: string, taskId: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 600; i++) {
    const task = await call(app, key, 'GET', `/api/v1/onboarding/tasks/${taskId}`);
    if (['completed', 'dead_lettered', 'failed'].includes(String(task.body.status))) return task.body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`demo: task ${taskId} did not finish`);
}

async function waitForRecommendation(app: FastifyInstance, key: string, sessionId: string): Promise<string | null> {
  for (let i = 0; i < 600; i++) {
    const session = await call(app, key, 'GET', `/api/v1/onboarding/sessions/${sessionId}`);
    if (session.body.state === 'AWAITING_USER_APPROVAL') return session.body.recommendation_id as string;
    if (session.body.state === 'ERROR') return null;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

/** One simulated user; returns how far they got. */
async function simulateUser(app: FastifyInstance, key: string, options: DemoOptions, random: () => number): Promise<string> {
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  const created = await call(app, key, 'POST', '/api/v1/onboarding/sessions', {});
  const sessionId = created.body.id as string;
  const template = loadTemplate((created.body.template as { id: string }).id);
  let question = created.body.next_question as { field: string } | null;
  const confused = random() < options.confusedShare;
  const quitsEarly = random() < 0.08;
  let turns = 0;
  while (question && turns++ < 40) {
    if (quitsEarly && turns > 2) return 'left early';
    const field = template.fields.find((each) => each.key === question!.field);
    if (!field) return `unknown question ${question.field}`;
    const text = pick(demoAnswers(field));
    if (confused && question.field === options.confusingField) {
      // Planted fault: this question confuses some users; after two re-asks most give up.
      const step = await call(app, key, 'POST', '/api/v1/onboarding/conversation/', { session_id: sessionId, text: pick(CONFUSED_REPLIES) });
      const asked = await waitForTask(app, key, step.body.task_id as string);
      if (random() < 0.8) return `gave up at ${question.field}`;
      // Had the reply answered after all, the next question is the one to answer.
      const moved = (asked.result as { next_question: { field: string } | null } | undefined)?.next_question;
      if (moved !== undefined && moved?.field !== question.field) { question = moved; continue; }
    }
    const step = await call(app, key, 'POST', '/api/v1/onboarding/conversation/', { session_id: sessionId, text });
    const task = await waitForTask(app, key, step.body.task_id as string);
    const result = task.result as { next_question: { field: string } | null; accepted: boolean } | undefined;
    if (!result) return 'step failed';
    question = result.next_question;
  }
  const recommendationId = await waitForRecommendation(app, key, sessionId);
  if (!recommendationId) return 'no recommendation';
  if (random() < options.rejectShare) {
    await call(app, key, 'POST', `/api/v1/onboarding/recommendations/${recommendationId}/reject`, { reason: pick(REJECT_REASONS) });
    return 'rejected the proposal';
  }
  if (random() < 0.1) return 'left at approval';
  const approved = await call(app, key, 'POST', `/api/v1/onboarding/approve/${recommendationId}/`);
  return approved.status === 200 ? 'completed' : `approve failed (${approved.status})`;
}

export async function runDemoCommand(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: {
    sessions: { type: 'string', default: '60' }, 'confusing-field': { type: 'string', default: 'checkpoints_per_tour' },
    'confused-share': { type: 'string', default: '0.45' }, 'reject-share': { type: 'string', default: '0.2' }, seed: { type: 'string', default: '7' },
  } });
  const options: DemoOptions = { sessions: Number(values.sessions), confusingField: values['confusing-field']!, confusedShare: Number(values['confused-share']), rejectShare: Number(values['reject-share']), seed: Number(values.seed) };
  if (!Number.isInteger(options.sessions) || options.sessions < 1 || options.sessions > 100_000) throw new CommandError('--sessions must be an integer from 1 to 100000');
  const ctx = await createAppContext(config, createLogger({ level: 'warn' }));
  try {
    await ctx.queue.start();
    await startWorkers(ctx, TASKS);
    const app = await buildApp(ctx);
    await ensureTenant(ctx.db, 'demo');
    const tenantKey = await createApiKey(ctx.db, { tenantId: 'demo', role: 'user', clientId: 'demo-client', userId: 'demo-simulator' });
    const started = new Date(Date.now() - 1000);
    const random = seededRandom(options.seed);
    const outcomes = new Map<string, number>();
    for (let i = 0; i < options.sessions; i++) {
      const outcome = await simulateUser(app, tenantKey.key, options, random);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if ((i + 1) % 10 === 0) process.stdout.write(`demo: ${i + 1}/${options.sessions} sessions simulated\n`);
    }
    process.stdout.write(`demo outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
    // The simulated users stop at once; mark them abandoned now rather than after ABANDON_AFTER_HOURS.
    await markAbandonedSessions(ctx.db, { abandonAfterHours: 1, now: new Date(Date.now() + 3_600_000 + 1000) });
    const report = await analyzeAndOptimize(ctx.db, { tenantId: 'demo', start: started, end: new Date(Date.now() + 60_000), clientId: 'demo-client' });
    process.stdout.write(formatReportTable(report) + '\n');
    await app.close();
  } finally {
    await ctx.close();
  }
}
