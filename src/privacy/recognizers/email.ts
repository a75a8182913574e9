// EMAIL: written addresses (name@host.tld), addresses written to dodge harvesters ("sam [at] example [dot] com") and
// addresses spoken in transcripts ("sam dot reed at example dot com").
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { profileText } from '../text-profile.ts';

export const WRITTEN_EMAIL = /[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b/g;

const SPOKEN_TLD = '(?:com|org|net|co|uk|de|in|io|gov|edu|info|biz|eu|us)';
const SPOKEN_EMAIL = new RegExp(
  String.raw`\b[a-z0-9]+(?:(?:\s+(?:dot|underscore|dash|hyphen)\s+|[._-])[a-z0-9]+)*\s+at\s+[a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)*\s+dot\s+${SPOKEN_TLD}\b`,
  'gi',
);
// An address written to dodge harvesters: "jo.bloggs [at] example [dot] co [dot] uk", "jo(at)example.com".
const BRACKETED = (word: string): string => String.raw`\s*(?:\[\s*${word}\s*\]|\(\s*${word}\s*\)|\{\s*${word}\s*\}|<\s*${word}\s*>)\s*`;
const DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}${BRACKETED('at')}${DOMAIN_LABEL}(?:(?:\.|${BRACKETED('dot')})${DOMAIN_LABEL})*(?:\.|${BRACKETED('dot')})[A-Za-z]{2,24}\b`,
  'gi',
);

// The local part of a spoken address must not swallow the sentence before it ("email is sam at ...").
const SPOKEN_LOCAL_STOP = /^(?:is|was|me|my|email|e-mail|mail|address|it's|its|at|to|on|the|and)$/i;

// Every written address holds exactly one '@' and starts at most this far before it.
const MAX_LOCAL_PART_CHARS = 64;

/** The WRITTEN_EMAIL scan, started near each '@' instead of trying every offset of the text. */
function detectWritten(text: string, spans: DetectedSpan[]): void {
  let resumeAt = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', resumeAt)) {
    WRITTEN_EMAIL.lastIndex = Math.max(resumeAt, at - MAX_LOCAL_PART_CHARS);
    const match = WRITTEN_EMAIL.exec(text);
    if (match === null) return;
    resumeAt = match.index + match[0].length;
    if (match[0].includes('..')) continue;
    spans.push({ type: 'EMAIL', start: match.index, end: resumeAt });
  }
}

function detectObfuscated(text: string, spans: DetectedSpan[]): void {
  OBFUSCATED_EMAIL.lastIndex = 0;
  for (let match = OBFUSCATED_EMAIL.exec(text); match !== null; match = OBFUSCATED_EMAIL.exec(text)) {
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
    if (profile.hasAt) detectWritten(text, spans);
    if (profile.hasBracketedAt) detectObfuscated(text, spans);
    if (/ dot /i.test(text)) detectSpoken(text, spans);
    return spans;
  },
};
