// House standards the rules maker and checker share: meter units and reading
// schedules, register fields, and how long a guard needs per checkpoint.

export const METER_UNITS: Readonly<Record<string, readonly string[]>> = {
  electricity: ['kWh'],
  water: ['m³'],
  gas: ['m³'],
  diesel_generator: ['litres', 'run-hours'],
};

export const REGISTER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  visitor: ['visitor_name', 'company', 'host', 'purpose', 'id_checked', 'badge_number', 'time_in', 'time_out'],
  material: ['direction', 'description', 'quantity', 'gate_pass_number', 'vehicle_number', 'authorised_by', 'time'],
  key: ['key_id', 'issued_to', 'issued_by', 'issued_at', 'returned_at'],
  vehicle: ['registration_number', 'driver_name', 'purpose', 'parking_bay', 'time_in', 'time_out'],
};

/** Walking and scanning time per checkpoint: a tour needing longer than its interval can never finish on time. */
export const WALK_MINUTES_PER_CHECKPOINT = 1;

/** The longest shift a guard should work: beyond 12 hours fatigue is a safety risk (and a working-time problem). */
export const MAX_SHIFT_MINUTES = 12 * 60;

/** Overlap between two shifts up to this long is a handover, not double cover. */
export const HANDOVER_MINUTES = 30;

export const BUSINESS_HOURS = { start_minute: 9 * 60, end_minute: 17 * 60 } as const;

/** The 24x7 shift plan starts at 06:00, the usual early-shift start. */
export const ROUND_THE_CLOCK_START_MINUTE = 6 * 60;
