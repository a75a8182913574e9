// Draws the funnel report: a bar per stage with the drop-off and its interval,
// then the optimizer's diagnosed drop-offs, quick wins and ROI estimate.
// The report's exact nesting is read defensively (flat report or {funnel, report}).
import { el, replaceChildren } from '../dom/element.ts';

interface Interval { low: number; high: number }
interface Stage { stage: string; sessions: number }
interface Transition { from: string; to: string; sessions_entered: number; drop_off_rate: number | null; drop_off_interval?: Interval }
interface DropOff {
  transition: string; drop_off_rate: number; interval?: Interval; severity?: string; diagnosis?: string; root_cause?: string;
  evidence?: string[]; recommendation?: string; expected_improvement?: Interval; implementation_effort?: string; sessions_entered?: number;
}
interface Roi { current_conversion_rate?: number; estimated_new_rate?: number; additional_completions_per_period?: number; improvement_percentage?: number | null; implementation_priority?: { transition: string; recommendation: string; implementation_effort: string }[] }

export interface FunnelReportView { stages: Stage[]; transitions: Transition[]; dropOffs: DropOff[]; quickWins: DropOff[]; roi: Roi | null; totalSessions: number | null; overallRate: number | null }

type Json = Record<string, unknown>;
const pick = (...values: unknown[]): unknown => values.find((v) => v !== undefined && v !== null);
const pct = (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)} %`);
const interval = (i: Interval | undefined) => (i ? ` (95 % CI ${pct(i.low)}–${pct(i.high)})` : '');

export function readFunnelReport(body: Json): FunnelReportView {
  const funnel = (pick(body.funnel, body) as Json) ?? {};
  const overall = (pick(funnel.overall, body.overall) as Json | undefined) ?? {};
  const report = (pick(body.report, body.optimization, body) as Json) ?? {};
  return {
    stages: (pick(overall.stages, report.stages, body.stages) as Stage[] | undefined) ?? [],
    transitions: (pick(overall.transitions, body.transitions) as Transition[] | undefined) ?? [],
    dropOffs: (report.drop_offs as DropOff[] | undefined) ?? [],
    quickWins: (report.quick_wins as DropOff[] | undefined) ?? [],
    roi: (report.estimated_roi as Roi | undefined) ?? null,
    totalSessions: (pick(overall.total_sessions, report.total_sessions) as number | undefined) ?? null,
    overallRate: (pick(overall.overall_conversion_rate, report.overall_conversion_rate) as number | undefined) ?? null,
  };
}

function stageBars(view: FunnelReportView): HTMLElement {
  const top = Math.max(1, ...view.stages.map((s) => s.sessions));
  const items = view.stages.map((stage, index) => {
    const next = view.stages[index + 1];
    const transition = view.transitions.find((t) => t.from === stage.stage);
    const dropRate = transition?.drop_off_rate ?? (next && stage.sessions ? 1 - next.sessions / stage.sessions : null);
    const drop = next ? el('span', { class: 'drop' }, [`↓ drop-off ${pct(dropRate)}${interval(transition?.drop_off_interval)}`]) : null;
    return el('li', {}, [
      el('div', { class: 'bar-label' }, [el('span', {}, [stage.stage.replaceAll('_', ' ')]), el('span', {}, [`${stage.sessions} session${stage.sessions === 1 ? '' : 's'}`])]),
      el('div', { class: 'bar', style: `width:${(100 * stage.sessions) / top}%`, role: 'img', 'aria-label': `${stage.stage}: ${stage.sessions} sessions` }),
      drop,
    ]);
  });
  return el('ol', { class: 'funnel-bars', 'aria-label': 'Sessions reaching each stage' }, items);
}

function dropOffItem(drop: DropOff): HTMLElement {
  return el('li', {}, [
    el('strong', {}, [`${drop.transition}: ${pct(drop.drop_off_rate)} drop-off${interval(drop.interval)}`]),
    drop.severity ? el('span', { class: `state state-${drop.severity === 'critical' ? 'error' : 'half_open'}` }, [drop.severity]) : null,
    drop.root_cause ? el('p', {}, [`Cause: ${drop.root_cause}`]) : null,
    drop.evidence?.length ? el('ul', { 'aria-label': 'Evidence' }, drop.evidence.map((e) => el('li', {}, [e]))) : null,
    drop.recommendation ? el('p', {}, [`Recommendation: ${drop.recommendation}`, drop.implementation_effort ? ` (effort: ${drop.implementation_effort})` : '']) : null,
  ]);
}

export function renderFunnel(container: HTMLElement, optimizer: HTMLElement, view: FunnelReportView): void {
  replaceChildren(container, [
    el('div', { class: 'kpis' }, [
      el('div', { class: 'kpi' }, [el('strong', {}, [String(view.totalSessions ?? view.stages[0]?.sessions ?? 0)]), 'sessions started']),
      el('div', { class: 'kpi' }, [el('strong', {}, [pct(view.overallRate)]), 'completed']),
    ]),
    view.stages.length ? stageBars(view) : el('p', {}, ['No sessions in this period.']),
  ]);
  // Without a recommended fix there is no return to estimate ("55 % → 55 %, about 0 more" would read as a forecast).
  const priority = view.roi?.implementation_priority ?? [];
  const roi = priority.length > 0 ? view.roi : null;
  replaceChildren(optimizer, [
    el('h3', {}, ['Where users drop off']),
    view.dropOffs.length ? el('ul', { class: 'drop-offs' }, view.dropOffs.map(dropOffItem)) : el('p', {}, ['No significant drop-off found.']),
    el('h3', {}, ['Quick wins']),
    view.quickWins.length ? el('ul', {}, view.quickWins.map((q) => el('li', {}, [`${q.transition}: ${q.recommendation ?? ''}`]))) : el('p', {}, ['None right now.']),
    roi ? el('h3', {}, ['Estimated return']) : null,
    roi ? el('p', {}, [`Conversion ${pct(roi.current_conversion_rate)} → ${pct(roi.estimated_new_rate)}`, roi.improvement_percentage !== null && roi.improvement_percentage !== undefined ? ` (+${roi.improvement_percentage.toFixed(1)} %)` : '', `, about ${roi.additional_completions_per_period ?? 0} more completions per period.`]) : null,
    roi ? el('ol', { 'aria-label': 'Implementation priority' }, priority.map((p) => el('li', {}, [`${p.transition}: ${p.recommendation} (${p.implementation_effort})`]))) : null,
  ]);
}
