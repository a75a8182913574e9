// Renders a funnel optimization report as CSV (one row per reported drop-off,
// for spreadsheets) and as a plain-text table (for the CLI).
import type { DropOff, FunnelOptimizationReport } from './optimizer.ts';

const CSV_COLUMNS = [
  'transition', 'sessions_entered', 'sessions_dropped', 'drop_off_rate', 'interval_low', 'interval_high', 'severity', 'diagnosis',
  'issue_category', 'root_cause', 'recommendation', 'expected_improvement_low', 'expected_improvement_high', 'implementation_effort', 'evidence',
] as const;

function csvCell(value: string | number): string {
  const text = String(value);
  // Cells a spreadsheet would run as a formula are prefixed with a quote.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(dropOff: DropOff): string {
  const values: Record<(typeof CSV_COLUMNS)[number], string | number> = {
    transition: dropOff.transition,
    sessions_entered: dropOff.sessions_entered,
    sessions_dropped: dropOff.sessions_dropped,
    drop_off_rate: dropOff.drop_off_rate.toFixed(4),
    interval_low: dropOff.interval.low.toFixed(4),
    interval_high: dropOff.interval.high.toFixed(4),
    severity: dropOff.severity,
    diagnosis: dropOff.diagnosis,
    issue_category: dropOff.issue_category,
    root_cause: dropOff.root_cause,
    recommendation: dropOff.recommendation,
    expected_improvement_low: dropOff.expected_improvement.low,
    expected_improvement_high: dropOff.expected_improvement.high,
    implementation_effort: dropOff.implementation_effort,
    evidence: dropOff.evidence.join(' | '),
  };
  return CSV_COLUMNS.map((column) => csvCell(values[column])).join(',');
}

export function reportToCsv(report: FunnelOptimizationReport): string {
  return [CSV_COLUMNS.join(','), ...report.drop_offs.map(csvRow)].join('\r\n') + '\r\n';
}

const pct = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);

function table(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function formatReportTable(report: FunnelOptimizationReport): string {
  const roi = report.estimated_roi;
  const lines = [
    `Funnel report ${report.period_start.slice(0, 10)} .. ${report.period_end.slice(0, 10)} (tenant ${report.tenant_id}${report.client_id ? `, client ${report.client_id}` : ''}, window ${report.conversion_window_days} d)`,
    `Sessions: ${report.total_sessions}   overall conversion: ${pct(report.overall_conversion_rate)} `
      + `(95% CI ${pct(report.overall_conversion_interval.low)}-${pct(report.overall_conversion_interval.high)})`,
    '',
    ...table(['stage', 'sessions', 'of started'], report.stages.map((s) => [s.stage, String(s.sessions), pct(report.total_sessions ? s.sessions / report.total_sessions : null)])),
    '',
  ];
  if (report.drop_offs.length === 0) {
    lines.push('No transition loses more than 30% of its sessions.');
  } else {
    lines.push(...table(
      ['transition', 'drop-off', '95% CI', 'dropped', 'severity', 'category', 'effort', 'expected'],
      report.drop_offs.map((d) => [d.transition, pct(d.drop_off_rate), `${pct(d.interval.low)}-${pct(d.interval.high)}`, `${d.sessions_dropped}/${d.sessions_entered}`,
        d.severity, d.diagnosis === 'cause_found' ? d.issue_category : `${d.issue_category}?`, d.implementation_effort,
        `+${pct(d.expected_improvement.low)}..${pct(d.expected_improvement.high)}`]),
    ));
    for (const d of report.drop_offs) {
      lines.push('', `${d.transition}: ${d.root_cause}`, ...d.evidence.map((e) => `  - ${e}`), `  => ${d.recommendation}`);
    }
  }
  if (roi.implementation_priority.length === 0) {
    // "55.0% -> 55.0% (+0 completions)" reads like a forecast of no gain; there is simply nothing to estimate.
    lines.push('', `ROI: no fix is recommended, so there is no return to estimate (conversion ${pct(roi.current_conversion_rate)}).`);
    return lines.join('\n') + '\n';
  }
  lines.push('', `ROI: ${pct(roi.current_conversion_rate)} -> ${pct(roi.estimated_new_rate)} (+${roi.additional_completions_per_period} completions per period`
    + `${roi.improvement_percentage === null ? '' : `, +${roi.improvement_percentage.toFixed(1)}%`})`);
  roi.implementation_priority.forEach((item, i) => lines.push(`  ${i + 1}. [${item.implementation_effort}] ${item.transition}: ${item.recommendation}`));
  return lines.join('\n') + '\n';
}
