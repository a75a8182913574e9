// Recommendations: the rules maker, the checker every maker's output goes
// through, the confidence formula, and user edits.
export { checkRecommendation, type CheckResult } from './checker.ts';
export { ERROR_FACTOR, WARNING_FACTOR, recommendationConfidence } from './confidence.ts';
export { applyRecommendationEdit, mergePatch, type EditResult } from './edit.ts';
export { MAX_TOURS_PER_SITE, answeredDays, makeRecommendation, withReadingDays, type MakeOptions, type Recommendation } from './maker.ts';
export { OPERATING_MODES, READING_SCHEDULES, WEEKDAY_NAMES, WEEKDAYS, recommendationSchema, type Finding, type GuardTour, type OperatingMode, type RecommendationConfig, type Shift, type Weekday } from './schema.ts';
export { planShifts } from './shift-plan.ts';
export { HANDOVER_MINUTES, METER_UNITS, REGISTER_FIELDS, WALK_MINUTES_PER_CHECKPOINT } from './site-standards.ts';
