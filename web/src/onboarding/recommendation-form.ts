// The proposed configuration as an editable form: shifts and guard tours are
// editable tables, the days of cover checkboxes and each meter's reading time a time
// input; the rest a read-only summary. Checker findings and confidence above.
import { byId, el, replaceChildren } from '../dom/element.ts';
import type { GuardTour, Meter, RecommendationView, Shift } from './session-types.ts';

interface Column { key: string; label: string; type: 'text' | 'time' | 'number' | 'list' }

const SHIFT_COLUMNS: Column[] = [
  { key: 'name', label: 'Shift name', type: 'text' }, { key: 'start', label: 'Start', type: 'time' },
  { key: 'end', label: 'End', type: 'time' }, { key: 'staff', label: 'Staff', type: 'number' },
];
const TOUR_COLUMNS: Column[] = [
  { key: 'name', label: 'Tour name', type: 'text' }, { key: 'checkpoints', label: 'Checkpoints', type: 'number' },
  { key: 'frequency_minutes', label: 'Every (minutes)', type: 'number' }, { key: 'shift_coverage', label: 'Shifts (comma-separated)', type: 'list' },
];

/** A configuration key as words ("diesel_generator" → "diesel generator"). */
const words = (key: string): string => key.replaceAll('_', ' ');
const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
const clock = (minuteOfDay: number): string => `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

type OperatingHours = RecommendationView['configuration']['business_unit']['operating_hours'];

const DAY_NAMES: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const WEEK = Object.keys(DAY_NAMES);

/** "Monday to Friday and Sunday": three or more days in a row as a range; nothing when every day is covered. */
function daysInWords(days: readonly string[] | undefined): string {
  const indexes = WEEK.map((day, index) => (days?.includes(day) ? index : -1)).filter((index) => index >= 0);
  if (days === undefined || indexes.length === WEEK.length) return '';
  const parts: string[] = [];
  for (let start = 0; start < indexes.length;) {
    let end = start;
    while (end + 1 < indexes.length && indexes[end + 1] === indexes[end]! + 1) end++;
    if (end - start >= 2) parts.push(`${DAY_NAMES[WEEK[indexes[start]!]!]} to ${DAY_NAMES[WEEK[indexes[end]!]!]}`);
    else for (let index = start; index <= end; index++) parts.push(DAY_NAMES[WEEK[indexes[index]!]!]!);
    start = end + 1;
  }
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!;
}

function hoursInWords(hours: OperatingHours): string {
  const days = daysInWords(hours.days);
  const on = days ? `, ${days}` : '';
  if (hours.mode === '24x7') return `round the clock${on}`;
  if (hours.mode === 'business_hours') return `business hours${on}`;
  return `${hours.start_minute !== undefined && hours.end_minute !== undefined ? `${clock(hours.start_minute)}–${clock(hours.end_minute)}` : 'custom hours'}${on}`;
}

const TABLES: Record<string, { caption: string; columns: Column[] }> = {
  shifts: { caption: 'Shifts', columns: SHIFT_COLUMNS }, guard_tours: { caption: 'Guard tours', columns: TOUR_COLUMNS },
};
const TABLE_CELL_PATH = /^(shifts|guard_tours)\[(\d+)\](?:\.(\w+))?/;
// A finding about a meter marks its reading time, the meter's one input.
const METER_PATH = /^meters\[(\d+)\]/;
const SECTION_BY_ROOT: Record<string, string> = { business_unit: 'Site details', meters: 'Meters', registers: 'Registers', contact_ref: 'Site contact', shifts: 'Shifts', guard_tours: 'Guard tours' };

/** Where a finding points, in the form's own words: "Guard tours, row 1, Checkpoints" (not guard_tours[0].checkpoints). */
function findingPlace(path: string): string {
  const cell = TABLE_CELL_PATH.exec(path);
  if (cell) {
    const table = TABLES[cell[1]!]!;
    const column = table.columns.find((each) => each.key === cell[3]);
    return `${table.caption}, row ${Number(cell[2]) + 1}${column ? `, ${column.label}` : ''}`;
  }
  if (path.startsWith('business_unit.operating_hours.days')) return 'Days of cover';
  return SECTION_BY_ROOT[path.split(/[.[]/)[0]!] ?? path;
}

/** Marks the inputs findings point at (aria-invalid, described by the finding), clearing earlier marks. */
function markFindingInputs(findings: RecommendationView['findings']): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('#review-form input[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-errormessage');
  }
  findings.forEach((finding, index) => {
    const cell = TABLE_CELL_PATH.exec(finding.path);
    const meter = METER_PATH.exec(finding.path);
    const input = cell?.[3] ? document.getElementById(`${cell[1]}-${cell[2]}-${cell[3]}`) : meter ? document.getElementById(`meters-${meter[1]}-reading_time`) : null;
    if (!input) return;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-errormessage', `finding-${index}`);
  });
}

function cellInput(table: string, row: number, column: Column, value: unknown): HTMLElement {
  const id = `${table}-${row}-${column.key}`;
  const input = el('input', {
    id, name: id, 'data-key': column.key, 'data-kind': column.type,
    type: column.type === 'number' ? 'number' : column.type === 'time' ? 'time' : 'text',
    min: column.type === 'number' ? 0 : undefined, required: true,
    value: Array.isArray(value) ? value.join(', ') : String(value ?? ''),
  });
  return el('td', {}, [el('label', { for: id, class: 'visually-hidden' }, [`${column.label}, row ${row + 1}`]), input]);
}

function editableTable(name: string, caption: string, columns: Column[], rows: object[]): HTMLElement {
  const body = el('tbody');
  const addRow = (values: Record<string, unknown>) => {
    const index = body.children.length;
    const remove = el('button', { type: 'button', class: 'link', 'aria-label': `Remove ${caption.toLowerCase()} row ${index + 1}`, onclick: () => tr.remove() }, ['Remove']);
    const tr = el('tr', { 'data-row': '' }, [...columns.map((column) => cellInput(name, index, column, values[column.key])), el('td', {}, [remove])]);
    body.append(tr);
  };
  for (const row of rows) addRow(row as Record<string, unknown>);
  const blank = Object.fromEntries(columns.map((c) => [c.key, c.type === 'number' ? 1 : '']));
  return el('fieldset', { class: 'editable', 'data-table': name }, [
    el('legend', {}, [caption]),
    el('div', { class: 'table-scroll' }, [el('table', {}, [el('thead', {}, [el('tr', {}, [...columns.map((c) => el('th', { scope: 'col' }, [c.label])), el('th', {}, [el('span', { class: 'visually-hidden' }, ['Actions'])])])]), body])]),
    el('button', { type: 'button', onclick: () => addRow(blank) }, [`Add ${caption.toLowerCase().replace(/s$/, '')}`]),
  ]);
}

function readTable(form: HTMLFormElement, name: string): Record<string, unknown>[] {
  const rows = form.querySelectorAll<HTMLTableRowElement>(`fieldset[data-table="${name}"] tr[data-row]`);
  return [...rows].map((row) => {
    const values: Record<string, unknown> = {};
    for (const input of row.querySelectorAll<HTMLInputElement>('input[data-key]')) {
      const kind = input.dataset.kind;
      values[input.dataset.key!] = kind === 'number' ? Number(input.value) : kind === 'list' ? input.value.split(',').map((s) => s.trim()).filter(Boolean) : input.value.trim();
    }
    return values;
  });
}

/** The meters shown, whose reading times the form edits (a merge patch replaces the array whole). */
let shownMeters: Meter[] = [];

/** Each meter in words, with its reading time as a time input ("Electricity (kWh), read daily at [20:00]"). */
function metersFieldset(meters: readonly Meter[]): HTMLElement {
  const items = meters.map((meter, index) => {
    const id = `meters-${index}-reading_time`;
    const schedule = meter.reading_day ? `weekly on ${DAY_NAMES[meter.reading_day] ?? meter.reading_day}s` : words(meter.reading_schedule);
    return el('li', {}, [
      el('label', { for: id }, [`${sentenceCase(words(meter.type))} (${meter.unit}), read ${schedule} at `]),
      el('input', { id, name: id, type: 'time', required: true, value: meter.reading_time, 'data-meter': String(index) }),
    ]);
  });
  return el('fieldset', { 'data-meters': '' }, [el('legend', {}, ['Meters']), items.length ? el('ul', {}, items) : el('p', {}, ['No meters.'])]);
}

function readMeters(form: HTMLFormElement): Meter[] {
  return shownMeters.map((meter, index) => {
    const input = form.querySelector<HTMLInputElement>(`input[data-meter="${index}"]`);
    return { ...meter, reading_time: input?.value || meter.reading_time };
  });
}

/** The days-of-cover checkboxes, one per day, Monday first. */
function daysFieldset(days: readonly string[] | undefined): HTMLElement {
  const boxes = WEEK.map((day) => el('label', { class: 'day' }, [
    el('input', { type: 'checkbox', name: 'days', value: day, checked: days === undefined || days.includes(day) }),
    ` ${DAY_NAMES[day]}`,
  ]));
  return el('fieldset', { class: 'days', 'data-days': '' }, [el('legend', {}, ['Days of cover']), ...boxes]);
}

export function readEdits(): { business_unit: { operating_hours: { days: string[] } }; shifts: Shift[]; guard_tours: GuardTour[]; meters: Meter[] } {
  const form = byId<HTMLFormElement>('review-form');
  const days = [...form.querySelectorAll<HTMLInputElement>('fieldset[data-days] input[name="days"]:checked')].map((box) => box.value);
  return {
    business_unit: { operating_hours: { days } },
    shifts: readTable(form, 'shifts') as unknown as Shift[],
    guard_tours: readTable(form, 'guard_tours') as unknown as GuardTour[],
    meters: readMeters(form),
  };
}

function findingsList(rec: Pick<RecommendationView, 'findings' | 'confidence' | 'valid' | 'degraded'>): HTMLElement[] {
  const header = el('p', { class: rec.valid ? 'ok' : 'error' }, [
    `Confidence ${Math.round(rec.confidence * 100)} %. `,
    rec.valid ? 'The checker found no blocking problem.' : 'The checker found problems to fix before approval.',
    rec.degraded ? ' (Prepared by the offline fallback because a provider was unavailable.)' : '',
  ]);
  const items = rec.findings.map((f, index) => el('li', { id: `finding-${index}`, class: `finding ${f.severity}`, title: f.path || undefined }, [
    el('strong', {}, [`${f.severity}: `]), f.message, f.path ? el('span', { class: 'where' }, [` (${findingPlace(f.path)})`]) : null,
  ]));
  return [header, items.length ? el('ul', { class: 'findings', 'aria-label': 'Checker findings' }, items) : el('p', {}, ['No findings.'])];
}

export function renderFindings(rec: Pick<RecommendationView, 'findings' | 'confidence' | 'valid' | 'degraded'>): void {
  replaceChildren(byId('review-findings'), findingsList(rec));
  markFindingInputs(rec.findings);
}

export function renderRecommendation(rec: RecommendationView): void {
  const config = rec.configuration;
  const unit = config.business_unit;
  byId('review-summary').textContent = `${unit.name} — ${unit.site_name} (${words(unit.site_type)}, ${hoursInWords(unit.operating_hours)}`
    + `${unit.buildings ? `, ${counted(unit.buildings, 'building')}` : ''}${unit.floors ? `, ${counted(unit.floors, 'floor')}` : ''}).`;
  const form = byId<HTMLFormElement>('review-form');
  shownMeters = config.meters;
  replaceChildren(form, [
    daysFieldset(unit.operating_hours.days),
    editableTable('shifts', 'Shifts', SHIFT_COLUMNS, config.shifts),
    editableTable('guard_tours', 'Guard tours', TOUR_COLUMNS, config.guard_tours),
    metersFieldset(config.meters),
    el('fieldset', {}, [el('legend', {}, ['Registers']), el('ul', {}, config.registers.map((r) => el('li', {}, [`${sentenceCase(words(r.type))} register${r.enabled ? '' : ' (off)'}: ${r.fields.map(words).join(', ')}`])))]),
  ]);
  form.dataset.recommendationId = rec.id;
  form.dataset.revision = String(rec.revision);
  renderFindings(rec);
}
