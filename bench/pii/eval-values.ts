// Synthetic PII values for the evaluation set: phones in US/UK/Indian/German formats and spoken,
// emails, SSNs, Luhn-valid cards, IPv4/IPv6, and names in the casing of each source.
import type { Random } from './prng.ts';
import { EVAL_FIRST_NAMES, EVAL_SURNAMES } from './eval-names.ts';

const US_AREA_CODES = ['212', '312', '415', '617', '713', '206', '303', '404', '512', '602', '702', '818', '919', '503', '614', '480', '305', '646', '972', '214'];
const UK_LANDLINE_PREFIXES = [['20', 8], ['161', 7], ['117', 7], ['131', 7], ['121', 7], ['113', 7]] as const;
const DE_AREA_CODES = ['30', '89', '40', '69', '221', '711', '211'];
const DE_MOBILE_PREFIXES = ['151', '152', '160', '170', '171', '176'];

function usNumber(random: Random): string {
  const area = random.pick(US_AREA_CODES);
  const exchange = `${random.int(2, 9)}${random.int(0, 9)}${random.int(1, 9)}`;
  const line = random.digits(4);
  return random.pick([
    `(${area}) ${exchange}-${line}`, `${area}-${exchange}-${line}`, `${area}.${exchange}.${line}`,
    `${area} ${exchange} ${line}`, `+1 ${area} ${exchange} ${line}`, `+1-${area}-${exchange}-${line}`,
    `1-${area}-${exchange}-${line}`, `+1 (${area}) ${exchange}-${line}`,
  ]);
}

function ukNumber(random: Random): string {
  if (random.chance(0.5)) {
    const mobile = `7${random.int(4, 9)}${random.digits(2)}`;
    const rest = random.digits(6);
    return random.pick([`0${mobile} ${rest}`, `+44 ${mobile} ${rest}`, `+44 (0)${mobile} ${rest}`, `0${mobile} ${rest.slice(0, 3)} ${rest.slice(3)}`]);
  }
  const [prefix, length] = random.pick(UK_LANDLINE_PREFIXES);
  const local = `${random.int(3, 8)}${random.digits(length - 1)}`;
  const grouped = length === 8 ? `${local.slice(0, 4)} ${local.slice(4)}` : `${local.slice(0, 3)} ${local.slice(3)}`;
  return random.pick([`0${prefix} ${grouped}`, `+44 ${prefix} ${grouped}`, `+44 (0)${prefix} ${grouped}`]);
}

function indianNumber(random: Random): string {
  const mobile = `${random.int(7, 9)}${random.digits(9)}`;
  const split = `${mobile.slice(0, 5)} ${mobile.slice(5)}`;
  return random.pick([`+91 ${split}`, `+91-${mobile.slice(0, 5)}-${mobile.slice(5)}`, `0${split}`, split, `+91 ${mobile}`,
    `+91 22 ${random.int(2, 6)}${random.digits(3)} ${random.digits(4)}`]);
}

function germanNumber(random: Random): string {
  if (random.chance(0.5)) {
    const prefix = random.pick(DE_MOBILE_PREFIXES);
    const rest = random.digits(8);
    return random.pick([`0${prefix} ${rest}`, `+49 ${prefix} ${rest}`, `0${prefix}-${rest}`, `+49 (0)${prefix} ${rest}`]);
  }
  const area = random.pick(DE_AREA_CODES);
  const rest = `${random.int(2, 9)}${random.digits(area.length === 2 ? 7 : 6)}`;
  return random.pick([`0${area} ${rest}`, `+49 ${area} ${rest}`, `0${area}/${rest}`, `+49 (0)${area} ${rest}`, `0${area}-${rest}`]);
}

export function writtenPhone(random: Random): string {
  const draw = random.next();
  if (draw < 0.4) return usNumber(random);
  if (draw < 0.65) return ukNumber(random);
  if (draw < 0.85) return indianNumber(random);
  return germanNumber(random);
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A phone number as a speech recogniser would transcribe it: words, grouped by commas, "oh"/"double". */
/** A written phone number as OCR misreads it: up to two of its zeros read as the letter O, or a one as a lower-case l. */
export function ocrMisreadPhone(random: Random): string {
  let phone = writtenPhone(random);
  for (let misreads = 0; misreads < 2; misreads++) {
    const [digit, letter] = random.pick([['0', 'O'], ['1', 'l']] as const);
    const at = phone.indexOf(digit, phone.startsWith('+') ? 3 : 0);
    if (at !== -1) phone = phone.slice(0, at) + letter + phone.slice(at + 1);
  }
  return phone;
}

export function spokenPhone(random: Random): string {
  const digits = random.chance(0.5)
    ? `${random.pick(US_AREA_CODES)}${random.int(2, 9)}${random.digits(6)}`
    : `07${random.int(4, 9)}${random.digits(8)}`;
  const groups = digits.length === 10 ? [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)] : [digits.slice(0, 5), digits.slice(5)];
  const useOh = random.chance(0.4);
  const speakGroup = (group: string): string => {
    const words: string[] = [];
    for (let index = 0; index < group.length; index++) {
      const digit = Number(group[index]);
      const word = digit === 0 && useOh ? 'oh' : DIGIT_WORDS[digit]!;
      if (group[index + 1] === group[index] && random.chance(0.5)) {
        words.push(`double ${word}`);
        index++;
      } else {
        words.push(word);
      }
    }
    return words.join(' ');
  };
  // A US number's last four digits said as two pairs, as Americans say them ("five five five, twelve thirty four").
  const speakPairs = (group: string): string => [group.slice(0, 2), group.slice(2)].map(pairWords).join(' ');
  const spoken = groups.map((group, index) => (digits.length === 10 && index === 2 && random.chance(0.3) ? speakPairs(group) : speakGroup(group)));
  return spoken.join(random.pick([', ', ' ', ' ... ', ', uh, ']));
}

const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Two digits said as a number ("34" → "thirty four", "07" → "oh seven", "20" → "twenty"). */
function pairWords(pair: string): string {
  const [tens, units] = [Number(pair[0]), Number(pair[1])];
  if (tens === 0) return `oh ${DIGIT_WORDS[units]!}`;
  if (tens === 1) return TEENS[units]!;
  return units === 0 ? TENS[tens]! : `${TENS[tens]!} ${DIGIT_WORDS[units]!}`;
}

export type NameCasing = 'title' | 'upper' | 'lower';

export function personName(random: Random, casing: NameCasing, parts: 'full' | 'first' | 'last' = 'full'): string {
  const first = random.pick(EVAL_FIRST_NAMES);
  const last = random.pick(EVAL_SURNAMES);
  const name = parts === 'full' ? `${first} ${last}` : parts === 'first' ? first : last;
  if (casing === 'upper') return name.toUpperCase();
  if (casing === 'lower') return name.toLowerCase();
  return name;
}

const EMAIL_DOMAINS = ['apexfm.co.uk', 'brightwell-cleaning.com', 'gmail.com', 'outlook.de', 'rediffmail.com', 'nordwache.de',
  'harbourguard.in', 'yahoo.co.in', 'meridian-estates.com', 'hotmail.co.uk', 'stadtwerke-ost.de', 'corp.example.org'];

export function email(random: Random, uppercase = false): string {
  const first = random.pick(EVAL_FIRST_NAMES).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const last = random.pick(EVAL_SURNAMES).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const local = random.pick([`${first}.${last}`, `${first[0]}${last}`, `${first}_${last}${random.int(1, 99)}`,
    `${first}+site${random.int(1, 9)}`, `${last}.${first[0]}`, `facilities.${last}`, `${first}${random.int(70, 99)}`]);
  const address = `${local}@${random.pick(EMAIL_DOMAINS)}`;
  return uppercase ? address.toUpperCase() : address;
}

/**
 * An address written to dodge harvesters or typed loosely: "ulrike.brandt [at] apexfm [dot] co [dot] uk",
 * "kwame(at)example.com", "kwame @ example dot com".
 */
export function obfuscatedEmail(random: Random): string {
  const [local, domain] = email(random).split('@') as [string, string];
  const [at, dot] = random.pick([[' [at] ', ' [dot] '], ['(at)', '.'], [' (at) ', ' (dot) '], [' {at} ', '.'], [' @ ', '.'], [' @ ', ' dot ']] as const);
  return `${local}${at}${domain.split('.').join(dot)}`;
}

/** A chat handle as a mention names a colleague ("@ulrike.brandt", "@kwame_m"), without its '@'. */
export function mentionHandle(random: Random): string {
  const first = random.pick(EVAL_FIRST_NAMES).normalize('NFD').replace(/[^A-Za-z]/g, '');
  const last = random.pick(EVAL_SURNAMES).normalize('NFD').replace(/[^A-Za-z]/g, '');
  return random.pick([`${first}.${last}`.toLowerCase(), `${first}${last}`.toLowerCase(), `${first}_${last[0]}`.toLowerCase(), `${first}.${last}`, first.toLowerCase()]);
}

export function spokenEmail(random: Random): string {
  const first = random.pick(EVAL_FIRST_NAMES).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const last = random.pick(EVAL_SURNAMES).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const domain = random.pick(['gmail dot com', 'outlook dot com', 'apexfm dot co dot uk', 'nordwache dot de']);
  return `${first} dot ${last} at ${domain}`;
}

export function ssn(random: Random): string {
  let area = random.int(1, 899);
  if (area === 666) area = 667;
  const parts = [String(area).padStart(3, '0'), String(random.int(1, 99)).padStart(2, '0'), String(random.int(1, 9999)).padStart(4, '0')];
  return random.pick([parts.join('-'), parts.join('-'), parts.join(' '), parts.join('')]);
}

function luhnCheckDigit(partial: string): string {
  let sum = 0;
  for (let index = 0; index < partial.length; index++) {
    let digit = Number(partial[partial.length - 1 - index]);
    if (index % 2 === 0) { digit *= 2; if (digit > 9) digit -= 9; }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

export function luhnValidNumber(random: Random, prefix: string, length: number): string {
  const body = prefix + random.digits(length - prefix.length - 1);
  return body + luhnCheckDigit(body);
}

export function creditCard(random: Random): string {
  const kind = random.int(0, 3);
  if (kind === 3) {
    const amex = luhnValidNumber(random, random.pick(['34', '37']), 15);
    return random.pick([`${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`, amex]);
  }
  const card = luhnValidNumber(random, ['4', `5${random.int(1, 5)}`, '6011'][kind]!, 16);
  const separator = random.pick([' ', '-', '', ' ']);
  return separator === '' ? card : card.match(/.{4}/g)!.join(separator);
}

export function ipAddress(random: Random): string {
  const draw = random.next();
  if (draw < 0.55) {
    // Never 127: a loopback address names no machine but the reader's, and the redactor keeps it (ip-address.ts).
    const drawn = random.pick([10, 172, 192, random.int(11, 223)]);
    const first = drawn === 127 ? 128 : drawn;
    const second = first === 192 ? 168 : first === 172 ? random.int(16, 31) : random.int(0, 255);
    return `${first}.${second}.${random.int(0, 255)}.${random.int(1, 254)}`;
  }
  const hextet = (): string => random.int(0, 0xffff).toString(16);
  if (draw < 0.7) return Array.from({ length: 8 }, hextet).join(':');
  if (draw < 0.85) return `2001:db8:${hextet()}::${hextet()}:${hextet()}`;
  return random.pick([`fe80::${hextet()}:${hextet()}:${hextet()}:${hextet()}`, `fe80::${hextet()}`, `2001:0db8:0000:0000:0000:ff00:0042:${hextet()}`]);
}
