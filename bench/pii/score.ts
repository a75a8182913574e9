// Scores a redactor on the labeled set. Input and output are aligned by a character LCS (placeholders
// collapsed to one unmatched symbol), so a gold span counts as caught only when none of its letters or
// digits survives in the output, whatever the redactor replaced it with.
import type { PiiType } from '../../src/privacy/pii-type.ts';
import { PII_TYPES } from '../../src/privacy/pii-type.ts';
import type { EvalRecord } from './generate-eval-set.ts';

export type ScoredType = PiiType | 'OTHER';
export interface SystemUnderTest {
  name: string;
  redact(text: string): string;
  /** Global regex matching the system's placeholders; group 1 names the type label. */
  placeholder: RegExp;
  typeOfLabel(label: string): ScoredType;
}
export interface TypeScore { truePositives: number; predictions: number; caught: number; gold: number }
export interface Score {
  byType: Map<ScoredType, TypeScore>;
  recordsWithPii: number;
  leakedRecords: number;
  hardNegatives: number;
  hardNegativesChanged: number;
}

const SENTINEL = '\u0000';
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** For each input index: the output index it survives as, or -1 if removed. */
function alignSurvivors(input: string, output: string): Int32Array {
  const rows = input.length + 1;
  const columns = output.length + 1;
  const lengths = new Uint16Array(rows * columns);
  for (let i = input.length - 1; i >= 0; i--) {
    for (let j = output.length - 1; j >= 0; j--) {
      lengths[i * columns + j] = input[i] === output[j] && output[j] !== SENTINEL
        ? lengths[(i + 1) * columns + j + 1]! + 1
        : Math.max(lengths[(i + 1) * columns + j]!, lengths[i * columns + j + 1]!);
    }
  }
  const survivor = new Int32Array(input.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < input.length && j < output.length) {
    if (input[i] === output[j] && output[j] !== SENTINEL) { survivor[i] = j; i++; j++; }
    else if (lengths[(i + 1) * columns + j]! >= lengths[i * columns + j + 1]!) i++;
    else j++;
  }
  return survivor;
}

function scoreOf(byType: Map<ScoredType, TypeScore>, type: ScoredType): TypeScore {
  let score = byType.get(type);
  if (score === undefined) { score = { truePositives: 0, predictions: 0, caught: 0, gold: 0 }; byType.set(type, score); }
  return score;
}

export function scoreSystem(system: SystemUnderTest, records: readonly EvalRecord[]): Score {
  const score: Score = { byType: new Map(), recordsWithPii: 0, leakedRecords: 0, hardNegatives: 0, hardNegativesChanged: 0 };
  for (const type of PII_TYPES) scoreOf(score.byType, type);
  for (const record of records) {
    const output = system.redact(record.text);
    if (record.hardNegative) { score.hardNegatives++; if (output !== record.text) score.hardNegativesChanged++; }
    const labels: ScoredType[] = [];
    const normalized = output.replace(system.placeholder, (_whole, label: string) => { labels.push(system.typeOfLabel(label)); return SENTINEL; });
    const survivor = alignSurvivors(record.text, normalized);
    let leaked = false;
    for (const gold of record.gold) {
      const typeScore = scoreOf(score.byType, gold.type);
      typeScore.gold++;
      let survived = false;
      for (let index = gold.start; index < gold.end && !survived; index++) survived = survivor[index]! >= 0 && ALPHANUMERIC.test(record.text[index]!);
      if (survived) leaked = true; else typeScore.caught++;
    }
    if (record.gold.length > 0) { score.recordsWithPii++; if (leaked) score.leakedRecords++; }
    // Each placeholder replaced the removed input between its aligned neighbours; correct if that overlaps gold of its type.
    const inputIndexOfOutput = new Int32Array(normalized.length).fill(-1);
    survivor.forEach((outputIndex, inputIndex) => { if (outputIndex >= 0) inputIndexOfOutput[outputIndex] = inputIndex; });
    let labelIndex = 0;
    for (let j = 0; j < normalized.length; j++) {
      if (normalized[j] !== SENTINEL) continue;
      const type = labels[labelIndex++]!;
      let before = -1;
      for (let k = j - 1; k >= 0 && before < 0; k--) if (inputIndexOfOutput[k]! >= 0) before = inputIndexOfOutput[k]!;
      let after = record.text.length;
      for (let k = j + 1; k < normalized.length && after === record.text.length; k++) if (inputIndexOfOutput[k]! >= 0) after = inputIndexOfOutput[k]!;
      const typeScore = scoreOf(score.byType, type);
      typeScore.predictions++;
      if (record.gold.some((gold) => gold.type === type && gold.start < after && gold.end > before + 1)) typeScore.truePositives++;
    }
  }
  return score;
}

export const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 1 : numerator / denominator);

export function summarize(score: Score) {
  const rows = [...score.byType.entries()].map(([type, typeScore]) => {
    const precision = ratio(typeScore.truePositives, typeScore.predictions);
    const recall = ratio(typeScore.caught, typeScore.gold);
    return { type, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), gold: typeScore.gold, predictions: typeScore.predictions };
  });
  const totals = [...score.byType.values()].reduce((sum, typeScore) => ({ tp: sum.tp + typeScore.truePositives, predictions: sum.predictions + typeScore.predictions }), { tp: 0, predictions: 0 });
  return {
    rows,
    overallPrecision: ratio(totals.tp, totals.predictions),
    leakRate: ratio(score.leakedRecords, score.recordsWithPii),
    hardNegativeChangeRate: ratio(score.hardNegativesChanged, score.hardNegatives),
  };
}
