// EMAIL: written addresses (name@host.tld), addresses written to dodge harvesters ("sam [at] example [dot] com") or
// typed loosely ("sam @ example.com"), and addresses spoken in transcripts ("sam dot reed at example dot com").
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { profileText } from '../text-profile.ts';

// Letters in any script, as internationalised addresses have them ("jürgen.müller@bäckerei-süd.de"); the top-level
// domain in ASCII letters.
export const WRITTEN_EMAIL = /[\p{L}\p{N}](?:[\p{L}\p{N}._%+'-]{0,63})@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.[A-Za-z]{2,24}(?![\p{L}\p{N}_])/gu;

// The top-level domains an address said aloud or typed loosely must end with: without an '@' written tight between
// its parts, the shape alone also fits prose and a chat's mentions ("thanks @sandra.okonkwo").
const COMMON_TLD = '(?:com|org|net|co|uk|de|in|io|gov|edu|info|biz|eu|us)';
// A spoken address may end with a country's domain our users' staff have too ("s kowalski at wp dot pl").
const SPOKEN_TLD = '(?:com|org|net|co|uk|de|in|io|gov|edu|info|biz|eu|us|pl|ie|fr|nl|es|it|au|ca|ae|ng|za)';
// Numbers said at the end of a local part: "ramanathan eighty six", "okonkwo one two three".
const NUMBER_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
// The local part may be said as two words with no "dot" ("john smith at …"), its words joined by spoken dots, dashes
// or underscores, numbers said after it; the domain's first label may be said as two words: "sharon at acme fm dot co
// dot uk".
const SPOKEN_EMAIL = new RegExp(
  String.raw`(?<![\w'’])(?:[a-z0-9]+\s+)?[a-z0-9]+(?:(?:\s+(?:dot|underscore|dash|hyphen)\s+|[._-])[a-z0-9]+|\s+${NUMBER_WORD})*\s+at\s+[a-z0-9-]+(?:\s+[a-z0-9-]+)?(?:\s+dot\s+[a-z0-9-]+)*\s+dot\s+${SPOKEN_TLD}\b`,
  'gi',
);
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
const SPOKEN_LOCAL_STOP = /^(?:is|was|me|my|email|e-mail|mail|address|it's|its|at|to|on|the|and)$/i;

// Every written address holds exactly one '@' and starts at most this far before it.
const MAX_LOCAL_PART_CHARS = 64;

/**
 * A scan for addresses with an '@' (WRITTEN_EMAIL, LOOSE_EMAIL), started near each '@' instead of trying every offset
 * of the text: an address starts at most `reach` characters before its '@'.
 */
function detectNearAtSigns(pattern: RegExp, reach: number, text: string, spans: DetectedSpan[]): void {
  let resumeAt = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', resumeAt)) {
    pattern.lastIndex = Math.max(resumeAt, at - reach);
    const match = pattern.exec(text);
    if (match === null) return;
    resumeAt = match.index + match[0].length;
    if (match[0].includes('..')) continue;
    spans.push({ type: 'EMAIL', start: match.index, end: resumeAt });
  }
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
    const atIndex = value.search(/\s+at\s+/i);
    const localWords = value.slice(0, atIndex).split(/\s+/);
    let skipped = 0;
    while (skipped < localWords.length - 1 && SPOKEN_LOCAL_STOP.test(localWords[skipped]!)) skipped++;
    const startOffset = skipped === 0 ? 0 : value.indexOf(localWords[skipped]!, localWords.slice(0, skipped).join(' ').length);
    if (SPOKEN_LOCAL_STOP.test(localWords[skipped]!)) continue;
    spans.push({ type: 'EMAIL', start: match.index + startOffset, end: match.index + value.length });
  }
}

export const emailRecognizer: Recognizer = {
  type: 'EMAIL',
  mayContain(text, profile = profileText(text)) {
    return profile.hasAt || profile.hasSpokenDot || profile.hasBracketedAt;
  },
  detect(text, profile = profileText(text)) {
    const spans: DetectedSpan[] = [];
    if (profile.hasAt) detectNearAtSigns(WRITTEN_EMAIL, MAX_LOCAL_PART_CHARS, text, spans);
    if (profile.hasBracketedAt) pushMatches(OBFUSCATED_EMAIL, text, spans);
    if (profile.hasAt && HAS_SPACED_AT_SIGN.test(text)) detectNearAtSigns(LOOSE_EMAIL, MAX_LOCAL_PART_CHARS + MAX_BLANKS_BY_AT_SIGN, text, spans);
    if (/ dot /i.test(text)) detectSpoken(text, spans);
    return spans;
  },
};
