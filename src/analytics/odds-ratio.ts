// Odds ratio of a signal between abandoning and converting sessions, with a +1
// prior on every cell so that empty cells give a finite, shrunk ratio.

/** 2×2 table: rows = abandoned / converted, columns = with signal / without. */
export interface SignalTable {
  abandonedWith: number;
  abandonedWithout: number;
  convertedWith: number;
  convertedWithout: number;
}

/** > 1 means the signal is more common among abandoning sessions. */
export function oddsRatioWithPrior(table: SignalTable): number {
  return ((table.abandonedWith + 1) * (table.convertedWithout + 1)) / ((table.abandonedWithout + 1) * (table.convertedWith + 1));
}
