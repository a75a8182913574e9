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

interface RegisterView { columns: string[]; rows: Array<Record<string, string>> }
interface MeterView { value: number | null; raw_value?: string; unit: string | null }

// process_document answers { register: { columns, rows } } for a register and { meter } for a meter photo.
function registerOf(result: Record<string, unknown>): RegisterView | null {
  const register = result.register as Partial<RegisterView> | undefined;
  if (!register || !Array.isArray(register.rows)) return null;
  return { columns: Array.isArray(register.columns) ? register.columns : Object.keys(register.rows[0] ?? {}), rows: register.rows };
}

function columnTitle(key: string): string {
  return key.replace(/_/g, ' ').replace(/^\w/, (first) => first.toUpperCase());
}

function registerTable(register: RegisterView): HTMLElement {
  const head = el('thead', {}, [el('tr', {}, register.columns.map((column) => el('th', { scope: 'col' }, [columnTitle(column)])))]);
  const body = el('tbody', {}, register.rows.slice(0, 20).map((row) => el('tr', {}, register.columns.map((column) => el('td', {}, [row[column] ?? ''])))));
  return el('div', { class: 'table-scroll' }, [el('table', { class: 'rows' }, [head, body])]);
}

function describeResult(kind: string, fileName: string, task: TaskView): HTMLElement {
  const result = (task.result ?? {}) as Record<string, unknown>;
  const parts: (HTMLElement | string)[] = [el('strong', {}, [`${fileName} (${kind}): `]), task.status === 'completed' ? 'processed.' : `not processed (${task.status}).`];
  const register = registerOf(result);
  if (register) parts.push(el('span', {}, [` ${register.rows.length} row${register.rows.length === 1 ? '' : 's'} read.`]));
  const meter = result.meter as MeterView | undefined;
  if (meter) parts.push(el('span', {}, [meter.value === null ? ' No reading found.' : ` Reading: ${`${meter.raw_value ?? meter.value} ${meter.unit ?? ''}`.trim()}.`]));
  const quality = result.quality as { warnings?: unknown[] } | undefined;
  const warnings = [...(Array.isArray(result.warnings) ? result.warnings : []), ...(Array.isArray(quality?.warnings) ? quality.warnings : [])];
  const list = warnings.length ? el('ul', { class: 'warnings' }, warnings.map((w) => el('li', {}, [typeof w === 'string' ? w : String((w as { message?: unknown }).message ?? JSON.stringify(w))]))) : null;
  if (task.status !== 'completed' && task.error) parts.push(` ${typeof task.error === 'string' ? task.error : task.error.message ?? ''}`);
  return el('div', { class: 'upload-result' }, [el('p', {}, parts), list, register?.rows.length ? registerTable(register) : null]);
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
