// The funnel's stages and how session states map onto them. Reaching a later
// stage implies reaching the earlier ones, so a stage is "rank >= k".

export const FUNNEL_STAGES = ['STARTED', 'IN_PROGRESS', 'AWAITING_USER_APPROVAL', 'COMPLETED'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Session states at or beyond each funnel stage (GENERATING_RECOMMENDATIONS still counts as IN_PROGRESS). */
export const STATES_AT_OR_BEYOND: Record<FunnelStage, readonly string[]> = {
  STARTED: ['STARTED', 'IN_PROGRESS', 'GENERATING_RECOMMENDATIONS', 'AWAITING_USER_APPROVAL', 'COMPLETED'],
  IN_PROGRESS: ['IN_PROGRESS', 'GENERATING_RECOMMENDATIONS', 'AWAITING_USER_APPROVAL', 'COMPLETED'],
  AWAITING_USER_APPROVAL: ['AWAITING_USER_APPROVAL', 'COMPLETED'],
  COMPLETED: ['COMPLETED'],
};

export interface FunnelTransition { index: number; from: FunnelStage; to: FunnelStage; label: string }

export const FUNNEL_TRANSITIONS: readonly FunnelTransition[] = FUNNEL_STAGES.slice(0, -1).map((from, index) => {
  const to = FUNNEL_STAGES[index + 1]!;
  return { index, from, to, label: `${from} → ${to}` };
});

/** SQL list literal of the states at or beyond a stage; values are constants above, never user input. */
export function sqlStateList(stage: FunnelStage): string {
  return STATES_AT_OR_BEYOND[stage].map((state) => `'${state}'`).join(', ');
}

/** SQL expression: the funnel rank (0..3) a state_changed event's target state reaches. */
export function sqlStageRankOf(stateExpression: string): string {
  return `CASE ${stateExpression} WHEN 'COMPLETED' THEN 3 WHEN 'AWAITING_USER_APPROVAL' THEN 2 `
    + `WHEN 'IN_PROGRESS' THEN 1 WHEN 'GENERATING_RECOMMENDATIONS' THEN 1 ELSE 0 END`;
}
