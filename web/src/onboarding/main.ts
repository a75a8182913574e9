// The onboarding page: connect with a key, start or resume a session, answer
// by typing, voice or photo, then review, edit and approve the configuration.
import { ApiError, createApiClient } from '../api/api-client.ts';
import { credentialStore } from '../api/credential-store.ts';
import { describeError } from '../api/error-messages.ts';
import { byId, el, replaceChildren, show } from '../dom/element.ts';
import { createChatView } from './chat-view.ts';
import { openSessionStream } from './session-stream.ts';
import { installVoiceRecorder, voiceRecordingSupported } from './voice-recorder.ts';
import { installPhotoUpload } from './photo-upload.ts';
import { readEdits, renderFindings, renderRecommendation } from './recommendation-form.ts';
import { FINAL_TASK_STATES, type Finding, type RecommendationView, type SessionListItem, type SessionView, type TaskView } from './session-types.ts';

const SECTIONS = ['connect', 'sessions', 'chat', 'review', 'done'] as const;
const TASK_POLL_MS = 300;
const TASK_TIMEOUT_MS = 90_000;
const BUSY_STATES = new Set(['GENERATING_RECOMMENDATIONS']);

const credentials = credentialStore('intake.onboarding.key');
const api = createApiClient(() => credentials.get());
const chat = createChatView((value) => void sendAnswer(value));
let currentSessionId: string | null = null;
let closeStream: (() => void) | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | null = null;
let busyPoll: ReturnType<typeof setInterval> | null = null;
let pendingTurns = 0;
/** What an answer sent during a pending turn was for (see holdAnswer); null when none waits. */
let heldFor: string | null = null;
let reviewDirty = false;

function showSection(name: (typeof SECTIONS)[number]): void {
  for (const section of SECTIONS) show(byId(section), section === name);
  show(byId('sign-out'), name !== 'connect');
}

function alertUser(message: string | null): void {
  const box = byId('alert');
  box.textContent = message ?? '';
  show(box, message !== null);
}

async function waitForTask(taskId: string): Promise<TaskView> {
  const deadline = Date.now() + TASK_TIMEOUT_MS;
  for (;;) {
    const task = await api.request<TaskView>('GET', `/api/v1/onboarding/tasks/${taskId}`);
    if (FINAL_TASK_STATES.has(task.status)) return task;
    if (Date.now() > deadline) throw new Error('The step is taking unusually long; it keeps running and will show up here when done.');
    await new Promise((resolve) => setTimeout(resolve, TASK_POLL_MS));
  }
}

/** "Resume North Gate (Acme Facilities)": the site and organisation once answered, so onboardings can be told apart. */
function sessionTitle(s: SessionListItem): string {
  const verb = s.state === 'COMPLETED' ? 'View' : 'Resume';
  const site = s.site_name ?? (s.organisation_name === null ? 'onboarding' : 'site');
  return `${verb} ${site}${s.organisation_name === null ? '' : ` (${s.organisation_name})`}`;
}

async function loadSessions(openSingle = false): Promise<void> {
  showSection('sessions');
  try {
    const { items } = await api.request<{ items: SessionListItem[] }>('GET', '/api/v1/onboarding/sessions', { query: { limit: 20 } });
    if (openSingle && items.length === 1) return openSession(items[0]!.id);
    const rows = items.map((s) => el('li', {}, [
      el('button', { type: 'button', class: 'link', 'data-session': s.id, onclick: () => void openSession(s.id) }, [sessionTitle(s)]),
      el('span', { class: 'started' }, [`started ${new Date(s.created_at).toLocaleString()}`]),
      el('span', { class: `state state-${s.state.toLowerCase()}` }, [s.state.replaceAll('_', ' ').toLowerCase()]),
    ]));
    replaceChildren(byId('session-list'), rows.length ? rows : [el('li', {}, ['No onboarding yet.'])]);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return signOut(describeError(err));
    alertUser(describeError(err));
  }
}

function signOut(message: string | null = null): void {
  closeStream?.();
  credentials.clear();
  currentSessionId = null;
  showSection('connect');
  alertUser(message);
}

function stopBusyPoll(): void {
  if (busyPoll) clearInterval(busyPoll);
  busyPoll = null;
}

async function route(session: SessionView): Promise<void> {
  if (session.state === 'AWAITING_USER_APPROVAL' && session.recommendation_id) {
    // Fetch first, then switch: the chat is not left showing a question-less form while the proposal loads.
    const shownId = byId('review-form').dataset.recommendationId;
    const fresh = shownId !== session.recommendation_id || byId('review').hidden
      ? await api.request<RecommendationView>('GET', `/api/v1/onboarding/recommendations/${session.recommendation_id}`)
      : null;
    chat.render(session);
    stopBusyPoll();
    chat.setTyping(false);
    if (fresh) {
      renderRecommendation(fresh);
      reviewDirty = false;
    }
    showSection('review');
    return;
  }
  chat.render(session);
  if (session.state === 'COMPLETED') {
    stopBusyPoll();
    showSection('done');
    return;
  }
  showSection('chat');
  const busy = BUSY_STATES.has(session.state);
  // The typing indicator goes off in the same render that shows the next question, never before it.
  chat.setTyping(busy || pendingTurns > 0, busy ? 'Preparing your site configuration…' : undefined);
  if (busy && !busyPoll) busyPoll = setInterval(() => scheduleRefresh(), 1000);
  if (!busy) stopBusyPoll();
  if (session.state === 'ERROR') alertUser(`Service degraded: ${session.error?.message ?? 'a step failed.'} Your answers are kept; it will be retried.`);
  if (session.state === 'CANCELLED') alertUser('This onboarding was cancelled.');
  // After a rejection every answer is in and no question is open: the input takes what should change.
  const revising = session.state === 'IN_PROGRESS' && !session.next_question;
  const input = byId<HTMLInputElement>('answer-input');
  input.disabled = !session.next_question && !revising;
  input.placeholder = revising ? 'What should change?' : '';
  updateSendButton();
}

/** While an answer is being processed, Send says so; what is sent meanwhile waits (holdAnswer). */
function updateSendButton(): void {
  byId('answer-send').setAttribute('aria-busy', String(pendingTurns > 0));
}

/** What a typed answer answers: the question shown, "" for what should change after a rejection, null when the chat is not shown. */
function answerTarget(): string | null {
  if (byId('chat').hidden) return null;
  const question = byId('question');
  return question.hidden ? '' : question.dataset.field ?? '';
}

/**
 * Send pressed while the answer before is still being processed: the text stays in the input
 * and is sent when that turn is done, if it still answers what is shown then. The page can
 * show a turn's outcome (over the event stream) before it learns the turn's task finished, so
 * an answer typed in that gap is not dropped.
 */
function holdAnswer(): void {
  heldFor = answerTarget();
}

function releaseHeldAnswer(): void {
  const target = heldFor;
  heldFor = null;
  const input = byId<HTMLInputElement>('answer-input');
  if (target === null || pendingTurns > 0 || !input.value.trim()) return;
  if (answerTarget() !== target || input.disabled) {
    alertUser('The question changed while your answer was waiting to be sent: check it against the new question, then press Send.');
    return;
  }
  const text = input.value;
  input.value = '';
  void sendAnswer(text);
}

async function refresh(): Promise<void> {
  if (!currentSessionId) return;
  try {
    await route(await api.request<SessionView>('GET', `/api/v1/onboarding/sessions/${currentSessionId}`));
  } catch (err) {
    chat.setTyping(pendingTurns > 0);
    alertUser(describeError(err));
  }
}

function scheduleRefresh(): void {
  if (refreshTimer) return;
  refreshTimer = setTimeout(() => { refreshTimer = null; void refresh(); }, 100);
}

async function openSession(id: string): Promise<void> {
  closeStream?.();
  stopBusyPoll();
  chat.reset();
  alertUser(null);
  currentSessionId = id;
  localStorage.setItem('intake.onboarding.session', id);
  closeStream = openSessionStream(api.eventStreamUrl(`/api/v1/onboarding/sessions/${id}/events`), {
    onEvent(type, data) {
      if (type === 'assistant_token' && pendingTurns > 0 && typeof data.token === 'string') chat.appendDraft(data.token);
      if (type !== 'assistant_token' && type !== 'step_progress') scheduleRefresh();
    },
    onTrouble() { scheduleRefresh(); },
  });
  await refresh();
  byId<HTMLInputElement>('answer-input').focus();
}

async function trackTurn(submit: () => Promise<{ task_id: string }>): Promise<void> {
  pendingTurns += 1;
  chat.setTyping(true);
  updateSendButton();
  try {
    const task = await waitForTask((await submit()).task_id);
    if (task.status !== 'completed') alertUser(`That step could not be processed (${task.status}). ${typeof task.error === 'object' ? task.error?.message ?? '' : task.error ?? ''}`);
  } catch (err) {
    alertUser(describeError(err));
  } finally {
    pendingTurns -= 1;
    chat.clearDraft();
    updateSendButton();
    await refresh();
    releaseHeldAnswer();
  }
}

async function sendAnswer(text: string): Promise<void> {
  const sessionId = currentSessionId;
  if (!sessionId || !text.trim() || pendingTurns > 0) return;
  alertUser(null);
  chat.appendUserTurn(text);
  await trackTurn(() => api.request('POST', '/api/v1/onboarding/conversation/', { json: { session_id: sessionId, text } }));
}

function sendVoice(audio: Blob): void {
  const sessionId = currentSessionId;
  if (!sessionId) return;
  alertUser(null);
  const form = new FormData();
  form.append('session_id', sessionId);
  form.append('audio', audio, 'answer.webm');
  chat.appendUserTurn('🎤 (voice answer)');
  void trackTurn(() => api.request('POST', '/api/v1/onboarding/conversation/', { form }));
}

/** If-Match for the revision on screen (the server's ETag, src/http/entity-tag.ts): a change made meanwhile elsewhere is not overwritten. */
function shownRevision(): Record<string, string> {
  const revision = byId('review-form').dataset.revision;
  return revision ? { 'if-match': `"rev-${revision}"` } : {};
}

/** After a 412 the form shows the latest version, and the user is told their unsaved changes were not applied. */
async function reloadChangedRecommendation(err: unknown): Promise<boolean> {
  const id = byId('review-form').dataset.recommendationId;
  if (!(err instanceof ApiError) || err.code !== 'precondition_failed' || !id) return false;
  const notApplied = 'This configuration was changed in another tab or by a colleague, so your action was not applied.';
  try {
    renderRecommendation(await api.request<RecommendationView>('GET', `/api/v1/onboarding/recommendations/${id}`));
    reviewDirty = false;
    alertUser(`${notApplied} The form now shows the latest version: check it, make your changes again if they are still needed, then approve.`);
  } catch (reloadError) {
    alertUser(`${notApplied} Loading the latest version failed: ${describeError(reloadError)}`);
  }
  return true;
}

async function saveEdits(): Promise<RecommendationView | null> {
  const id = byId('review-form').dataset.recommendationId;
  if (!id) return null;
  try {
    const rec = await api.request<RecommendationView>('PATCH', `/api/v1/onboarding/recommendations/${id}`, { json: readEdits(), headers: shownRevision() });
    renderRecommendation(rec);
    reviewDirty = false;
    alertUser(null);
    return rec;
  } catch (err) {
    if (await reloadChangedRecommendation(err)) return null;
    const findings = (err instanceof ApiError ? (err.details as { findings?: Finding[] } | undefined)?.findings : undefined) ?? [];
    if (findings.length) renderFindings({ findings, confidence: 0, valid: false });
    alertUser(describeError(err));
    return null;
  }
}

async function approve(): Promise<void> {
  const id = byId('review-form').dataset.recommendationId;
  if (!id) return;
  if (reviewDirty && !(await saveEdits())) return;
  try {
    await api.request('POST', `/api/v1/onboarding/approve/${id}/`, { headers: shownRevision() });
    alertUser(null);
    await refresh();
    byId('done-title').focus();
  } catch (err) {
    if (await reloadChangedRecommendation(err)) return;
    alertUser(describeError(err));
  }
}

async function reject(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const id = byId('review-form').dataset.recommendationId;
  const reason = byId<HTMLTextAreaElement>('reject-reason');
  if (!id) return;
  try {
    await api.request('POST', `/api/v1/onboarding/recommendations/${id}/reject`, { json: { reason: reason.value }, headers: shownRevision() });
    reason.value = '';
    byId('review-form').dataset.recommendationId = '';
    alertUser(null);
    await refresh();
    byId<HTMLInputElement>('answer-input').focus();
  } catch (err) {
    if (await reloadChangedRecommendation(err)) return;
    alertUser(describeError(err));
  }
}

function wireEvents(): void {
  byId('connect-form').addEventListener('submit', (event) => {
    event.preventDefault();
    credentials.set(byId<HTMLInputElement>('key-input').value);
    alertUser(null);
    void loadSessions();
  });
  byId('sign-out').addEventListener('click', () => signOut());
  byId('start-session').addEventListener('click', async () => {
    try {
      const session = await api.request<SessionView>('POST', '/api/v1/onboarding/sessions', { json: {} });
      await openSession(session.id);
    } catch (err) {
      alertUser(describeError(err));
    }
  });
  byId('answer-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = byId<HTMLInputElement>('answer-input');
    if (pendingTurns > 0) return holdAnswer();
    const text = input.value;
    input.value = '';
    void sendAnswer(text);
  });
  byId('review-form').addEventListener('input', () => { reviewDirty = true; });
  byId('save-edits').addEventListener('click', () => void saveEdits());
  byId('approve').addEventListener('click', () => void approve());
  byId('reject-form').addEventListener('submit', (event) => void reject(event));
  byId('back-to-list').addEventListener('click', () => { closeStream?.(); void loadSessions(); });
  if (voiceRecordingSupported()) installVoiceRecorder({ onRecorded: sendVoice, onError: alertUser });
  installPhotoUpload({ api, sessionId: () => currentSessionId, waitForTask });
}

function start(): void {
  wireEvents();
  byId('done-title').tabIndex = -1;
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (token) {
    credentials.set(token);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search);
  }
  if (!credentials.get()) return showSection('connect');
  // A session token sees exactly one session: go straight to it.
  void loadSessions(credentials.get()!.startsWith('st_'));
}

start();
