// Typical typed answers for the facility-site template, in question order.
export const TYPICAL_ANSWERS: Record<string, string> = {
  organisation_name: 'Acme Facilities Ltd',
  site_name: 'Riverside Hospital',
  site_type: "It's a hospital",
  operating_hours: 'round the clock, 24/7',
  operating_days: 'Monday to Friday',
  custom_hours: '7am to 7pm',
  shifts_per_day: 'we run three shifts',
  staff_per_shift: 'twelve guards per shift',
  buildings: '3 buildings',
  floors: 'five floors',
  checkpoints_per_tour: '20 checkpoints',
  tour_frequency_hours: 'every two hours',
  meters: 'electricity and water meters',
  registers: 'visitor and key registers',
  site_contact: 'Jane Doe, +44 20 7946 0018, jane.doe@example.com',
};
