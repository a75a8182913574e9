// Contact details as a speech recogniser writes them: a phone number as digit words ("oh seven seven double oh,
// nine oh oh one two three") and an email spelled with "at" and "dot" ("jane dot doe at example dot com"). They
// are written as digits and an address before the contact reader looks for them, so a spoken answer works too.
import { SPOKEN_DIGIT_RUN, writeSpokenRunDigits } from '../../privacy/spoken-digits.ts';

/** The fewest digits a phone number has: shorter runs ("oh, one more thing") are left as words. */
const MIN_PHONE_DIGITS = 7;

const TOP_LEVEL_DOMAINS = ['com', 'org', 'net', 'co', 'uk', 'de', 'in', 'io', 'gov', 'edu', 'info', 'biz', 'eu', 'us', 'ie', 'au', 'nz', 'ca', 'fr', 'nl'];
// "jane dot doe at example dot co dot uk": the local part's words joined by spoken dots, dashes or underscores,
// "at", then the domain's labels joined by "dot", ending in a top-level domain.
const SPOKEN_EMAIL = new RegExp(String.raw`\b([a-z0-9]+(?:\s+(?:dot|underscore|dash|hyphen)\s+[a-z0-9]+)*)\s+at\s+((?:[a-z0-9-]+\s+dot\s+)+(?:${TOP_LEVEL_DOMAINS.join('|')}))\b`, 'gi');
const SPOKEN_JOINERS: Readonly<Record<string, string>> = { dot: '.', underscore: '_', dash: '-', hyphen: '-' };

function writtenAddress(local: string, domain: string): string {
  const written = (spoken: string) => spoken.toLowerCase().replace(/\s+(dot|underscore|dash|hyphen)\s+/g, (_, joiner: string) => SPOKEN_JOINERS[joiner]!);
  return `${written(local)}@${written(domain)}`;
}

/** The reply with spoken phone numbers written as digits and spoken email addresses written out; otherwise unchanged. */
export function writeSpokenContact(reply: string): string {
  const withEmail = reply.includes('@') ? reply : reply.replace(SPOKEN_EMAIL, (_, local: string, domain: string) => writtenAddress(local, domain));
  // The PII recognizer's reading of spoken digits ("oh", "double", "plus"), written out.
  return withEmail.replace(SPOKEN_DIGIT_RUN, (run) => {
    const digits = writeSpokenRunDigits(run, 0, run.length);
    return digits.replace('+', '').length >= MIN_PHONE_DIGITS ? digits : run;
  });
}
