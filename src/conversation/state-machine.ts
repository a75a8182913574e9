// Session states (also the funnel stages) and the transitions allowed between them.
import { IntakeError } from '../errors.ts';

export const SESSION_STATES = ['STARTED', 'IN_PROGRESS', 'GENERATING_RECOMMENDATIONS', 'AWAITING_USER_APPROVAL', 'COMPLETED', 'CANCELLED', 'ERROR'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

const FINAL: ReadonlySet<SessionState> = new Set(['COMPLETED', 'CANCELLED']);

const TRANSITIONS: Readonly<Record<SessionState, readonly SessionState[]>> = {
  STARTED: ['IN_PROGRESS', 'GENERATING_RECOMMENDATIONS', 'CANCELLED', 'ERROR'],
  IN_PROGRESS: ['IN_PROGRESS', 'GENERATING_RECOMMENDATIONS', 'CANCELLED', 'ERROR'],
  GENERATING_RECOMMENDATIONS: ['AWAITING_USER_APPROVAL', 'IN_PROGRESS', 'CANCELLED', 'ERROR'],
  AWAITING_USER_APPROVAL: ['COMPLETED', 'IN_PROGRESS', 'GENERATING_RECOMMENDATIONS', 'AWAITING_USER_APPROVAL', 'CANCELLED', 'ERROR'],
  COMPLETED: [],
  CANCELLED: [],
  // ERROR can be retried back to the state the session was in.
  ERROR: ['STARTED', 'IN_PROGRESS', 'GENERATING_RECOMMENDATIONS', 'AWAITING_USER_APPROVAL', 'CANCELLED'],
};

export function isFinal(state: SessionState): boolean {
  return FINAL.has(state);
}

export function canTransition(from: SessionState, to: SessionState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: SessionState, to: SessionState): void {
  if (!canTransition(from, to)) {
    throw new IntakeError('invalid_state', `A session in state ${from} cannot move to ${to}.`, { state: from, requested: to });
  }
}

/** States in which the user may answer the next question. */
export const ANSWERABLE: ReadonlySet<SessionState> = new Set(['STARTED', 'IN_PROGRESS']);
