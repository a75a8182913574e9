// Readiness (database, queue depth, dead letters) and the circuit breakers table.
import { el, replaceChildren } from '../dom/element.ts';

export interface BreakerStatus { service: string; state: string; failure_count: number; last_failure_at: string | null; last_failure_error_type: string | null; next_probe_at: string | null }
export interface Readiness { status: string; database?: { ok: boolean; engine?: string; error?: string }; queue?: { queued: number; running: number; retrying: number }; dead_letters?: number; breakers?: BreakerStatus[] }

const kpi = (label: string, value: string, state?: string) => el('div', { class: 'kpi' }, [el('strong', { class: state ? `state state-${state}` : null }, [value]), label]);

export function renderReadiness(container: HTMLElement, ready: Readiness): void {
  replaceChildren(container, [
    kpi('readiness', ready.status, ready.status),
    kpi('database', ready.database?.ok ? `ok (${ready.database.engine ?? '?'})` : `down${ready.database?.error ? `: ${ready.database.error}` : ''}`),
    kpi('queued / running / retrying', ready.queue ? `${ready.queue.queued} / ${ready.queue.running} / ${ready.queue.retrying}` : '—'),
    kpi('open dead letters', String(ready.dead_letters ?? '—')),
  ]);
}

export function renderBreakers(body: HTMLElement, breakers: BreakerStatus[]): void {
  replaceChildren(body, breakers.map((b) => el('tr', {}, [
    el('td', {}, [b.service]),
    el('td', {}, [el('span', { class: `state state-${b.state.toLowerCase()}` }, [b.state])]),
    el('td', {}, [String(b.failure_count)]),
    el('td', {}, [b.last_failure_at ? `${new Date(b.last_failure_at).toLocaleString()}${b.last_failure_error_type ? ` (${b.last_failure_error_type})` : ''}` : '—']),
    el('td', {}, [b.next_probe_at ? new Date(b.next_probe_at).toLocaleTimeString() : b.state === 'CLOSED' ? '—' : 'on next call']),
  ])));
}
