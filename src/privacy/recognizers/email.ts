// EMAIL: written addresses (name@host.tld), addresses written to dodge harvesters ("sam [at] example [dot] com") or
// typed loosely ("sam @ example.com"), and addresses spoken in transcripts ("sam dot reed at example dot com").
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { profileText, SPOKEN_DOT_WORDS } from '../text-profile.ts';
import { COMMA, DOT as FULL_STOP, HYPHEN, isAsciiDigit, isAsciiLetter, isAsciiLower, LESS_THAN, SPACE } from '../char-codes.ts';
import type { TextProfile } from '../text-profile.ts';

// Letters in any script, as internationalised addresses have them ("jürgen.müller@bäckerei-süd.de"); the top-level
// domain in ASCII letters.
export const WRITTEN_EMAIL = /[\p{L}\p{N}](?:[\p{L}\p{N}._%+'-]{0,63})@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.[A-Za-z]{2,24}(?![\p{L}\p{N}_])/gu;

// The top-level domains an address said aloud or typed loosely must end with: without an '@' written tight between
// its parts, the shape alone also fits prose and a chat's mentions ("thanks @sandra.okonkwo").
const COMMON_TLD = '(?:com|org|net|co|uk|de|in|io|gov|edu|info|biz|eu|us)';
// A spoken address may end with the domain of a country our users or their staff are in ("s kowalski at wp dot pl", "… dot co dot ke",
// "… dot co dot tt"), or of a region or a continent ("xmcastro arroba portovigo punto gal"; .cat, .eus, .scot, .cymru, .africa, .asia);
// not those that are English words ("do", "is", "me", "to").
const SPOKEN_TLD = '(?:com|org|net|co|uk|de|in|io|gov|edu|info|biz|eu|us|pl|ie|fr|nl|es|it|au|ca|ae|ng|za|ke|gh|ug|tz|rw|zm|zw|bw|ph|my|sg|hk|nz|br|mx|ar|cl|pe|pt|be|ch|at|se|no|dk|fi|cz|ro|gr|tr|sa|qa|eg|ma|jp|kr|cn|id|th|vn|pk|bd|lk|tt|jm|bb|bs|pr|cr|pa|ve|ec|uy|py|bo|gt|sv|hn|ni|il|jo|kw|om|bh|lb|tn|dz|et|ci|sn|cm|mu|mz|ao|ru|ua|hu|sk|si|hr|rs|bg|lt|lv|ee|lu|tw|mo|np|mm|kh|fj|gal|cat|eus|scot|cymru|africa|asia)';
// Numbers said at the end of a local part: "ramanathan eighty six", "okonkwo one two three".
const NUMBER_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
// The local part may be said as two words with no "dot" ("john smith at …"), its words joined by spoken dots, dashes
// or underscores, numbers said after it; the domain's first label may be said as two words: "sharon at acme fm dot co
// dot uk". Indian English says the '@' "at the rate of". A country's ending may be spelled out: "dot n l".
// A domain's label said aloud, its hyphens said too: "zurich dash survey", "orion hyphen analytics".
// Each repetition is bounded: an unbounded one re-read a whole "x dot x dot …" run from every word (quadratic time).
// Spanish and Portuguese say the dot "punto" / "ponto", the '@' "arroba" and the underscore "guion bajo" / "sublinhado";
// Dutch and German "punt" / "punkt", and "apenstaartje" / "klammeraffe"; French "arobase"; Italian "chiocciola" and
// Swedish "snabel-a" (their dots are "punto" and "punkt").
// The domain's first label may be said as up to three words ("t three ops").
const MAX_SPOKEN_PARTS = 8;
const SPOKEN_DOT = `(?:${SPOKEN_DOT_WORDS.join('|')})`;
const SPOKEN_AT_WORDS = ['at', 'arroba', 'apenstaartje', 'klammeraffe', 'arobase', 'chiocciola', 'snabel-a'];
const SPOKEN_AT = String.raw`(?:at(?:\s+the\s+rate(?:\s+of)?)?|${SPOKEN_AT_WORDS.slice(1).join('|')})`;
const SPOKEN_JOINER = String.raw`(?:${SPOKEN_DOT}|underscore|guion\s+bajo|sublinhado|dash|hyphen|apostrophe)`;
const SPOKEN_LABEL = String.raw`[a-z0-9-]+(?:\s+(?:dash|hyphen)\s+[a-z0-9-]+){0,${MAX_SPOKEN_PARTS}}`;
const SPOKEN_EMAIL = new RegExp(
  String.raw`(?<![\w'’])(?:[a-z0-9]+\s+)?[a-z0-9]+(?:(?:\s+${SPOKEN_JOINER}\s+|[._'-])[a-z0-9]+|\s+${NUMBER_WORD}){0,${MAX_SPOKEN_PARTS}}\s+${SPOKEN_AT}\s+${SPOKEN_LABEL}(?:\s+${SPOKEN_LABEL}){0,2}(?:\s+${SPOKEN_DOT}\s+${SPOKEN_LABEL}){0,${MAX_SPOKEN_PARTS}}\s+${SPOKEN_DOT}\s+(?:${SPOKEN_TLD}|[a-z]\s[a-z])\b`,
  'gi',
);
const SPOKEN_AT_WITHIN = new RegExp(String.raw`\s+(?:${SPOKEN_AT_WORDS.join('|')})\s+`, 'i');
const HAS_SPOKEN_DOT = new RegExp(` ${SPOKEN_DOT} `, 'i');
// An address written to dodge harvesters: "jo.bloggs [at] example [dot] co [dot] uk", "jo(at)example.com", "jo [at]
// example dot com".
const BRACKETED = (word: string): string => String.raw`\s*(?:\[\s*${word}\s*\]|\(\s*${word}\s*\)|\{\s*${word}\s*\}|<\s*${word}\s*>)\s*`;
const LOCAL_PART = "[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}";
const DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
// A domain's dot: written, bracketed, or a word ("example dot com").
const DOT = String.raw`(?:\.|${BRACKETED('dot')}|\s+dot\s+)`;
const OBFUSCATED_EMAIL = new RegExp(String.raw`${LOCAL_PART}${BRACKETED('at')}${DOMAIN_LABEL}(?:${DOT}${DOMAIN_LABEL})*${DOT}[A-Za-z]{2,24}\b`, 'gi');
// An address typed loosely, an '@' with a blank beside it: "jo @ example.com", "jo@ example dot co dot uk". A chat's
// "thanks @sandra.okonkwo" is a mention, so the address must end with a top-level domain people use.
const MAX_BLANKS_BY_AT_SIGN = 3;
const SPACED_AT_SIGN = String.raw`(?:\s{1,${MAX_BLANKS_BY_AT_SIGN}}@\s{0,${MAX_BLANKS_BY_AT_SIGN}}|@\s{1,${MAX_BLANKS_BY_AT_SIGN}})`;
const LOOSE_EMAIL = new RegExp(String.raw`${LOCAL_PART}${SPACED_AT_SIGN}${DOMAIN_LABEL}(?:${DOT}${DOMAIN_LABEL})*${DOT}${COMMON_TLD}\b`, 'gi');
const HAS_SPACED_AT_SIGN = new RegExp(SPACED_AT_SIGN);

// The local part of a spoken address must not swallow the sentence before it ("email is sam at ...").
// Spanish, Portuguese, Dutch, German and French words before one too: "su correo es …", "o meu e-mail é …", "mail naar …",
// "schreiben sie an …", "c'est …", "la mail è …", "mejla till …".
const SPOKEN_LOCAL_STOP = new RegExp(`^(?:is|was|me|my|email|e-mail|mail|address|it's|its|at|to|on|the|and|like|uh|um|er|erm|so|just|yeah|ok|okay|`
  + `es|su|mi|meu|minha|seu|sua|correo|correio|arroba|el|la|de|en|em|naar|aan|mijn|zijn|haar|mailt|an|ist|mein|meine|sein|seine|ihre|`
  + `est|mon|son|sa|c'est|è|il|mio|mia|suo|till|min|hans|hennes)$`, 'i');

// Every written address holds exactly one '@' and starts at most this far before it.
const MAX_LOCAL_PART_CHARS = 64;

/**
 * A scan for addresses with an '@' (WRITTEN_EMAIL, LOOSE_EMAIL), started near each '@' instead of trying every offset
 * of the text: an address starts at most `reach` characters before its '@'.
 */
function detectNearAtSigns(pattern: RegExp, reach: number, text: string, spans: DetectedSpan[], accept?: (match: RegExpExecArray) => boolean): void {
  let resumeAt = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', resumeAt)) {
    pattern.lastIndex = Math.max(resumeAt, at - reach);
    const match = pattern.exec(text);
    if (match === null) return;
    resumeAt = match.index + match[0].length;
    if (match[0].includes('..') || (accept !== undefined && !accept(match))) continue;
    spans.push({ type: 'EMAIL', start: match.index, end: resumeAt });
  }
}

// An address as OCR garbles it: a comma or a spaced dot between its domain's labels, a zero or a one in its ending
// ("adebayo.o@gmail,com", "k.wojcik@sentinelfm .co.uk", "k.wojcik@gmail.c0m"). Its ending, read back with o and l, is
// one people use, and one of its joints or its ending is garbled (else WRITTEN_EMAIL has it).
const GARBLED_JOINT = String.raw`(?:\.|,| \.|\. )`;
const GARBLED_EMAIL = new RegExp(String.raw`${LOCAL_PART}@${DOMAIN_LABEL}(?:${GARBLED_JOINT}${DOMAIN_LABEL})*${GARBLED_JOINT}([A-Za-z0-9]{2,6})(?![A-Za-z0-9])`, 'g');
const GARBLED_TLD = new RegExp(`^${SPOKEN_TLD}$`, 'i');
const OCR_DIGIT = /[01]/g;
const PLAIN_JOINTS = /^[^@]*@[A-Za-z0-9.-]*\.[A-Za-z]+$/;

function detectGarbled(text: string, spans: DetectedSpan[]): void {
  detectNearAtSigns(GARBLED_EMAIL, MAX_LOCAL_PART_CHARS, text, spans, (match) => {
    const ending = match[1]!.replace(OCR_DIGIT, (digit) => (digit === '0' ? 'o' : 'l'));
    return GARBLED_TLD.test(ending) && !PLAIN_JOINTS.test(match[0]);
  });
}

const MAX_DOMAIN_CHARS = 80;

// An address whose domain OCR or a typist broke with a blank: inside a label before its dot ("ionut.margarit@gmai l.com") or
// inside its ending ("dmk.perera@accessengsl.c om"), the piece after the blank one to three letters; the ending, whole, is one
// people use.
const BROKEN_EMAIL = new RegExp(String.raw`${LOCAL_PART}@${DOMAIN_LABEL}(?:\.${DOMAIN_LABEL})*(?: [a-z]{1,3}(?:\.${DOMAIN_LABEL})*\.([A-Za-z]{2,6})|\.([a-z]{1,2}) ([a-z]{1,3}))(?![A-Za-z0-9])`, 'g');
const MAX_BROKEN_PIECE = 3;
const MAX_BROKEN_ENDING_START = 2;

function detectBroken(text: string, spans: DetectedSpan[]): void {
  detectNearAtSigns(BROKEN_EMAIL, MAX_LOCAL_PART_CHARS, text, spans, (match) => GARBLED_TLD.test(match[1] ?? `${match[2]}${match[3]}`));
}

const GARBLED_DOMAIN = 1;
const BROKEN_DOMAIN = 2;

/**
 * How the text's domains after an '@' may be damaged, read by their characters before any regex, one walk for both scans: a
 * comma or a spaced dot between labels, or a digit in the last label (GARBLED_DOMAIN: GARBLED_EMAIL); a blank and one to three
 * lower-case letters inside a label before its dot or inside a short ending (BROKEN_DOMAIN: BROKEN_EMAIL). Most addresses are
 * written whole, and the garbled scan (from up to 64 characters before each '@') cost 7 % of redaction time when run on them all.
 */
function domainDamage(text: string): number {
  let damage = 0;
  for (let at = text.indexOf('@'); at !== -1 && damage !== (GARBLED_DOMAIN | BROKEN_DOMAIN); at = text.indexOf('@', at + 1)) {
    let digitInLabel = false;
    let labelStart = at + 1;
    const end = Math.min(text.length, at + MAX_DOMAIN_CHARS);
    for (let index = at + 1; index < end; index++) {
      const code = text.charCodeAt(index);
      if (isAsciiLetter(code) || code === HYPHEN) continue;
      if (isAsciiDigit(code)) { digitInLabel = true; continue; }
      // A comma before a label ("gmail,com"), a dot and a space before a lower-case one ("gmail. com"), a space and a dot.
      const next = text.charCodeAt(index + 1);
      if ((code === COMMA && isAsciiLetter(next)) || (code === FULL_STOP && next === SPACE && isAsciiLower(text.charCodeAt(index + 2)))
        || (code === SPACE && next === FULL_STOP)) damage |= GARBLED_DOMAIN;
      if (code === SPACE && isBrokenAt(text, index, at, labelStart)) damage |= BROKEN_DOMAIN;
      if (code !== FULL_STOP) break;
      digitInLabel = false;
      labelStart = index + 1;
    }
    if (digitInLabel) damage |= GARBLED_DOMAIN;
  }
  return damage;
}

/** Whether the blank at `blank` in the domain after the '@' at `at` breaks it (BROKEN_EMAIL), the current label starting at `labelStart`. */
function isBrokenAt(text: string, blank: number, at: number, labelStart: number): boolean {
  let pieceEnd = blank + 1;
  while (pieceEnd - blank <= MAX_BROKEN_PIECE && isAsciiLower(text.charCodeAt(pieceEnd))) pieceEnd++;
  const piece = pieceEnd - blank - 1;
  return piece >= 1 && piece <= MAX_BROKEN_PIECE && (text.charCodeAt(pieceEnd) === FULL_STOP || (labelStart > at + 1 && blank - labelStart <= MAX_BROKEN_ENDING_START));
}

/** Every match of a global pattern, as an EMAIL span. */
function pushMatches(pattern: RegExp, text: string, spans: DetectedSpan[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    spans.push({ type: 'EMAIL', start: match.index, end: match.index + match[0].length });
  }
}

function detectSpoken(text: string, spans: DetectedSpan[]): void {
  SPOKEN_EMAIL.lastIndex = 0;
  for (let match = SPOKEN_EMAIL.exec(text); match !== null; match = SPOKEN_EMAIL.exec(text)) {
    const value = match[0];
    const atIndex = value.search(SPOKEN_AT_WITHIN);
    const localWords = value.slice(0, atIndex).split(/\s+/);
    let skipped = 0;
    while (skipped < localWords.length - 1 && SPOKEN_LOCAL_STOP.test(localWords[skipped]!)) skipped++;
    const startOffset = skipped === 0 ? 0 : value.indexOf(localWords[skipped]!, localWords.slice(0, skipped).join(' ').length);
    // The sentence's words alone before the first "at": the address may start after it ("email me at kofi at mensah dot com").
    if (SPOKEN_LOCAL_STOP.test(localWords[skipped]!)) {
      SPOKEN_EMAIL.lastIndex = match.index + atIndex + 1;
      continue;
    }
    spans.push({ type: 'EMAIL', start: startOfSpelling(text, match.index + startOffset), end: match.index + value.length });
  }
}

// A local part spelled out: a letter alone before the start, or a word and a spoken joiner before spelled letters.
const SPELLED_LETTER_BEFORE = /(?<![\p{L}\p{N}'’])[a-z] $/iu;
const SPOKEN_JOINER_BEFORE = /(?<![\p{L}\p{N}'’])[a-z0-9]+ (?:dot|underscore|dash|hyphen|apostrophe) $/iu;
const SPELLING_WINDOW = 24;
const MAX_SPELLED_PARTS = 64;

/**
 * Where a spoken address whose local part starts at `start` begins, when that part is spelled out letter by letter: the
 * pattern reads its last two words only ("b o g d a n at gmail dot com" left "b o g d"), so the letters before are taken
 * back one by one, and a word joined by a spoken dot ("k dot o k a f o r").
 */
function startOfSpelling(text: string, start: number): number {
  if (text.charCodeAt(start + 1) !== 32) return start;
  for (let parts = 0; parts < MAX_SPELLED_PARTS; parts++) {
    const before = text.slice(Math.max(0, start - SPELLING_WINDOW), start);
    const match = SPELLED_LETTER_BEFORE.exec(before) ?? SPOKEN_JOINER_BEFORE.exec(before);
    if (match === null) break;
    start -= before.length - match.index;
  }
  return start;
}

// "john.smith at gmail.com": the '@' said as "at", the domain's dots written, as a transcript or a hurried chat has it.
// Where "at" and a web address follow plain words ("the brochure is at acme.co.uk") there is no address, so the local part
// must say it is one — a dot or an underscore inside it, or a digit and two letters ("j_okafor84") — or an e-mail cue
// stand before it ("my email is priya at outlook.com").
const SAID_AT = /[ \t]+at[ \t]+/gi;
const WRITTEN_DOMAIN = new RegExp(String.raw`${DOMAIN_LABEL}(?:\.${DOMAIN_LABEL})*\.${SPOKEN_TLD}(?![\w-]|\.[A-Za-z0-9])`, 'iy');
const SAID_AT_LOCAL_PART = /^[A-Za-z][A-Za-z0-9._%+'-]*[A-Za-z0-9]$/;
const SAYS_LOCAL_PART = /[A-Za-z][._][A-Za-z0-9]|[A-Za-z0-9][._][A-Za-z]|^(?=(?:.*[A-Za-z]){2}).*\d/;
const EMAIL_CUE_BEFORE = /\b(?:e-?mail|mail|address)\b[^\n@]{0,16}$/i;

/** Whether an address with its '@' said may be in the text: " at " and a dot before a letter ("john.smith at gmail.com"). */
const mayHoldSaidAt = (text: string, profile: TextProfile): boolean => profile.hasDotBeforeLetter && (text.includes(' at ') || text.includes(' AT '));

/** Whether the code is one a written local part holds: ASCII letters, digits and . _ % + ' -. */
function isLocalPartCode(code: number): boolean {
  const lower = code | 32;
  return (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122) || code === 46 || code === 95 || code === 37 || code === 43 || code === 39 || code === 45;
}

function detectSaidAt(text: string, spans: DetectedSpan[]): void {
  SAID_AT.lastIndex = 0;
  for (let match = SAID_AT.exec(text); match !== null; match = SAID_AT.exec(text)) {
    WRITTEN_DOMAIN.lastIndex = SAID_AT.lastIndex;
    if (!WRITTEN_DOMAIN.test(text)) continue;
    let start = match.index;
    while (start > 0 && isLocalPartCode(text.charCodeAt(start - 1))) start--;
    const localPart = text.slice(start, match.index);
    if (!SAID_AT_LOCAL_PART.test(localPart) || SPOKEN_LOCAL_STOP.test(localPart)) continue;
    if (!SAYS_LOCAL_PART.test(localPart) && !EMAIL_CUE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    spans.push({ type: 'EMAIL', start, end: WRITTEN_DOMAIN.lastIndex });
  }
}

// A mail header's message identifier is shaped as an address but names a message, no one ("Message-ID:
// <20240326170355.4412@mail.hoshino-fm.co.jp>", and the ones "In-Reply-To:" and "References:" list).
const MESSAGE_ID_HEADER_BEFORE = /(?:^|\n)(?:message-id|in-reply-to|references|x-message-id)[ \t]*:[^\n]*<$/i;
const LONGEST_REFERENCES_LINE = 1000;

/** Whether the address `match` found stands in angle brackets on a message identifier's header line. */
function isNoMessageId(text: string, match: RegExpExecArray): boolean {
  if (text.charCodeAt(match.index - 1) !== LESS_THAN) return true;
  return !MESSAGE_ID_HEADER_BEFORE.test(text.slice(Math.max(0, match.index - LONGEST_REFERENCES_LINE), match.index));
}

export const emailRecognizer: Recognizer = {
  type: 'EMAIL',
  mayContain(text, profile = profileText(text)) {
    return profile.hasAt || profile.hasSpokenDot || profile.hasBracketedAt || mayHoldSaidAt(text, profile);
  },
  detect(text, profile = profileText(text)) {
    const spans: DetectedSpan[] = [];
    if (profile.hasAt) detectNearAtSigns(WRITTEN_EMAIL, MAX_LOCAL_PART_CHARS, text, spans, (match) => isNoMessageId(text, match));
    const damage = profile.hasAt ? domainDamage(text) : 0;
    if ((damage & GARBLED_DOMAIN) !== 0) detectGarbled(text, spans);
    if ((damage & BROKEN_DOMAIN) !== 0) detectBroken(text, spans);
    if (profile.hasBracketedAt) pushMatches(OBFUSCATED_EMAIL, text, spans);
    if (profile.hasAt && HAS_SPACED_AT_SIGN.test(text)) detectNearAtSigns(LOOSE_EMAIL, MAX_LOCAL_PART_CHARS + MAX_BLANKS_BY_AT_SIGN, text, spans);
    if (HAS_SPOKEN_DOT.test(text)) detectSpoken(text, spans);
    if (mayHoldSaidAt(text, profile)) detectSaidAt(text, spans);
    return spans;
  },
};
