// The checker: deterministic business rules over a proposed configuration,
// whoever made it (rules maker, LLM, user edit). Errors block approval;
// warnings and info are shown to the user.
import type { Answers, Contact } from '../template.ts';
import { coverageGaps, formatInterval, minutesCovered, overlapMinutes, requiredMinutes } from './coverage.ts';
import { recommendationSchema, WEEKDAY_NAMES, WEEKDAYS, type Finding, type RecommendationConfig, type Weekday } from './schema.ts';
import { coveredWindow } from './shift-plan.ts';
import { HANDOVER_MINUTES, MAX_SHIFT_MINUTES, METER_UNITS, REGISTER_FIELDS, WALK_MINUTES_PER_CHECKPOINT } from './site-standards.ts';
import { counted, describeLength, keyAsWords } from '../wording.ts';
import { describeSelection } from '../extraction/ordered-selection.ts';

export interface CheckResult { valid: boolean; findings: Finding[] }

const CONTACT_REF = /^answer:[a-z][a-z0-9_]*$/;
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const PHONE_LIKE = /\d(?:[\s().-]*\d){6,}/;

// The week as an ordered selection, so findings name days as the conversation does ("Monday to Saturday").
const WEEK = { options: WEEKDAYS.map((day) => ({ value: day, label: WEEKDAY_NAMES[day], synonyms: [], not_within: [] })), groups: [] };
const daysInWords = (days: readonly Weekday[]): string => describeSelection(WEEK, days);

const finding = (severity: Finding['severity'], code: string, message: string, path: string): Finding => ({ severity, code, message, path });

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

function checkHoursAndShifts(config: RecommendationConfig, findings: Finding[]): void {
  const hours = config.business_unit.operating_hours;
  const custom = hours.start_minute !== undefined && hours.end_minute !== undefined ? { start_minute: hours.start_minute, end_minute: hours.end_minute } : undefined;
  if (hours.mode === 'custom' && (!custom || custom.start_minute === custom.end_minute)) {
    findings.push(finding('error', 'custom_hours_missing', 'Custom operating hours need a start and an end time.', 'business_unit.operating_hours'));
    return;
  }
  const window = hours.mode === 'business_hours' && custom ? custom : coveredWindow(hours.mode, custom);
  const names = new Set<string>();
  config.shifts.forEach((shift, index) => {
    if (names.has(shift.name)) findings.push(finding('error', 'duplicate_shift_name', `Two shifts are called “${shift.name}”.`, `shifts[${index}].name`));
    names.add(shift.name);
    if (shift.staff < 1) findings.push(finding('error', 'no_staff', `The ${shift.name} shift has no guards; every shift needs at least one.`, `shifts[${index}].staff`));
  });
  const covered = config.shifts.map((shift) => minutesCovered(shift.start, shift.end));
  const required = requiredMinutes(window);
  if (config.shifts.length === 0) {
    findings.push(finding('error', 'no_shifts', 'The plan has no shifts, so nobody covers the operating hours.', 'shifts'));
    return;
  }
  const gaps = coverageGaps(required, covered);
  if (gaps.length > 0) {
    const what = hours.mode === '24x7' ? 'Round-the-clock cover needs all 24 hours covered' : 'The operating hours must be covered';
    findings.push(finding('error', 'coverage_gap', `${what}; no shift covers ${gaps.map(formatInterval).join(', ')}.`, 'shifts'));
  }
  for (let first = 0; first < covered.length; first += 1) {
    for (let second = first + 1; second < covered.length; second += 1) {
      const overlap = overlapMinutes(covered[first]!, covered[second]!);
      if (overlap > HANDOVER_MINUTES) {
        findings.push(finding('warning', 'shift_overlap', `The ${config.shifts[first]!.name} and ${config.shifts[second]!.name} shifts overlap by ${overlap} minutes (more than a ${HANDOVER_MINUTES}-minute handover).`, `shifts[${second}]`));
      }
    }
  }
  covered.forEach((minutes, index) => {
    const length = minutes.filter(Boolean).length;
    if (length > MAX_SHIFT_MINUTES) {
      const shift = config.shifts[index]!;
      findings.push(finding('warning', 'shift_too_long', `The ${shift.name} shift is ${describeLength(length)} long; shifts over ${describeLength(MAX_SHIFT_MINUTES)} tire guards, so consider splitting it in two.`, `shifts[${index}]`));
    }
    if (window && minutes.some((on, minute) => on && !required[minute])) {
      findings.push(finding('info', 'shift_outside_hours', `The ${config.shifts[index]!.name} shift runs partly outside the operating hours.`, `shifts[${index}]`));
    }
  });
}

function checkTours(config: RecommendationConfig, findings: Finding[]): void {
  const shiftsByName = new Map(config.shifts.map((shift) => [shift.name, shift]));
  const floors = config.business_unit.floors;
  config.guard_tours.forEach((tour, index) => {
    // A round covers one building (or the site): with fewer checkpoints than the tallest building has floors, some floor is never patrolled.
    if (floors !== undefined && tour.checkpoints < floors) {
      findings.push(finding('warning', 'floors_unpatrolled', `“${tour.name}” has ${counted(tour.checkpoints, 'checkpoint')} for ${floors} floors, so some floors get none; one per floor needs at least ${floors}.`, `guard_tours[${index}].checkpoints`));
    }
    const walkMinutes = tour.checkpoints * WALK_MINUTES_PER_CHECKPOINT;
    if (walkMinutes > tour.frequency_minutes) {
      findings.push(finding('warning', 'tour_too_frequent', `“${tour.name}” takes about ${walkMinutes} minutes to walk but is scheduled every ${tour.frequency_minutes} minutes.`, `guard_tours[${index}].frequency_minutes`));
    }
    tour.shift_coverage.forEach((name, position) => {
      if (!shiftsByName.has(name)) findings.push(finding('error', 'unknown_shift', `“${tour.name}” refers to a shift “${name}” that is not in the plan.`, `guard_tours[${index}].shift_coverage[${position}]`));
    });
  });
  config.shifts.forEach((shift, index) => {
    const patrolMinutesPerHour = config.guard_tours
      .filter((tour) => tour.shift_coverage.includes(shift.name))
      .reduce((sum, tour) => sum + (tour.checkpoints * WALK_MINUTES_PER_CHECKPOINT * 60) / tour.frequency_minutes, 0);
    if (shift.staff >= 1 && patrolMinutesPerHour > shift.staff * 60) {
      findings.push(finding('warning', 'tours_exceed_staff', `The ${shift.name} shift's ${counted(shift.staff, 'guard')} cannot walk ${Math.round(patrolMinutesPerHour)} patrol minutes every hour.`, `shifts[${index}].staff`));
    }
  });
}

/** A weekly reading is taken on its day, a day the site is covered; other schedules have no day. */
function checkReadingDay(meter: RecommendationConfig['meters'][number], index: number, days: readonly Weekday[], findings: Finding[]): void {
  const meterName = keyAsWords(meter.type);
  if (meter.reading_schedule !== 'weekly') {
    if (meter.reading_day !== undefined) findings.push(finding('warning', 'reading_day_ignored', `The ${meterName} meter is read ${keyAsWords(meter.reading_schedule)}, so its reading day is ignored; make it weekly or remove the day.`, `meters[${index}].reading_day`));
    return;
  }
  if (meter.reading_day === undefined) {
    findings.push(finding('warning', 'reading_day_missing', `The ${meterName} meter is read weekly but no day is set; choose one of the days of cover.`, `meters[${index}].reading_day`));
  } else if (!days.includes(meter.reading_day)) {
    findings.push(finding('warning', 'reading_day_not_covered', `The ${meterName} meter is read on ${WEEKDAY_NAMES[meter.reading_day]}s, when the site has no cover; choose one of the days of cover.`, `meters[${index}].reading_day`));
  }
}

function checkMetersAndRegisters(config: RecommendationConfig, answers: Answers, findings: Finding[]): void {
  const requested = Array.isArray(answers.meters) ? new Set(answers.meters) : null;
  config.meters.forEach((meter, index) => {
    const units = METER_UNITS[meter.type];
    if (!units) {
      findings.push(finding('error', 'unknown_meter_type', `“${meter.type}” is not a meter type we support (${Object.keys(METER_UNITS).join(', ')}).`, `meters[${index}].type`));
      return;
    }
    checkReadingDay(meter, index, config.business_unit.operating_hours.days ?? WEEKDAYS, findings);
    if (!units.includes(meter.unit)) findings.push(finding('warning', 'meter_unit_mismatch', `A ${keyAsWords(meter.type)} meter is usually read in ${units.join(' or ')}, not ${meter.unit}.`, `meters[${index}].unit`));
    if (requested && !requested.has(meter.type)) findings.push(finding('warning', 'meter_not_requested', `A ${keyAsWords(meter.type)} meter was not among the meters you asked for.`, `meters[${index}]`));
  });
  const requestedRegisters = Array.isArray(answers.registers) ? new Set(answers.registers) : null;
  config.registers.forEach((register, index) => {
    if (!REGISTER_FIELDS[register.type]) {
      findings.push(finding('error', 'unknown_register_type', `“${register.type}” is not a register type we support (${Object.keys(REGISTER_FIELDS).join(', ')}).`, `registers[${index}].type`));
      return;
    }
    if (register.enabled && register.fields.length === 0) findings.push(finding('error', 'register_without_fields', `The ${keyAsWords(register.type)} register is enabled but has no fields.`, `registers[${index}].fields`));
    if (register.enabled && requestedRegisters && !requestedRegisters.has(register.type)) {
      findings.push(finding('info', 'register_not_requested', `The ${keyAsWords(register.type)} register is enabled though it was not among your answers.`, `registers[${index}].enabled`));
    }
  });
}

function checkContactRef(config: RecommendationConfig, answers: Answers, findings: Finding[]): void {
  const ref = config.contact_ref;
  const contact = answers.site_contact as Contact | undefined;
  const rawValues = contact && typeof contact === 'object' ? [contact.name, contact.phone, contact.email].filter((value): value is string => typeof value === 'string' && value.length > 2) : [];
  const containsRaw = EMAIL_LIKE.test(ref) || PHONE_LIKE.test(ref) || rawValues.some((value) => ref.toLowerCase().includes(value.toLowerCase()));
  if (containsRaw) {
    findings.push(finding('error', 'contact_inline', 'The configuration must reference the site contact, not contain their details.', 'contact_ref'));
  } else if (!CONTACT_REF.test(ref)) {
    findings.push(finding('error', 'contact_ref_format', 'The contact reference must look like “answer:site_contact”.', 'contact_ref'));
  } else if (Object.keys(answers).length > 0 && answers[ref.slice('answer:'.length)] === undefined) {
    findings.push(finding('warning', 'contact_ref_unanswered', 'The referenced contact answer has not been given yet.', 'contact_ref'));
  }
}

function checkAgainstAnswers(config: RecommendationConfig, answers: Answers, findings: Finding[]): void {
  const hours = config.business_unit.operating_hours;
  if (typeof answers.operating_hours === 'string' && answers.operating_hours !== hours.mode) {
    findings.push(finding('warning', 'hours_mismatch', `The plan uses ${hours.mode} hours but the answers say ${answers.operating_hours}.`, 'business_unit.operating_hours.mode'));
  }
  const custom = answers.custom_hours;
  if (hours.mode === 'custom' && custom && typeof custom === 'object' && 'start_minute' in custom
    && (custom.start_minute !== hours.start_minute || custom.end_minute !== hours.end_minute)) {
    findings.push(finding('warning', 'hours_mismatch', 'The plan’s custom hours differ from the hours you gave.', 'business_unit.operating_hours'));
  }
  const answeredDays = answers.operating_days;
  const days = hours.days ?? WEEKDAYS;
  if (Array.isArray(answeredDays) && answeredDays.length > 0
    && (answeredDays.length !== days.length || !days.every((day) => answeredDays.includes(day)))) {
    findings.push(finding('warning', 'days_mismatch', 'The plan’s days of cover differ from the days you gave.', 'business_unit.operating_hours.days'));
  }
  if (hours.mode === '24x7' && days.length < WEEKDAYS.length) {
    // Whole days of cover on some days only ("24 hours Monday to Saturday"): said, so a missed day is noticed.
    const uncovered = WEEKDAYS.filter((day) => !days.includes(day));
    findings.push(finding('info', 'days_not_every_day', `Round-the-clock cover on ${daysInWords(days)} only: nobody is on duty on ${daysInWords(uncovered)}.`, 'business_unit.operating_hours.days'));
  }
  if (typeof answers.shifts_per_day === 'number' && answers.shifts_per_day !== config.shifts.length) {
    findings.push(finding('info', 'shift_count_changed', `The plan has ${counted(config.shifts.length, 'shift')}; you said ${answers.shifts_per_day}.`, 'shifts'));
  }
  if (config.business_unit.timezone !== undefined && !isKnownTimeZone(config.business_unit.timezone)) {
    findings.push(finding('error', 'unknown_timezone', `“${config.business_unit.timezone}” is not a known time zone (use e.g. Europe/London).`, 'business_unit.timezone'));
  }
}

/** Schema first, then the business rules; `valid` means no error findings. */
export function checkRecommendation(config: unknown, answers: Answers = {}): CheckResult {
  const parsed = recommendationSchema.safeParse(config);
  if (!parsed.success) {
    const findings = parsed.error.issues.map((issue) => finding('error', 'schema_invalid', issue.message, issue.path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('')));
    return { valid: false, findings };
  }
  const findings: Finding[] = [];
  checkHoursAndShifts(parsed.data, findings);
  checkTours(parsed.data, findings);
  checkMetersAndRegisters(parsed.data, answers, findings);
  checkContactRef(parsed.data, answers, findings);
  checkAgainstAnswers(parsed.data, answers, findings);
  return { valid: !findings.some((each) => each.severity === 'error'), findings };
}

