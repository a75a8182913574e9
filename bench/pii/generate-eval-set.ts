// Labeled synthetic evaluation set for the PII redactor, in the voice of Intake's inputs: spoken onboarding
// answers, OCR'd visitor registers (rows parted by '|' or laid out in columns of spaces), registers exported as TSV
// or CSV (what `intake redact` scrubs), meter notes, chat and email. Seeded, so runs are comparable.
// At least 30 % of records are hard negatives (no PII, but numbers that look like it).
import type { PiiType } from '../../src/privacy/pii-type.ts';
import { createRandom } from './prng.ts';
import type { Random } from './prng.ts';
import * as values from './eval-values.ts';
import { hardNegativeRecord } from './hard-negatives.ts';

export interface GoldSpan { type: PiiType; start: number; end: number; value: string }
export interface EvalRecord {
  id: number;
  source: 'transcript' | 'ocr' | 'export' | 'chat' | 'note';
  text: string;
  gold: GoldSpan[];
  hardNegative: boolean;
}

export type Part = string | { type: PiiType; value: string };
export const pii = (type: PiiType, value: string): Part => ({ type, value });

export function compose(parts: Part[]): { text: string; gold: GoldSpan[] } {
  let text = '';
  const gold: GoldSpan[] = [];
  for (const part of parts) {
    if (typeof part === 'string') { text += part; continue; }
    gold.push({ type: part.type, start: text.length, end: text.length + part.value.length, value: part.value });
    text += part.value;
  }
  return { text, gold };
}

const COMPANIES = ['Apex Facilities Ltd', 'Brightwell Cleaning', 'Nordwache GmbH', 'Harbour Guard Services', 'Meridian FM',
  'Stadtwerke Ost', 'Kestrel Security', 'Bluewater Maintenance', 'Shree Ganesh Electricals', 'City Lifts Co', 'DHL', 'Self'];
const GATES = ['Gate 2', 'Gate 1', 'Main Gate', 'Loading Bay', 'North Entrance', 'Gate 4B'];

function transcript(random: Random): Part[] {
  const name = (parts: 'full' | 'first' = 'full') => pii('PERSON', values.personName(random, 'lower', parts));
  const phone = () => pii('PHONE', random.chance(0.45) ? values.spokenPhone(random) : values.writtenPhone(random));
  return random.pick<() => Part[]>([
    () => ['my name is ', name(), ' and i look after the ', random.pick(['east wing', 'car park', 'boiler house']), ' at the site'],
    () => ['yeah so the site manager is ', name(), ', you can reach her on ', phone()],
    () => ['best number for me is ', phone(), ' any time after ', random.pick(['six', 'nine', '5pm'])],
    () => ['if nobody answers ask for ', name('first'), ' at the front desk'],
    () => ['uh the contact person is ', name(), ' and the email is ', pii('EMAIL', values.spokenEmail(random))],
    () => ['my mobile is ', phone(), ' and my email is ', pii('EMAIL', values.email(random))],
    () => ['hi this is ', name(), ' calling about the night shift rota'],
    () => ['for payroll my social security number is ', pii('SSN', values.ssn(random))],
    () => ['you can call me on ', phone(), ' or my colleague ', name(), ' on ', phone()],
    () => ['we have ', String(random.int(2, 14)), ' guards on nights and the supervisor is ', name()],
    () => ['out of hours you can reach ', name('first'), ' on ', phone()],
    () => ['from monday the night supervisor will be ', name()],
    () => ["so the night supervisor that'll be ", name(), " and if he's not around call the control room"],
    () => ['yeah the contact there is uh ', name(), ' and his number is ', phone()],
    () => ['the key holders are um ', name('first'), ' and the control room'],
  ])();
}

function registerRow(random: Random, casing: values.NameCasing): Part[] {
  const time = `${String(random.int(6, 21)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
  const company = casing === 'upper' ? random.pick(COMPANIES).toUpperCase() : random.pick(COMPANIES);
  const gate = casing === 'upper' ? random.pick(GATES).toUpperCase() : random.pick(GATES);
  return [time, ' | ', pii('PERSON', values.personName(random, casing)), ' | ', company, ' | ', pii('PHONE', values.writtenPhone(random)), ' | ', gate];
}

/**
 * A paper register laid out in columns, as OCR reads it: cells parted by runs of spaces, a name's own space doubled now
 * and then, and a cell a character off its column.
 */
function alignedRegister(random: Random, casing: values.NameCasing): Part[] {
  const cased = (heading: string) => (casing === 'upper' ? heading.toUpperCase() : heading);
  const headings = ['Time', random.pick(['Name', 'Visitor', 'Visitor Name']), 'Company', random.pick(['Phone', 'Mobile', 'Tel']), 'Gate'].map(cased);
  const rows = Array.from({ length: random.int(1, 4) }, () => {
    const name = values.personName(random, casing);
    return [
      `${String(random.int(6, 21)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`,
      pii('PERSON', random.chance(0.3) ? name.replace(/ /g, '  ') : name),
      cased(random.pick(COMPANIES)),
      pii('PHONE', values.writtenPhone(random)),
      cased(random.pick(GATES)),
    ];
  });
  const widthOf = (cell: Part): number => (typeof cell === 'string' ? cell.length : cell.value.length);
  const gutter = random.int(2, 4);
  const widths = headings.map((heading, column) => Math.max(heading.length, ...rows.map((row) => widthOf(row[column]!))) + gutter);
  const starts = widths.map((_, column) => widths.slice(0, column).reduce((sum, width) => sum + width, 0));
  // OCR places each word by its own pixels: now and then a cell starts a character early (its gutter keeps 2 spaces).
  const line = (cells: Part[]): Part[] => {
    const parts: Part[] = [];
    let length = 0;
    cells.forEach((cell, column) => {
      const start = starts[column]! - (column > 0 && gutter > 2 && random.chance(0.2) ? 1 : 0);
      if (column > 0) parts.push(' '.repeat(start - length));
      parts.push(cell);
      length = start + widthOf(cell);
    });
    return parts;
  };
  return [...line(headings), ...rows.flatMap((row) => ['\n', ...line(row)])];
}

function ocr(random: Random): Part[] {
  const casing: values.NameCasing = random.chance(0.5) ? 'upper' : 'title';
  if (random.chance(0.3)) return alignedRegister(random, casing);
  const rows: Part[] = random.chance(0.3) ? [casing === 'upper' ? 'TIME | NAME | COMPANY | PHONE | GATE\n' : 'Time | Name | Company | Phone | Gate\n'] : [];
  const rowCount = random.int(1, 3);
  for (let row = 0; row < rowCount; row++) rows.push(...registerRow(random, casing), row < rowCount - 1 ? '\n' : '');
  if (random.chance(0.25)) rows.push(casing === 'upper' ? '\nCHECKED BY: ' : '\nChecked by: ', pii('PERSON', values.personName(random, casing)));
  // A signature block under the register, with no cue before the name.
  if (random.chance(0.2)) rows.push('\n', pii('PERSON', values.personName(random, casing)), casing === 'upper' ? ' - SECURITY SUPERVISOR' : ' - Security Supervisor');
  return rows;
}

/** A visitor register exported as tab-, comma- or semicolon-separated lines under its header, names in any casing. */
function registerExport(random: Random): Part[] {
  const delimiter = random.pick(['\t', ',', ';']);
  const casing = random.pick<values.NameCasing>(['upper', 'title', 'lower']);
  const header = [random.pick(['Time In', 'Time', 'ARRIVAL']), random.pick(['Visitor Name', 'Name', 'VISITOR']), 'Company',
    random.pick(['Mobile', 'Phone', 'Contact No.']), random.pick(['Host', 'To Meet', 'Signed'])];
  const parts: Part[] = [header.join(delimiter)];
  for (let row = random.int(1, 4); row > 0; row--) {
    const time = `${String(random.int(6, 21)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
    // A CSV writer quotes a cell holding a comma, as in "Surname, First".
    const name = delimiter !== '\t' && random.chance(0.2)
      ? ['"', pii('PERSON', `${values.personName(random, casing, 'last')}, ${values.personName(random, casing, 'first')}`), '"']
      : [pii('PERSON', values.personName(random, casing))];
    parts.push('\n', time, delimiter, ...name, delimiter, random.pick(COMPANIES), delimiter, pii('PHONE', values.writtenPhone(random)), delimiter,
      pii('PERSON', values.personName(random, casing)));
  }
  return parts;
}

function chat(random: Random): Part[] {
  const titled = () => pii('PERSON', values.personName(random, 'title'));
  return random.pick<() => Part[]>([
    () => ['Hi, I am ', titled(), ', facilities lead for the Riverside campus. Email ', pii('EMAIL', values.email(random)), ' works best.'],
    () => ['Please contact ', random.pick(['Mr. ', 'Ms ', 'Dr. ', 'Mrs ']), pii('PERSON', values.personName(random, 'title', 'last')), ' on ', pii('PHONE', values.writtenPhone(random)), ' for key handover.'],
    () => ['Escalations go to ', titled(), ' (', pii('EMAIL', values.email(random)), ').'],
    () => [titled(), ' will meet the engineer at ', random.pick(GATES), ' on Tuesday.'],
    () => ['Deposit: charge card ', pii('CREDIT_CARD', values.creditCard(random)), ', exp 0', String(random.int(1, 9)), '/2', String(random.int(6, 9))],
    () => ['The gate camera NVR is at ', pii('IP_ADDRESS', values.ipAddress(random)), ', the backup recorder at ', pii('IP_ADDRESS', values.ipAddress(random)), '.'],
    () => ['SSN: ', pii('SSN', values.ssn(random)), ' (for the background check of ', titled(), ')'],
    () => ['Our site manager is ', titled(), '; landline ', pii('PHONE', values.writtenPhone(random)), ', out of hours ', pii('PHONE', values.writtenPhone(random))],
    () => ['Invoices to ', pii('EMAIL', values.email(random, random.chance(0.2))), ', company card ', pii('CREDIT_CARD', values.creditCard(random))],
    () => ['Please loop in ', titled(), ' and ', titled(), ' on the handover.'],
    () => ['Thanks for the quote, we can start on Monday.\n\n', random.pick(['Kind regards,', 'Regards,', 'Thanks,', 'Best regards']), '\n',
      pii('PERSON', values.personName(random, random.pick(['title', 'upper'] as const)))],
    () => ['Send the rota to ', pii('EMAIL', values.obfuscatedEmail(random)), ' please.'],
    // The '@' said as "at", the dots written, as a hurried chat or a dictated message has it.
    () => ['my email is ', pii('EMAIL', values.email(random).replace('@', ' at ')), ' if the portal is down'],
    () => {
      // A WhatsApp export (Android or iOS): each line's sender, a full name or a first name alone.
      const stamp = (): string => {
        const date = `${random.int(1, 28)}/${random.int(1, 12)}/2024`;
        const time = `${random.int(0, 23)}:${String(random.int(0, 59)).padStart(2, '0')}`;
        return random.chance(0.5) ? `${date}, ${time} - ` : `[${date}, ${time}:${String(random.int(0, 59)).padStart(2, '0')}] `;
      };
      const sender = () => pii('PERSON', values.personName(random, random.pick(['title', 'lower'] as const), random.pick(['full', 'first'] as const)));
      return [stamp(), sender(), ': can someone check ', random.pick(GATES), '?\n', stamp(), sender(), ': on it, 10 mins'];
    },
    () => {
      // A group chat's contact list: first names beside their numbers, or a possessive before "mob".
      const first = (casing: values.NameCasing) => pii('PERSON', values.personName(random, casing, 'first'));
      return random.pick<() => Part[]>([
        () => [first('title'), ': ', pii('PHONE', values.writtenPhone(random)), ', ', first('title'), ': ', pii('PHONE', values.writtenPhone(random))],
        () => [first(random.pick(['title', 'lower'] as const)), "'s mob is ", pii('PHONE', values.writtenPhone(random)), ' if anyone needs cover tonight'],
        () => ['pls call ', pii('PHONE', values.writtenPhone(random)), ' (', first('title'), ') for the ', random.pick(GATES), ' keys'],
      ])();
    },
    () => ['Thanks @', pii('PERSON', values.mentionHandle(random)), ', can you check ', random.pick(GATES), ' tonight? cc @', pii('PERSON', values.mentionHandle(random))],
    () => {
      // A forwarded e-mail's header: Outlook's quoted "Surname, First" and ';' between people, or a plain list.
      const surnameFirst = () => pii('PERSON', `${values.personName(random, 'title', 'last')}, ${values.personName(random, 'title', 'first')}`);
      const from: Part[] = random.chance(0.5) ? ['"', surnameFirst(), '"'] : [titled()];
      return ['From: ', ...from, ' <', pii('EMAIL', values.email(random)), '>\nSent: ', `${random.int(1, 28)} March 2025 ${random.int(7, 18)}:${random.int(10, 59)}`,
        '\nTo: Facilities Team\nCc: ', random.chance(0.5) ? surnameFirst() : titled(), '; ', titled(), '\nSubject: Keys for ', random.pick(GATES)];
    },
  ])();
}

function note(random: Random): Part[] {
  const reading = `${String(random.int(0, 99999)).padStart(6, '0')}.${random.int(0, 9)} kWh`;
  return random.pick<() => Part[]>([
    () => {
      // A handover note names someone, then says the first name alone: the first mention's cue says what the second is.
      const first = values.personName(random, 'title', 'first');
      return [`Handover ${random.int(10, 28)}/0${random.int(1, 9)}: chiller 2 tripped at 03:40 on a high-pressure fault, reset and running since. Spoke to `,
        pii('PERSON', `${first} ${values.personName(random, 'title', 'last')}`), ` from the maintenance contractor about the AHU-5 filter alarm (WO-${random.int(100000, 999999)} raised). `,
        pii('PERSON', first), ' will attend on Tuesday morning with the filter set.'];
    },
    () => ['OCR of the contractor sign-in sheet: Tel ', pii('PHONE', values.ocrMisreadPhone(random)), ' Company: ', random.pick(COMPANIES), ` Badge C-${random.int(100, 999)}`],
    () => ['Meter read ', reading, ' at ', `${random.int(6, 18)}:${String(random.int(10, 59))}`, ' by ', pii('PERSON', values.personName(random, 'title')), ', queries to ', pii('PHONE', values.writtenPhone(random))],
    () => ['Router for the BMS at ', pii('IP_ADDRESS', values.ipAddress(random)), ' runs firmware v', `${random.int(1, 9)}.${random.int(0, 20)}.${random.int(0, 9)}`],
    () => ['Access log: badge ', values.luhnValidNumber(random, '9', 8), ' used by ', pii('PERSON', values.personName(random, 'title')), ' at ', random.pick(GATES)],
    () => ['Shift 06:00-14:00 covered by ', pii('PERSON', values.personName(random, 'title')), ', relief call ', pii('PHONE', values.writtenPhone(random))],
    // A form's fields as OCR or a chat types them, the number glued to its label.
    () => ['Name: ', pii('PERSON', values.personName(random, random.pick(['title', 'upper'] as const))), random.pick([' ', '  ']), random.pick(['Tel:', 'TEL:', 'Mob:', 'phone-', 'Ph.No.']),
      pii('PHONE', values.writtenPhone(random)), '  Shift: ', `${random.pick(['06', '07', '08'])}00-${random.pick(['14', '15', '16'])}00`],
    () => {
      // A numbered keyholder list: each line ends with a number, and the next starts with one.
      const casing = random.pick(['title', 'upper'] as const);
      const line = (index: number): Part[] => [`${index}. `, pii('PERSON', values.personName(random, casing)), random.pick([' ', ' - ', ', ']), pii('PHONE', values.writtenPhone(random))];
      return ['Keyholders:\n', ...line(1), '\n', ...line(2), '\n', ...line(3), `\n${random.int(2, 4)} spare fobs in the key safe`];
    },
  ])();
}

export function generateEvalSet(recordCount: number, seed = 20240611, hardNegativeShare = 0.3): EvalRecord[] {
  const random = createRandom(seed);
  const records: EvalRecord[] = [];
  for (let id = 0; id < recordCount; id++) {
    if (random.chance(hardNegativeShare)) {
      records.push({ id, source: 'note', text: hardNegativeRecord(random), gold: [], hardNegative: true });
      continue;
    }
    const source = random.pick(['transcript', 'transcript', 'ocr', 'export', 'chat', 'chat', 'note'] as const);
    const parts = source === 'transcript' ? transcript(random) : source === 'ocr' ? ocr(random) : source === 'export' ? registerExport(random)
      : source === 'chat' ? chat(random) : note(random);
    records.push({ id, source, ...compose(parts), hardNegative: false });
  }
  return records;
}
