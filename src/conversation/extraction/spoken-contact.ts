// Contact details as a speech recogniser writes them: a phone number as digit words ("oh seven seven double oh,
// nine oh oh one two three") and an email spelled with "at" and "dot" ("jane dot doe at example dot com"). They
// are written as digits and an address before the contact reader looks for them, so a spoken answer works too.

const DIGIT_BY_WORD: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', o: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
const REPEATS: Readonly<Record<string, number>> = { double: 2, triple: 3 };
const DIGIT_WORD = String.raw`(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)`;
// A run of digit words (and written digit groups), with an optional spoken "plus" for an international number.
const SPOKEN_DIGITS = new RegExp(String.raw`\b(?:plus[\s,]+)?${DIGIT_WORD}(?:[\s,.-]+(?:${DIGIT_WORD}|\d{1,4}))*\b`, 'gi');
/** The fewest digits a phone number has: shorter runs ("oh, one more thing") are left as words. */
const MIN_PHONE_DIGITS = 7;

/** The digits a spoken run stands for: "double oh seven" → "007", a written group as it is, "plus" → "+". */
function digitsOf(run: string): string {
  let digits = '';
  let repeat = 1;
  for (const word of run.toLowerCase().split(/[\s,.-]+/)) {
    if (word === 'plus') { digits += '+'; continue; }
    const repeats = REPEATS[word];
    if (repeats !== undefined) { repeat = repeats; continue; }
    digits += (DIGIT_BY_WORD[word] ?? word).repeat(repeat);
    repeat = 1;
  }
  return digits;
}

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
  return withEmail.replace(SPOKEN_DIGITS, (run) => {
    const digits = digitsOf(run);
    return digits.replace('+', '').length >= MIN_PHONE_DIGITS ? digits : run;
  });
}
