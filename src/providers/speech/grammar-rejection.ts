// Decides whether a grammar hypothesis is a forced fit. JSGF decoding has no garbage
// model: off-topic speech comes back as an allowed phrase, with the rest of the speech
// absorbed as silence/noise. A phone-loop decode of the same audio shows where speech
// really is; when the grammar's words leave much of it uncovered, the grammar is rejected.

/** One recognised unit (word or phone) with its time span, as `-time yes` prints it. */
export interface TimedSegment {
  unit: string;
  startSeconds: number;
  endSeconds: number;
}

/**
 * Measured on espeak-ng answers (see the pocketsphinx test): in-grammar answers leave
 * ≤ 0.07 of the phone-loop speech uncovered, forced off-topic answers ≥ 0.43.
 */
export const maxUncoveredSpeechFraction = 0.25;

const frameSeconds = 0.01;

/** Silence, noise and sentence markers: `<sil>`, `[NOISE]`, `(NULL)`, phone-loop `SIL` and `+SPN+`-style fillers. */
export function isFillerUnit(unit: string): boolean {
  return unit === '' || unit === 'SIL' || /^[<[(+]/.test(unit);
}

function speechFrames(segments: TimedSegment[]): Set<number> {
  const frames = new Set<number>();
  for (const segment of segments) {
    if (isFillerUnit(segment.unit)) continue;
    const first = Math.round(segment.startSeconds / frameSeconds);
    const last = Math.round(segment.endSeconds / frameSeconds);
    for (let frame = first; frame <= last; frame++) frames.add(frame);
  }
  return frames;
}

/** Share (0–1) of the reference decode's speech frames that the grammar decode labels as no word; 0 when the reference heard no speech. */
export function uncoveredSpeechFraction(grammarWords: TimedSegment[], referenceSpeech: TimedSegment[]): number {
  const reference = speechFrames(referenceSpeech);
  if (reference.size === 0) return 0;
  const covered = speechFrames(grammarWords);
  let uncovered = 0;
  for (const frame of reference) if (!covered.has(frame)) uncovered++;
  return uncovered / reference.size;
}

export function isGrammarHypothesisRejected(grammarWords: TimedSegment[], referenceSpeech: TimedSegment[]): boolean {
  if (!grammarWords.some((segment) => !isFillerUnit(segment.unit))) return true;
  return uncoveredSpeechFraction(grammarWords, referenceSpeech) > maxUncoveredSpeechFraction;
}
