// The rules maker: turns facility-site answers into a proposed configuration
// (shift plan, guard tours, meters, registers) with a rationale per decision,
// then runs the checker so the confidence reflects what it found.
import { formatClockTime } from '../clock-time.ts';
import { applicableFields, missingRequired } from '../question-flow.ts';
import type { Answers, Template, TimeRange } from '../template.ts';
import { checkRecommendation } from './checker.ts';
import { recommendationConfidence } from './confidence.ts';
import { describeSelection } from '../extraction/ordered-selection.ts';
import { OPERATING_MODES, WEEKDAY_NAMES, WEEKDAYS, type Weekday, type Finding, type GuardTour, type OperatingMode, type RecommendationConfig, type Shift } from './schema.ts';
import { planShifts } from './shift-plan.ts';
import { METER_UNITS, REGISTER_FIELDS } from './site-standards.ts';
import { counted, keyAsWords } from '../wording.ts';

export interface MakeOptions {
  /** Extractor confidence per answered field key; a missing key counts as 1 (e.g. an edited answer). */
  confidences?: Readonly<Record<string, number>>;
  /** IANA zone for the business unit, when the caller knows it. */
  timezone?: string;
}

export interface Recommendation { config: RecommendationConfig; confidence: number; rationale: string[]; findings: Finding[]; valid: boolean }

/** Above this many buildings one site-wide tour is proposed instead of one per building. */
export const MAX_TOURS_PER_SITE = 10;
const DEFAULT_SHIFTS = { '24x7': 3, business_hours: 1, custom: 2 } as const;

const readNumber = (answers: Answers, key: string): number | undefined => (typeof answers[key] === 'number' ? answers[key] : undefined);
const readString = (answers: Answers, key: string): string | undefined => (typeof answers[key] === 'string' ? answers[key] : undefined);
const readList = (answers: Answers, key: string): string[] => (Array.isArray(answers[key]) ? answers[key] : []);


function readRange(answers: Answers, key: string): TimeRange | undefined {
  const value = answers[key];
  return value && typeof value === 'object' && 'start_minute' in value ? value : undefined;
}

function planHours(answers: Answers, rationale: string[]): { mode: OperatingMode; custom?: TimeRange } {
  const answered = readString(answers, 'operating_hours');
  const mode = OPERATING_MODES.find((each) => each === answered) ?? '24x7';
  if (mode !== answered) rationale.push('No operating hours given; assumed round-the-clock cover.');
  const custom = readRange(answers, 'custom_hours');
  if (mode === 'custom' && !custom) {
    rationale.push('Custom hours were not given; assumed business hours (09:00–17:00).');
    return { mode: 'business_hours' };
  }
  return mode === 'custom' ? { mode, custom } : { mode };
}

/** The answered days of cover, Monday first (none if not answered). */
export function answeredDays(answers: Answers): Weekday[] {
  return WEEKDAYS.filter((day) => readList(answers, 'operating_days').includes(day));
}

/** The days of cover: as answered, or every day (round-the-clock cover said without days, or no answer). */
function planDays(template: Template, answers: Answers, mode: OperatingMode, rationale: string[]): Weekday[] {
  const answered = answeredDays(answers);
  const field = template.fields.find((each) => each.key === 'operating_days');
  const everyDay = answered.length === WEEKDAYS.length;
  if (answered.length === 0 || field?.type !== 'multi_select' || (mode === '24x7' && everyDay)) {
    if (mode !== '24x7') rationale.push('No days of cover given; assumed every day.');
    return [...WEEKDAYS];
  }
  const cover = mode === '24x7' ? 'Round-the-clock cover' : 'Cover';
  rationale.push(`${cover} on ${describeSelection(field, answered)}, as answered; shifts and patrol rounds run on those days.`);
  return answered;
}

function planShiftsFromAnswers(answers: Answers, hours: { mode: OperatingMode; custom?: TimeRange }, rationale: string[]): Shift[] {
  const count = readNumber(answers, 'shifts_per_day') ?? DEFAULT_SHIFTS[hours.mode];
  const staff = readNumber(answers, 'staff_per_shift') ?? 1;
  if (readNumber(answers, 'staff_per_shift') === undefined) rationale.push('No guards-per-shift answer; assumed 1 guard per shift.');
  const shifts = planShifts(hours.mode, count, staff, hours.custom);
  const what = hours.mode === '24x7' ? 'all 24 hours' : hours.mode === 'business_hours' ? 'business hours 09:00–17:00' : `the custom hours ${formatClockTime(hours.custom!.start_minute)}–${formatClockTime(hours.custom!.end_minute)}`;
  rationale.push(count === 1
    ? `One shift covers ${what}: ${shifts[0]!.name} ${shifts[0]!.start}–${shifts[0]!.end}.`
    : `${count} back-to-back shifts of equal length cover ${what} with no gap: ${shifts.map((shift) => `${shift.name} ${shift.start}–${shift.end}`).join(', ')}.`);
  rationale.push(`${counted(staff, 'guard')} on ${count === 1 ? 'the' : 'each'} shift, as answered.`);
  return shifts;
}

function planTours(answers: Answers, shifts: readonly Shift[], rationale: string[]): GuardTour[] {
  const checkpoints = readNumber(answers, 'checkpoints_per_tour');
  if (checkpoints === undefined || checkpoints < 1) {
    rationale.push('No checkpoints given, so no guard tour is proposed.');
    return [];
  }
  const frequencyMinutes = (readNumber(answers, 'tour_frequency_hours') ?? 2) * 60;
  const buildings = readNumber(answers, 'buildings') ?? 1;
  const shiftCoverage = shifts.map((shift) => shift.name);
  const tourNames = buildings > 1 && buildings <= MAX_TOURS_PER_SITE
    ? Array.from({ length: buildings }, (_, index) => `Building ${index + 1} patrol`)
    : ['Site patrol'];
  rationale.push(tourNames.length > 1
    ? `One patrol route per building (${buildings}), each with ${checkpoints} checkpoints, every ${frequencyMinutes / 60} h on every shift.`
    : `One site patrol with ${checkpoints} checkpoints every ${frequencyMinutes / 60} h on every shift${buildings > MAX_TOURS_PER_SITE ? ` (more than ${MAX_TOURS_PER_SITE} buildings: split the route by area when editing)` : ''}.`);
  const floors = readNumber(answers, 'floors');
  // Fewer checkpoints than floors is a checker warning (floors_unpatrolled), which says so itself.
  if (floors !== undefined && floors > 1 && checkpoints >= floors) rationale.push(`Checkpoints should be spread over ${floors === 2 ? 'both' : `all ${floors}`} floors.`);
  return tourNames.map((name) => ({ name, checkpoints, frequency_minutes: frequencyMinutes, shift_coverage: shiftCoverage }));
}

/** Weekly readings without a day are taken on the first day of cover (a day a guard is there to read them). */
export function withReadingDays(meters: RecommendationConfig['meters'], days: readonly Weekday[]): RecommendationConfig['meters'] {
  const firstDay = days[0] ?? WEEKDAYS[0];
  return meters.map((meter) => (meter.reading_schedule === 'weekly' && meter.reading_day === undefined ? { ...meter, reading_day: firstDay } : meter));
}

function planMeters(answers: Answers, shifts: readonly Shift[], days: readonly Weekday[], rationale: string[]): RecommendationConfig['meters'] {
  const readingTime = shifts[0]?.start ?? '09:00';
  const siteType = readString(answers, 'site_type');
  const meters: RecommendationConfig['meters'] = [];
  for (const type of readList(answers, 'meters')) {
    const units = METER_UNITS[type] ?? [];
    const schedule = type === 'gas' ? 'weekly' : type === 'electricity' && siteType === 'data_centre' ? 'per_shift' : 'daily';
    for (const unit of units) meters.push({ type, unit, reading_schedule: schedule, reading_time: readingTime });
  }
  const scheduled = withReadingDays(meters, days);
  const when = (meter: RecommendationConfig['meters'][number]): string => (meter.reading_day ? `weekly on ${WEEKDAY_NAMES[meter.reading_day]}s` : keyAsWords(meter.reading_schedule));
  rationale.push(scheduled.length > 0
    ? `Meters read at the start of the first shift (${readingTime}): ${scheduled.map((meter) => `${keyAsWords(meter.type)} in ${meter.unit} ${when(meter)}`).join(', ')}.`
    : 'No meters to read.');
  return scheduled;
}

/**
 * Proposes a configuration from facility-site answers. Missing answers get
 * stated assumptions (listed in the rationale) and lower the confidence.
 */
export function makeRecommendation(template: Template, answers: Answers, options: MakeOptions = {}): Recommendation {
  const rationale: string[] = [];
  const hours = planHours(answers, rationale);
  const days = planDays(template, answers, hours.mode, rationale);
  const shifts = planShiftsFromAnswers(answers, hours, rationale);
  const selectedRegisters = new Set(readList(answers, 'registers'));
  const config: RecommendationConfig = {
    business_unit: {
      name: readString(answers, 'organisation_name') ?? 'Unnamed organisation',
      site_name: readString(answers, 'site_name') ?? 'Main site',
      site_type: readString(answers, 'site_type') ?? 'other',
      ...(options.timezone ? { timezone: options.timezone } : {}),
      ...(readNumber(answers, 'buildings') !== undefined ? { buildings: readNumber(answers, 'buildings') } : {}),
      ...(readNumber(answers, 'floors') !== undefined ? { floors: readNumber(answers, 'floors') } : {}),
      operating_hours: hours.custom ? { mode: hours.mode, start_minute: hours.custom.start_minute, end_minute: hours.custom.end_minute, days } : { mode: hours.mode, days },
    },
    shifts,
    guard_tours: planTours(answers, shifts, rationale),
    meters: planMeters(answers, shifts, days, rationale),
    registers: Object.entries(REGISTER_FIELDS).map(([type, fields]) => ({ type, enabled: selectedRegisters.has(type), fields: [...fields] })),
    contact_ref: 'answer:site_contact',
  };
  rationale.push(selectedRegisters.size > 0 ? `Registers enabled with their standard fields: ${[...selectedRegisters].map(keyAsWords).join(', ')}.` : 'No registers enabled; they can be switched on later.');
  const checked = checkRecommendation(config, answers);
  const applicable = applicableFields(template, answers).filter((field) => answers[field.key] !== undefined);
  const required = applicableFields(template, answers).filter((field) => field.required).length;
  const missing = missingRequired(template, answers);
  if (missing.length > 0) rationale.push(`Not yet answered: ${missing.join(', ')}.`);
  const confidence = recommendationConfidence({
    answerConfidences: applicable.map((field) => options.confidences?.[field.key] ?? 1),
    completeness: required === 0 ? 1 : (required - missing.length) / required,
    findings: checked.findings,
  });
  return { config, confidence, rationale, findings: checked.findings, valid: checked.valid };
}
