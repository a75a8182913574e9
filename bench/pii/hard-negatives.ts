// Hard-negative records: no PII, but meter readings, serials, tickets, dates, times, time ranges, versions, quantities
// and room numbers that a careless redactor would mangle: a meter sheet's dates beside readings, a guard's occurrence
// book, whose rows are shaped like a visitor register's ("08:00 | Patrol started | North fence"), title-cased streets,
// events and documents ("Annual Review", "Mill Lane"), a transcript's references said after their label ("the ticket
// is four four…"), and its roles and what they are doing, shaped like names ("the manager is waiting").
import type { Random } from './prng.ts';
import { luhnValidNumber } from './eval-values.ts';
import { EVAL_SURNAMES } from './eval-names.ts';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

function date(random: Random): string {
  const day = random.int(1, 28);
  const month = random.int(1, 12);
  const year = random.int(2019, 2026);
  return random.pick([`${pad(day, 2)}/${pad(month, 2)}/${year}`, `${year}-${pad(month, 2)}-${pad(day, 2)}`, `${pad(day, 2)}.${pad(month, 2)}.${year}`,
    `${day} March ${year}`, `${month}/${day}/${String(year).slice(2)}`]);
}

function time(random: Random): string {
  return `${pad(random.int(0, 23), 2)}:${pad(random.int(0, 59), 2)}`;
}

function timeRange(random: Random): string {
  const start = random.int(5, 14);
  return random.pick([`${pad(start, 2)}:00-${pad(start + 8, 2)}:00`, `${pad(start, 2)}:00 - ${pad(start + 8, 2)}:00`, `${start}am to ${start - 4 > 0 ? start - 4 : 2}pm`, `${start}:30–${start + 8}:30`]);
}

function version(random: Random): string {
  return random.pick([`v${random.int(1, 9)}.${random.int(0, 20)}.${random.int(0, 9)}`, `version ${random.int(10, 12)}.${random.int(0, 5)}.${random.int(0, 9)}.${random.int(1, 200)}`,
    `firmware ${random.int(1, 9)}.${random.int(0, 9)}.${random.int(0, 9)}.${random.int(0, 9)}`, `build ${random.int(1, 9)}.${random.int(0, 9)}.${random.int(100, 999)}`]);
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A meter reading as a transcript has it: "four five one two seven three". */
const spokenDigits = (random: Random, count: number): string => Array.from({ length: count }, () => random.pick(DIGIT_WORDS)).join(' ');

const OCCURRENCES = ['Patrol started', 'Patrol completed', 'Delivery received', 'Fire alarm test', 'All clear', 'Gate locked', 'Gate opened',
  'CCTV checked', 'Water leak reported', 'Door found open', 'Keys returned', 'Lights off', 'Alarm set', 'Shift handover'];
const PLACES = ['North fence', 'Gate 2', 'Loading Bay B', 'Car park', 'Level 3', 'Plant room', 'Reception'];

// Title-case words that are no one's name: a site's streets, its events and its documents.
const STREET_WORDS = ['Mill', 'Station', 'Church', 'Bridge', 'Market', 'Castle', 'Oak', 'Meadow', 'Orchard', 'Canal'];
// The common kinds of British street.
const STREET_KINDS = ['Street', 'Road', 'Lane', 'Avenue', 'Way', 'Close', 'Drive', 'Court', 'Place', 'Crescent', 'Grove', 'Gardens', 'Terrace', 'Row', 'Hill', 'Walk', 'Mews', 'Square'];
const EVENTS = ['Annual Review', 'Summer Party', 'Quarterly Audit', 'Project Falcon', 'Open Day', 'Winter Readiness', 'Fire Drill', 'Deep Clean',
  'Spring Clean', 'Waste Audit', 'Energy Review', 'Pest Control'];
const DOCUMENTS = ['Asset Register', 'Method Statement', 'Risk Assessment', 'Permit To Work', 'Tenant Newsletter', 'Site Handbook'];

/** A note about a site's event, street entrance and document, its names title-cased. */
function titleCaseNote(random: Random): string {
  // Half the streets are named after someone ("Pemberton Road"): a place, no person.
  const street = `${random.chance(0.5) ? random.pick(STREET_WORDS) : random.pick(EVAL_SURNAMES)} ${random.pick(STREET_KINDS)}`;
  return random.pick([
    `${random.pick(EVENTS)} moved to ${date(random)}; use the ${street} entrance from ${time(random)}.`,
    `${random.pick(DOCUMENTS)} updated for the ${random.pick(EVENTS)}, see section ${random.int(2, 9)}.${random.int(1, 9)}.`,
    `${street} gate closed ${timeRange(random)} for the ${random.pick(EVENTS)}.`,
  ]);
}

const ROLES = ['manager', 'supervisor', 'engineer', 'cleaner', 'contact', 'guard', 'visitor', 'caretaker'];
const STATES = ['waiting at the gate', 'booked for thursday', 'absent today', 'unavailable this week', 'expected at nine', 'running late',
  'covering nights', 'trained on the panel', 'based in the gatehouse', 'happy with the rota'];

/** A transcript's word about a role, shaped like a name after a cue: "the engineer is booked for thursday". */
function roleStatus(random: Random): string {
  return `uh the ${random.pick(ROLES)} ${random.pick(['is', 'was'])} ${random.pick(STATES)} and the ${random.pick(ROLES)} is ${random.pick(STATES)}`;
}

/** Two or three rows of an occurrence book, OCR'd with pipes or exported with tabs, in title or upper case. */
function occurrenceBook(random: Random): string {
  const delimiter = random.pick([' | ', '\t']);
  const upper = random.chance(0.4);
  const rows: string[] = [];
  for (let row = random.int(2, 3); row > 0; row--) {
    const entry = [time(random), random.pick(OCCURRENCES), random.pick(PLACES)].join(delimiter);
    rows.push(upper ? entry.toUpperCase() : entry);
  }
  return rows.join('\n');
}

/** A meter sheet or shift log as OCR reads it: a date and a reading a line (the unit only in the heading), times after a shift's range. */
function meterSheet(random: Random): string {
  if (random.chance(0.3)) {
    const start = random.int(5, 9);
    return `Shift ${pad(start, 2)}00-${pad(start + 8, 2)}00\n${pad(start + 1, 2)}${pad(random.int(0, 59), 2)} Patrol ${random.int(1, 4)}\n${pad(start + 2, 2)}${pad(random.int(0, 59), 2)} Gate check`;
  }
  const rows = [random.pick(['DATE        READING', 'Date  Reading (kWh)', 'Datum  Zählerstand'])];
  for (let row = random.int(2, 4); row > 0; row--) rows.push(`${date(random)}${random.pick([' ', '  ', '    '])}${pad(random.int(0, 999999), 6)}`);
  return rows.join('\n');
}

export function hardNegativeRecord(random: Random): string {
  const reading = `${pad(random.int(0, 999999), 6)}.${random.int(0, 9)} kWh`;
  const serial = random.pick([`SN-${random.digits(4)}-${random.digits(4)}-${random.digits(4)}`, `serial ${luhnValidNumber(random, String(random.int(1, 9)), random.int(13, 16))}`,
    `S/N ${random.digits(10)}`, `serial no. ${random.digits(3)}-${random.digits(2)}-${random.digits(4)}`]);
  const ticket = random.pick([`INC-${random.digits(6)}`, `ticket #${random.digits(7)}`, `ticket ${random.digits(10)}`, `WO ${random.digits(3)}-${random.digits(3)}-${random.digits(4)}`, `job ${random.digits(5)}`]);
  const quantity = random.pick([`${random.int(2, 40)} guards`, `${random.int(1, 9)},${random.digits(3)} sq ft`, `${random.int(2, 12)} x 25 kg bags of salt`, `${random.int(100, 999)} litres`, `${random.int(2, 6)} shifts`]);
  const room = random.pick([`room ${random.int(1, 9)}.${pad(random.int(1, 40), 2)}`, `Room ${random.int(100, 950)}`, `rm ${random.int(1, 5)}${random.pick(['A', 'B', 'C'])}`, `Building B, level ${random.int(1, 12)}`]);
  return random.pick<() => string>([
    () => `Meter ${random.digits(8)} read ${reading} on ${date(random)} at ${time(random)}.`,
    () => `Water meter ${pad(random.int(0, 9999999), 7)}, previous reading ${pad(random.int(0, 99999), 5)}.${random.digits(3)} m3, ${serial}.`,
    () => `Shifts run ${timeRange(random)} and ${timeRange(random)}; weekend cover ${timeRange(random)}.`,
    () => `Controller upgraded from ${version(random)} to ${version(random)} on ${date(random)}, ${ticket}.`,
    () => `Order ${quantity} for ${room}, delivery ${date(random)} between ${timeRange(random)}.`,
    () => `${ticket} raised ${date(random)} ${time(random)}: leak in ${room}, ${serial} replaced.`,
    () => `we need ${quantity} from monday, about ${random.int(2, 5)} hundred visitors a day, gate opens at ${random.int(5, 7)} thirty`,
    () => `Alarm panel zone ${random.int(1, 48)} fault at ${time(random)}; ${serial}; reset by the night shift.`,
    () => `PO ${random.digits(10)} approved for ${random.int(1, 9)},${random.digits(3)}.00 GBP, ${quantity}.`,
    () => occurrenceBook(random),
    () => titleCaseNote(random),
    () => `Opening hours: ${pad(random.int(6, 9), 2)}00-${pad(random.int(17, 20), 2)}00, weekend ${pad(random.int(8, 10), 2)}00-${pad(random.int(14, 16), 2)}00; ${serial}.`,
    () => roleStatus(random),
    () => `the ${random.pick(['electricity', 'water', 'gas'])} meter reads ${spokenDigits(random, random.int(6, 8))}`,
    () => `uh the ${random.pick(['ticket', 'meter reading', 'serial number', 'po number', 'job number', 'badge number'])} ${random.pick(['is', 'was'])} ${spokenDigits(random, random.int(7, 9))}`,
    () => meterSheet(random),
    () => `Boiler ${serial} pressure ${random.int(1, 2)}.${random.int(0, 9)} bar, flow temp ${random.int(55, 80)} °C, ${room}.`,
  ])();
}
