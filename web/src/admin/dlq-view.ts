// The dead-letter table: redacted arguments and the error on demand, retry per
// row, purge of entries older than N days.
import { el, replaceChildren } from '../dom/element.ts';

export interface DeadLetter {
  id: string; task_id: string; task_name: string; session_id: string | null; arguments: unknown; error_type: string; error_message: string;
  attempts: number; last_failed_at: string; first_failed_at: string; correlation_id: string | null; status: string; retried_at: string | null;
}

export function renderDeadLetters(body: HTMLElement, items: DeadLetter[], onRetry: (entry: DeadLetter) => void): void {
  const rows = items.map((entry) => el('tr', { 'data-dead-letter': entry.id }, [
    el('td', {}, [el('code', {}, [entry.task_name])]),
    el('td', {}, [
      el('details', {}, [
        el('summary', {}, [`${entry.error_type}: ${entry.error_message.slice(0, 60)}${entry.error_message.length > 60 ? '…' : ''}`]),
        el('p', {}, [el('strong', {}, ['Error: ']), entry.error_message]),
        el('p', {}, [el('strong', {}, ['Arguments (redacted):'])]),
        el('pre', {}, [JSON.stringify(entry.arguments, null, 2)]),
        el('p', {}, [`Task ${entry.task_id}`, entry.session_id ? `, session ${entry.session_id}` : '', entry.correlation_id ? `, request ${entry.correlation_id}` : '', `; first failed ${new Date(entry.first_failed_at).toLocaleString()}.`]),
      ]),
    ]),
    el('td', {}, [String(entry.attempts)]),
    el('td', {}, [new Date(entry.last_failed_at).toLocaleString()]),
    el('td', {}, [el('span', { class: `state state-${entry.status}` }, [entry.status])]),
    el('td', {}, [entry.status === 'open' ? el('button', { type: 'button', 'aria-label': `Retry ${entry.task_name} task ${entry.task_id}`, onclick: () => onRetry(entry) }, ['Retry']) : `retried ${entry.retried_at ? new Date(entry.retried_at).toLocaleTimeString() : ''}`]),
  ]));
  replaceChildren(body, rows.length ? rows : [el('tr', {}, [el('td', { colspan: 6 }, ['No dead letters match.'])])]);
}
