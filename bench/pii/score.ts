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

// Alignment states: after a match (or at the start), inside a run of removed input, inside a run of inserted output.
const MATCHED = 0;
const REMOVING = 1;
const INSERTING = 2;
const MATCH_SCORE = 1000;
const GAP_OPENING = 1;

/**
 * For each input index: the output index it survives as, or -1 if removed. The alignment keeps the most characters
 * (a longest common subsequence) and, among those, opens the fewest gaps: a redactor removes whole spans, so the
 * text after a placeholder is read where it stood, not matched letter by letter into the removed value. Plain LCS
 * broke ties by skipping as much input as it could, so in "reach tunde on three one …" redacted to
 * "reach ▯ on ▯" it aligned " on" with the " on" inside " one" and scored the phone number as leaked.
 */
function alignSurvivors(input: string, output: string): Int32Array {
  const rows = input.length + 1;
  const columns = output.length + 1;
  // best[(i * columns + j) * 3 + state]: the best score aligning input[i…] with output[j…] from `state`.
  const best = new Int32Array(rows * columns * 3);
  const at = (i: number, j: number, state: number): number => (i * columns + j) * 3 + state;
  const gapFrom = (state: number, gap: number): number => (state === gap ? 0 : GAP_OPENING);
  for (let i = input.length; i >= 0; i--) {
    for (let j = output.length; j >= 0; j--) {
      if (i === input.length && j === output.length) continue;
      for (let state = MATCHED; state <= INSERTING; state++) {
        let score = -Infinity;
        if (i < input.length && j < output.length && input[i] === output[j] && output[j] !== SENTINEL) score = MATCH_SCORE + best[at(i + 1, j + 1, MATCHED)]!;
        if (i < input.length) score = Math.max(score, best[at(i + 1, j, REMOVING)]! - gapFrom(state, REMOVING));
        if (j < output.length) score = Math.max(score, best[at(i, j + 1, INSERTING)]! - gapFrom(state, INSERTING));
        best[at(i, j, state)] = score;
      }
    }
  }
  const survivor = new Int32Array(input.length).fill(-1);
  let i = 0;
  let j = 0;
  let state = MATCHED;
  while (i < input.length || j < output.length) {
    const score = best[at(i, j, state)]!;
    if (i < input.length && j < output.length && input[i] === output[j] && output[j] !== SENTINEL && score === MATCH_SCORE + best[at(i + 1, j + 1, MATCHED)]!) {
      survivor[i] = j; i++; j++; state = MATCHED;
    } else if (i < input.length && score === best[at(i + 1, j, REMOVING)]! - gapFrom(state, REMOVING)) {
      i++; state = REMOVING;
    } else {
      j++; state = INSERTING;
    }
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
