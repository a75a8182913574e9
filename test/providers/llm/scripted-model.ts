// What the stand-in "model" answers in conversation tests: extractions keyed by
// phrases of the user's (redacted) reply, a one-line phrasing of the next
// question, a maker configuration and a clean review.
import { makeRecommendation } from '../../../src/conversation/recommendation/index.ts';
import { loadTemplate } from '../../../src/conversation/session-service.ts';
import { userDataOf, type ChatBody, type Model, type StandInReply } from './chat-completions-stand-in.ts';

export interface ScriptedField { key: string; value: unknown; confidence: number }

/** Free-form answers the rules alone cannot read (checked in the tests), and what a model reads in them. */
export const FREE_FORM_READINGS: Array<{ phrase: RegExp; fields: ScriptedField[] }> = [
  { phrase: /3-building hospital campus/, fields: [
    { key: 'site_type', value: 'hospital', confidence: 0.9 },
    { key: 'buildings', value: 3, confidence: 0.95 },
    { key: 'operating_hours', value: '24x7', confidence: 0.95 },
    { key: 'shifts_per_day', value: 3, confidence: 0.9 },
  ] },
  { phrase: /plan for twelve/, fields: [{ key: 'staff_per_shift', value: 12, confidence: 0.9 }] },
  { phrase: /twice per rotation/, fields: [{ key: 'tour_frequency_hours', value: 4, confidence: 0.85 }] },
  { phrase: /the lights and the taps/, fields: [{ key: 'meters', value: ['electricity', 'water'], confidence: 0.85 }] },
];

export function understandingReply(body: ChatBody, readings = FREE_FORM_READINGS): StandInReply {
  const reply = String(userDataOf(body).user_reply ?? '');
  const fields = readings.filter((reading) => reading.phrase.test(reply)).flatMap((reading) => reading.fields);
  return { kind: 'json', content: { fields, unclear: fields.length === 0 ? ['nothing recognised'] : [] } };
}

export function makerReply(body: ChatBody): StandInReply {
  const answers = (userDataOf(body).answers ?? {}) as Record<string, never>;
  const made = makeRecommendation(loadTemplate('facility-site'), answers);
  return { kind: 'json', content: { configuration: made.config, rationale: ['Three 8-hour shifts cover the hospital round the clock.', ...made.rationale.slice(0, 3)] } };
}

export const APPROVING_REVIEW: StandInReply = { kind: 'json', content: { verdict: 'approve', findings: [] } };

export function scriptedModel(overrides: Partial<Record<string, (body: ChatBody) => StandInReply>> = {}): Model {
  return (body, purpose) => {
    const override = overrides[purpose];
    if (override) return override(body);
    switch (purpose) {
      case 'understand_turn': return understandingReply(body);
      case 'phrase_reply': return { kind: 'text', content: `Got it, thanks. ${String(userDataOf(body).next_question)}`, tokenDelayMs: 15 };
      case 'propose_configuration': return makerReply(body);
      case 'review_configuration': return APPROVING_REVIEW;
      default: return { kind: 'status', status: 400 };
    }
  };
}
