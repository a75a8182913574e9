// The proposed site configuration handed to the host platform: one schema for
// the rules maker, an LLM maker's JSON output and the user's edits.
import { z } from 'zod';

export const OPERATING_MODES = ['24x7', 'business_hours', 'custom'] as const;
/** The days a site is covered, Monday first (ISO 8601 order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** How rationale and findings name a day. */
export const WEEKDAY_NAMES: Readonly<Record<(typeof WEEKDAYS)[number], string>> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};
export const READING_SCHEDULES = ['hourly', 'per_shift', 'daily', 'weekly', 'monthly'] as const;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM');
const minuteOfDay = z.number().int().min(0).max(1439);
const shortName = z.string().trim().min(1).max(80);

export const shiftSchema = z.object({
  name: shortName,
  start: clockTime,
  end: clockTime,
  staff: z.number().int().min(0).max(1000),
}).strict();

export const guardTourSchema = z.object({
  name: shortName,
  checkpoints: z.number().int().min(1).max(1000),
  frequency_minutes: z.number().int().min(1).max(10_080),
  /** Names of the shifts whose guards walk this tour. */
  shift_coverage: z.array(shortName).min(1),
}).strict();

export const meterSchema = z.object({
  type: z.string().min(1).max(40),
  unit: z.string().min(1).max(20),
  reading_schedule: z.enum(READING_SCHEDULES),
  reading_time: clockTime,
  /** The day a weekly reading is taken; only weekly readings have one. */
  reading_day: z.enum(WEEKDAYS).optional(),
}).strict();

export const registerSchema = z.object({
  type: z.string().min(1).max(40),
  enabled: z.boolean(),
  fields: z.array(z.string().min(1).max(60)),
}).strict();

export const recommendationSchema = z.object({
  business_unit: z.object({
    name: z.string().trim().min(1).max(200),
    site_name: z.string().trim().min(1).max(200),
    site_type: z.string().min(1).max(40),
    /** IANA zone such as "Europe/London"; the checker rejects unknown zones. */
    timezone: z.string().min(1).max(64).optional(),
    buildings: z.number().int().min(1).max(1000).optional(),
    floors: z.number().int().min(1).max(500).optional(),
    operating_hours: z.object({
      mode: z.enum(OPERATING_MODES),
      start_minute: minuteOfDay.optional(),
      end_minute: minuteOfDay.optional(),
      /** The days the hours apply, Monday first; absent means every day (configurations made before days were asked). */
      days: z.array(z.enum(WEEKDAYS)).min(1, 'choose at least one day of cover').max(7)
        .refine((days) => days.every((day, index) => index === 0 || WEEKDAYS.indexOf(day) > WEEKDAYS.indexOf(days[index - 1]!)), 'each day once, in week order (Monday first)')
        .optional(),
    }).strict(),
  }).strict(),
  shifts: z.array(shiftSchema).max(24),
  guard_tours: z.array(guardTourSchema).max(100),
  meters: z.array(meterSchema).max(50),
  registers: z.array(registerSchema).max(20),
  /** Where the site contact lives ("answer:site_contact"): the contact itself never enters the configuration. */
  contact_ref: z.string().min(1).max(200),
}).strict();

export type RecommendationConfig = z.infer<typeof recommendationSchema>;
export type Shift = z.infer<typeof shiftSchema>;
export type GuardTour = z.infer<typeof guardTourSchema>;
export type OperatingMode = (typeof OPERATING_MODES)[number];
export type Weekday = (typeof WEEKDAYS)[number];

export interface Finding {
  severity: 'error' | 'warning' | 'info';
  /** Stable, e.g. `coverage_gap`, `shift_overlap`, `schema_invalid`. */
  code: string;
  message: string;
  /** Where in the configuration, e.g. `shifts[2].staff`. */
  path: string;
}
