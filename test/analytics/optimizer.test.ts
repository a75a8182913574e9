import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { analyzeAndOptimize, stepDuration, type FunnelOptimizationReport } from '../../src/analytics/optimizer.ts';
import { analyzeSignals } from '../../src/analytics/signal-analysis.ts';
import type { DropOffEvidence } from '../../src/analytics/drop-off-evidence.ts';
import { DEFAULT_RULES_PATH, loadOptimizerRules, parseOptimizerRules, OptimizerRulesError } from '../../src/analytics/optimizer-rules.ts';
import { runReportCommand, ReportCommandError } from '../../src/analytics/report-command.ts';
import { formatReportTable, reportToCsv } from '../../src/analytics/report-format.ts';
import { insertSimulatedHistory, SIMULATED_REJECTION_REASONS, type PlantedCauses } from '../../src/analytics/simulated-history.ts';
import { storeWeeklyReport } from '../../src/analytics/weekly-report.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

let t: TestDatabase;
const START = new Date('2026-01-01T00:00:00Z');
const END = new Date('2026-02-01T00:00:00Z');
const reports = new Map<string, FunnelOptimizationReport>();

async function simulate(tenantId: string, planted: PlantedCauses, sessions = 1500): Promise<FunnelOptimizationReport> {
  await insertSimulatedHistory(t.db, { tenantId, sessions, start: START, periodDays: 30, seed: 11, planted });
  return analyzeAndOptimize(t.db, { tenantId, start: START, end: END, now: END });
}

before(async () => {
  t = await openTestDatabase();
  reports.set('slow', await simulate('slow', { slowLlmSteps: true }));
  reports.set('confusing', await simulate('confusing', { confusingField: 'shifts' }));
  reports.set('rejections', await simulate('rejections', { approvalRejections: true }));
  reports.set('small', await simulate('small', { slowLlmSteps: true }, 25));
});
after(() => t.drop());

function dropOffAt(report: FunnelOptimizationReport, stage: string) {
  const found = report.drop_offs.find((d) => d.stage === stage);
  assert.ok(found, `expected a reported drop-off at ${stage}, got ${report.drop_offs.map((d) => d.stage).join(', ')}`);
  return found;
}

function assertNoOtherCause(report: FunnelOptimizationReport, plantedStage: string) {
  for (const dropOff of report.drop_offs.filter((d) => d.stage !== plantedStage)) {
    assert.notEqual(dropOff.diagnosis, 'cause_found', `invented a cause at ${dropOff.transition}: ${dropOff.root_cause}`);
    assert.deepEqual(dropOff.signals, []);
  }
}

test('slow LLM steps are diagnosed as performance on IN_PROGRESS → AWAITING_USER_APPROVAL', () => {
  const report = reports.get('slow')!;
  const dropOff = dropOffAt(report, 'IN_PROGRESS');
  assert.equal(dropOff.to_stage, 'AWAITING_USER_APPROVAL');
  assert.equal(dropOff.diagnosis, 'cause_found');
  assert.equal(dropOff.issue_category, 'performance');
  assert.deepEqual(dropOff.signals.map((s) => s.kind), ['slow_steps']);
  assert.ok(dropOff.signals[0]!.odds_ratio > 3 && dropOff.signals[0]!.p_value < 1e-6);
  assert.ok(dropOff.evidence.some((line) => /Slowest step per session: median \d/.test(line)));
  assertNoOtherCause(report, 'IN_PROGRESS');
});

test('a confusing question is diagnosed as complexity and named', () => {
  const report = reports.get('confusing')!;
  const dropOff = dropOffAt(report, 'IN_PROGRESS');
  assert.equal(dropOff.issue_category, 'complexity');
  assert.deepEqual(dropOff.signals.map((s) => [s.kind, s.subject]), [['reasked_field', 'shifts']]);
  assert.match(dropOff.root_cause, /'shifts'/);
  assert.match(dropOff.recommendation, /'shifts'/);
  assert.ok(dropOff.evidence.some((line) => line.startsWith("Most abandoning sessions stopped at question 'shifts'")));
  assertNoOtherCause(report, 'IN_PROGRESS');
});

test('approval rejections are diagnosed as content, with their reasons', () => {
  const report = reports.get('rejections')!;
  const dropOff = dropOffAt(report, 'AWAITING_USER_APPROVAL');
  assert.equal(dropOff.issue_category, 'content');
  assert.deepEqual(dropOff.signals.map((s) => s.kind), ['recommendation_rejections']);
  assert.ok(SIMULATED_REJECTION_REASONS.some((reason) => dropOff.root_cause.includes(reason)));
  assertNoOtherCause(report, 'AWAITING_USER_APPROVAL');
});

test('specification checks hold for every report', async () => {
  const rules = await loadOptimizerRules();
  for (const [name, report] of reports) {
    assert.ok(report.drop_offs.length > 0, name);
    for (const d of report.drop_offs) {
      assert.ok(d.drop_off_rate > 0.3, `${name} ${d.transition}`);
      assert.equal(d.severity, d.drop_off_rate > 0.5 ? 'critical' : 'high');
      assert.ok(d.recommendation.length > 0 && d.root_cause.length > 0 && d.evidence.length > 0);
      assert.ok(d.expected_improvement.low <= d.expected_improvement.high);
      assert.ok(['ux', 'performance', 'content', 'complexity', 'technical'].includes(d.issue_category));
      assert.ok(d.interval.low <= d.drop_off_rate && d.drop_off_rate <= d.interval.high);
    }
    const roi = report.estimated_roi;
    assert.equal(typeof roi.estimated_new_rate, 'number');
    assert.equal(typeof roi.additional_completions_per_period, 'number');
    const lowSum = report.drop_offs.reduce((sum, d) => sum + d.expected_improvement.low, 0);
    assert.ok(Math.abs(roi.estimated_new_rate - Math.min(report.overall_conversion_rate + 0.5 * lowSum, 0.95)) < 1e-12);
    assert.equal(roi.additional_completions_per_period, Math.round((roi.estimated_new_rate - roi.current_conversion_rate) * report.total_sessions));
    assert.ok(roi.implementation_priority.length <= 3);
    const mid = (d: { expected_improvement: { low: number; high: number } }) => (d.expected_improvement.low + d.expected_improvement.high) / 2;
    for (const win of report.quick_wins) assert.ok(win.implementation_effort === 'low' && mid(win) > rules.classification.quick_win_min_improvement);
    for (const change of report.high_impact_changes) assert.ok(mid(change) > rules.classification.high_impact_min_improvement);
  }
});

test('a stage with fewer than 30 sessions says insufficient data', () => {
  const report = reports.get('small')!;
  assert.equal(report.total_sessions, 25);
  for (const d of report.drop_offs) {
    assert.equal(d.diagnosis, 'insufficient_data');
    assert.match(d.root_cause, /^Insufficient data/);
    assert.deepEqual(d.signals, []);
  }
});

test('CSV and text table render the report', () => {
  const report = reports.get('confusing')!;
  const csv = reportToCsv(report);
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines.length, report.drop_offs.length + 1);
  assert.match(lines[0]!, /^transition,sessions_entered,/);
  const table = formatReportTable(report);
  assert.match(table, /IN_PROGRESS → AWAITING_USER_APPROVAL/);
  assert.match(table, /ROI: \d+\.\d% -> \d+\.\d% \(\+\d+ completions per period/);
  const healthy = formatReportTable({ ...report, drop_offs: [], estimated_roi: { ...report.estimated_roi, estimated_new_rate: report.estimated_roi.current_conversion_rate, additional_completions_per_period: 0, improvement_percentage: 0, implementation_priority: [] } });
  assert.match(healthy, /No transition loses more than 30% of its sessions\.\n\nROI: no fix is recommended, so there is no return to estimate \(conversion \d+\.\d%\)\.\n$/);
});

test('runReportCommand prints a table, CSV or JSON and rejects bad arguments', async () => {
  const capture = () => {
    const chunks: string[] = [];
    const out = new Writable({ write(chunk, _encoding, done) { chunks.push(String(chunk)); done(); } });
    return { out, text: () => chunks.join('') };
  };
  const table = capture();
  await runReportCommand(t.db, ['funnel', '--since', '31d', '--tenant', 'slow'], table.out, END);
  assert.match(table.text(), /Sessions: 1500/);
  const json = capture();
  await runReportCommand(t.db, ['funnel', '--since', '31d', '--tenant', 'slow', '--format', 'json'], json.out, END);
  assert.equal(JSON.parse(json.text()).total_sessions, 1500);
  await assert.rejects(runReportCommand(t.db, ['funnel', '--since', 'yesterday'], capture().out), ReportCommandError);
  await assert.rejects(runReportCommand(t.db, ['funnel'], capture().out), /several tenants/);
  await assert.rejects(runReportCommand(t.db, ['sales'], capture().out), ReportCommandError);
});

test('storeWeeklyReport stores the report and returns one line', async () => {
  const summary = await storeWeeklyReport(t.db, 'rejections', new Date('2026-01-20T00:00:00Z'));
  assert.doesNotMatch(summary, /\n/);
  assert.match(summary, /sessions, .*% completed/);
  const { rows } = await t.db.query<{ report: FunnelOptimizationReport }>(`SELECT report FROM funnel_reports WHERE tenant_id = 'rejections'`);
  assert.equal(rows.length, 1);
  assert.ok(rows[0]!.report.total_sessions > 0);
});

test('the rules file is validated when loaded', async () => {
  const json = JSON.parse(await readFile(DEFAULT_RULES_PATH, 'utf8'));
  json.signals.slow_steps.expected_improvement = { low: 0.5, high: 0.1 };
  assert.throws(() => parseOptimizerRules(json), OptimizerRulesError);
  delete json.signals.channel;
  assert.throws(() => parseOptimizerRules(json), /channel/);
});

test('step durations read in seconds, and in milliseconds under a second', () => {
  assert.deepEqual([0, 12.4, 999.6, 1000, 61_250, null].map(stepDuration), ['0 ms', '12 ms', '1.0 s', '1.0 s', '61.3 s', 'n/a']);
});

test('a signal every session had ("answers by text" when nobody spoke) is not tested: it separates nothing', async () => {
  const rules = await loadOptimizerRules(DEFAULT_RULES_PATH);
  const stage = (maxStage: number, sessions: number) => ({ max_stage: maxStage, sessions, slow_steps: 0, degraded_steps: 0, step_failures: 0, fallbacks: 0,
    upload_rejections: 0, recommendation_rejections: 0, reasked: 0, median_idle_hours: null });
  const evidence: DropOffEvidence = {
    byStage: [stage(1, 21), stage(2, 39)],
    reaskedFields: [],
    lastFields: [],
    channels: [{ max_stage: 1, key: 'text', sessions: 21 }, { max_stage: 2, key: 'text', sessions: 39 }, { max_stage: 1, key: 'voice', sessions: 12 }, { max_stage: 2, key: 'voice', sessions: 6 }],
    rejectionReasons: [],
    latency: [],
  };
  assert.deepEqual(analyzeSignals(evidence, 1, rules).map((finding) => finding.subject), ['voice']);
});
