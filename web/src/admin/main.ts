// The operations dashboard: readiness, funnel and optimizer report (when the
// server has it), recent sessions, dead letters and circuit breakers.
import { ApiError, createApiClient } from '../api/api-client.ts';
import { credentialStore } from '../api/credential-store.ts';
import { describeError, isFeatureMissing } from '../api/error-messages.ts';
import { byId, el, replaceChildren, show } from '../dom/element.ts';
import { readFunnelReport, renderFunnel } from './funnel-view.ts';
import { renderDeadLetters, type DeadLetter } from './dlq-view.ts';
import { renderBreakers, renderReadiness, type BreakerStatus, type Readiness } from './service-status-view.ts';

const REFRESH_MS = 15_000;
const credentials = credentialStore('intake.admin.key');
const api = createApiClient(() => credentials.get());
let refreshTimer: ReturnType<typeof setInterval> | null = null;

function alertUser(message: string | null): void {
  const box = byId('alert');
  box.textContent = message ?? '';
  show(box, message !== null);
}

function handle(err: unknown): void {
  if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return signOut(describeError(err));
  alertUser(describeError(err));
}

function signOut(message: string | null = null): void {
  credentials.clear();
  if (refreshTimer) clearInterval(refreshTimer);
  show(byId('dashboard'), false);
  show(byId('connect'), true);
  show(byId('sign-out'), false);
  alertUser(message);
}

async function loadReadiness(): Promise<void> {
  const response = await fetch('/health/ready', { headers: { accept: 'application/json' } });
  renderReadiness(byId('health'), (await response.json()) as Readiness);
}

function funnelQuery(): Record<string, string> {
  const start = byId<HTMLInputElement>('period-start').value;
  const end = byId<HTMLInputElement>('period-end').value;
  return {
    start: start ? new Date(`${start}T00:00:00`).toISOString() : '',
    end: end ? new Date(`${end}T23:59:59`).toISOString() : '',
    client_id: byId<HTMLInputElement>('client-filter').value.trim(),
    breakdown: byId<HTMLSelectElement>('breakdown').value,
  };
}

async function loadFunnel(): Promise<void> {
  try {
    const body = await api.request('GET', '/api/v1/admin/funnel', { query: funnelQuery() });
    show(byId('funnel-section'), true);
    renderFunnel(byId('funnel'), byId('optimizer'), readFunnelReport(body));
  } catch (err) {
    if (!isFeatureMissing(err)) throw err;
    show(byId('funnel-section'), false);
  }
}

async function loadSessions(): Promise<void> {
  const { items } = await api.request<{ items: { id: string; state: string; client_id: string | null; updated_at: string; site_name: string | null; organisation_name: string | null }[] }>('GET', '/api/v1/onboarding/sessions', { query: { limit: 20 } });
  replaceChildren(byId('sessions-table').querySelector('tbody')!, items.map((s) => el('tr', { 'data-session': s.id }, [
    el('td', {}, [el('code', {}, [s.id.slice(0, 8)])]),
    el('td', {}, [[s.site_name, s.organisation_name].filter((name) => name !== null).join(' — ') || '—']),
    el('td', {}, [el('span', { class: `state state-${s.state.toLowerCase()}` }, [s.state])]),
    el('td', {}, [s.client_id ?? '—']),
    el('td', {}, [new Date(s.updated_at).toLocaleString()]),
  ])));
}

async function loadDeadLetters(): Promise<void> {
  const query = { task: byId<HTMLInputElement>('dlq-task').value.trim(), error_type: byId<HTMLInputElement>('dlq-error').value.trim(), status: byId<HTMLSelectElement>('dlq-status').value, limit: 100 };
  const { items, total } = await api.request<{ items: DeadLetter[]; total: number }>('GET', '/api/v1/admin/dlq', { query });
  byId('dlq-summary').textContent = `${total} dead letter${total === 1 ? '' : 's'} match.`;
  renderDeadLetters(byId('dlq-table').querySelector('tbody')!, items, (entry) => void retry(entry));
}

async function retry(entry: DeadLetter): Promise<void> {
  try {
    const result = await api.request<{ task_id: string }>('POST', `/api/v1/admin/dlq/${entry.id}/retry`);
    await loadDeadLetters();
    byId('dlq-summary').textContent = `Task ${result.task_id} was re-queued.`;
  } catch (err) {
    handle(err);
  }
}

async function loadBreakers(): Promise<void> {
  const { breakers } = await api.request<{ breakers: BreakerStatus[] }>('GET', '/api/v1/admin/circuit-breakers');
  renderBreakers(byId('breakers-table').querySelector('tbody')!, breakers);
}

async function loadAll(): Promise<void> {
  const results = await Promise.allSettled([loadReadiness(), loadFunnel(), loadSessions(), loadDeadLetters(), loadBreakers()]);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) handle(failure.reason);
  else alertUser(null);
}

function openDashboard(): void {
  show(byId('connect'), false);
  show(byId('dashboard'), true);
  show(byId('sign-out'), true);
  void loadAll();
  if (refreshTimer) clearInterval(refreshTimer);
  refreshTimer = setInterval(() => void Promise.allSettled([loadReadiness(), loadBreakers()]), REFRESH_MS);
}

function wireEvents(): void {
  byId('connect-form').addEventListener('submit', (event) => {
    event.preventDefault();
    credentials.set(byId<HTMLInputElement>('key-input').value);
    openDashboard();
  });
  byId('sign-out').addEventListener('click', () => signOut());
  byId('funnel-filters').addEventListener('submit', (event) => { event.preventDefault(); loadFunnel().catch(handle); });
  byId('dlq-filters').addEventListener('submit', (event) => { event.preventDefault(); loadDeadLetters().catch(handle); });
  byId('dlq-purge').addEventListener('submit', async (event) => {
    event.preventDefault();
    const days = Number(byId<HTMLInputElement>('purge-days').value);
    if (!confirm(`Delete every dead letter older than ${days} day(s)? This cannot be undone.`)) return;
    try {
      const { deleted } = await api.request<{ deleted: number }>('DELETE', '/api/v1/admin/dlq', { query: { older_than_days: days } });
      await loadDeadLetters();
      byId('dlq-summary').textContent = `${deleted} dead letter${deleted === 1 ? '' : 's'} purged.`;
    } catch (err) {
      handle(err);
    }
  });
}

function start(): void {
  wireEvents();
  const today = new Date();
  byId<HTMLInputElement>('period-end').value = today.toISOString().slice(0, 10);
  byId<HTMLInputElement>('period-start').value = new Date(today.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
  if (credentials.get()) openDashboard();
  else show(byId('connect'), true);
}

start();
