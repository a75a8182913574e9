// Photo upload for a register page, a meter or a site audit: preview, send as
// multipart, then show what the server read from it (rows, reading, warnings).
import { byId, el, show } from '../dom/element.ts';
import type { ApiClient } from '../api/api-client.ts';
import { describeError } from '../api/error-messages.ts';
import type { TaskView } from './session-types.ts';

export interface PhotoUploadOptions {
  api: ApiClient;
  sessionId(): string | null;
  waitForTask(taskId: string): Promise<TaskView>;
}

function describeResult(kind: string, fileName: string, task: TaskView): HTMLElement {
  const result = (task.result ?? {}) as Record<string, unknown>;
  const parts: (HTMLElement | string)[] = [el('strong', {}, [`${fileName} (${kind}): `]), task.status === 'completed' ? 'processed.' : `not processed (${task.status}).`];
  const rows = Array.isArray(result.rows) ? (result.rows as unknown[]) : null;
  if (rows) parts.push(el('span', {}, [` ${rows.length} row${rows.length === 1 ? '' : 's'} read.`]));
  const reading = result.reading as { value?: unknown; unit?: unknown } | number | undefined;
  if (reading !== undefined && reading !== null) {
    const text = typeof reading === 'object' ? `${String(reading.value ?? '?')} ${String(reading.unit ?? '')}`.trim() : String(reading);
    parts.push(el('span', {}, [` Reading: ${text}.`]));
  }
  const quality = result.quality as { warnings?: unknown[] } | undefined;
  const warnings = [...(Array.isArray(result.warnings) ? result.warnings : []), ...(Array.isArray(quality?.warnings) ? quality.warnings : [])];
  const list = warnings.length ? el('ul', { class: 'warnings' }, warnings.map((w) => el('li', {}, [typeof w === 'string' ? w : String((w as { message?: unknown }).message ?? JSON.stringify(w))]))) : null;
  if (rows?.length) {
    const table = el('table', { class: 'rows' }, rows.slice(0, 20).map((row) => el('tr', {}, (Array.isArray(row) ? row : Object.values(row as object)).map((cell) => el('td', {}, [String(cell)])))));
    return el('div', { class: 'upload-result' }, [el('p', {}, parts), list, table]);
  }
  if (task.status !== 'completed' && task.error) parts.push(` ${typeof task.error === 'string' ? task.error : task.error.message ?? ''}`);
  return el('div', { class: 'upload-result' }, [el('p', {}, parts), list]);
}

export function installPhotoUpload(options: PhotoUploadOptions): void {
  const form = byId<HTMLFormElement>('upload-form');
  const input = byId<HTMLInputElement>('upload-file');
  const preview = byId<HTMLImageElement>('upload-preview');
  const results = byId('upload-results');
  const send = byId<HTMLButtonElement>('upload-send');
  let previewUrl: string | null = null;
  input.addEventListener('change', () => {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = null;
    const file = input.files?.[0];
    if (file?.type.startsWith('image/')) {
      previewUrl = URL.createObjectURL(file);
      preview.src = previewUrl;
    }
    show(preview, previewUrl !== null);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    const sessionId = options.sessionId();
    if (!file || !sessionId) {
      results.prepend(el('p', { class: 'error' }, ['Choose a file first.']));
      return;
    }
    const kind = byId<HTMLSelectElement>('upload-kind').value;
    const body = new FormData();
    body.append('session_id', sessionId);
    if (kind !== 'site-audit') body.append('kind', kind);
    body.append(kind === 'site-audit' ? 'photo' : 'file', file, file.name);
    send.disabled = true;
    const status = el('p', { class: 'pending' }, [`Uploading ${file.name}…`]);
    results.prepend(status);
    try {
      const accepted = await options.api.request<{ task_id: string }>('POST', kind === 'site-audit' ? '/api/v1/onboarding/site-audit/' : '/api/v1/onboarding/documents/', { form: body });
      status.textContent = `Reading ${file.name}…`;
      status.replaceWith(describeResult(kind, file.name, await options.waitForTask(accepted.task_id)));
    } catch (err) {
      status.className = 'error upload-error';
      status.textContent = `${file.name}: ${describeError(err)}`;
    } finally {
      send.disabled = false;
    }
  });
}
