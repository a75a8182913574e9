// IP_ADDRESS: IPv4 dotted quads (written, or said with "dot" in digits or digit words) and IPv6 (full and compressed),
// except dotted versions ("firmware 10.2.0.14", a user agent's "Chrome/123.0.0.0") and subnet masks ("255.255.255.0").
// Decision: loopback and unspecified addresses (127.x.x.x, 0.0.0.0, ::1, ::) name no machine but the one reading
// them, so they are no PII and are kept — the server's own "listening at http://127.0.0.1:3000" log line stays readable.
import { isIPv6 } from 'node:net';
import { SPACE } from '../char-codes.ts';
import { isUnderHeading } from '../column-headings.ts';
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { FIELD_SEPARATOR_END, precedingText } from '../number-context.ts';
import { profileText } from '../text-profile.ts';
import { spokenDigitRuns, writeSpokenRunDigits } from '../spoken-digits.ts';
import type { SpokenDigitRun } from '../spoken-digits.ts';
import { spokenContinentalRuns } from '../spoken-digits-continental.ts';
import { spokenIberianRuns } from '../spoken-digits-iberian.ts';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// With a network's prefix length, if one is written ("10.0.0.0/8"): the address and its network are one span.
const PREFIX_LENGTH = '(?:/(?:3[0-2]|[12]?\\d)(?!\\d))?';
// After an ellipsis too: strongSwan's "established between 192.0.2.1[vpn.example]...198.51.100.7[CN=…]".
const IPV4 = new RegExp(`(?:(?<![\\w.])|(?<=(?:^|[^.])\\.\\.\\.))${OCTET}(?:\\.${OCTET}){3}${PREFIX_LENGTH}(?![\\w]|\\.\\d)`, 'g');
// Said in a transcript or typed by ear: "10 dot 0 dot 0 dot 45".
const SPOKEN_IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?: dot ${OCTET}){3}(?![\\w]| dot \\d)`, 'gi');
const IPV6_CANDIDATE = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:%[\w]+)?(?![\w:])/g;
// A version's label or an arrow from one version to the next, a document's numbered part's ("SOP section 3.1.4.2") or a reference's.
// A key's word too: `"firmware":"10.2.3.4"`, `agent_version=10.2.3.4`, with a bound or a state after it (`firmware_min`,
// `version_latest`). Not "client": a web server log's "client: 192.0.2.58" is an address.
const VERSION_CUE_BEFORE = new RegExp(String.raw`(?:(?:\b|(?<=_))(?:ref|reference|section|sec|clause|para|paragraph|chapter|step|item|rule|appendix|table|figure|fig|v|ver|version|firmware|fw|bootloader|agent|software|sw|bios|driver|package|plugin|module|kernel|build|release|rev|revision|patch|update(?:d)?(?: to| from)?|upgrade(?:d)?(?: to| from)?|sdk|app|os)(?:_(?:min|max|minimum|maximum|required|current|latest|target|installed|old|new|prev|previous))?|→|->|=>)${FIELD_SEPARATOR_END}`, 'i');
const VERSION_PREFIX = /[vV]$/;
// A version said of its software earlier in the sentence: "Firmware on the access panels is 10.4.2.7", "the NVR's firmware now at …".
const VERSION_SAID_BEFORE = /\b(?:firmware|version|software|fw)\b[^.\n:=]{0,30}\b(?:is|was|at|now|running|on)\s+$/i;
// A version's state after a firmware tool or word on its line: fwupd's "current 10.2.0.1, available 10.2.1.4".
const VERSION_STATE_ON_FIRMWARE_LINE = /\b(?:firmware|fw\w*|version)\b.{0,60}\b(?:current|available|installed|latest|running)\s*[:=]?\s*$/i;
// How far back on its line a firmware word is looked for.
const FIRMWARE_LINE_LOOKBEHIND = 100;
const isVersionStateOnFirmwareLine = (text: string, start: number): boolean =>
  VERSION_STATE_ON_FIRMWARE_LINE.test(text.slice(Math.max(text.lastIndexOf('\n', start - 1) + 1, start - FIRMWARE_LINE_LOOKBEHIND), start));
// A camel-case key's version word, case-sensitive: `"readerFw":"4.1.0.22"`, `"appVersion":"3.8.1.0"`.
const CAMEL_CASE_VERSION_KEY_BEFORE = new RegExp(String.raw`[a-z](?:Fw|Firmware|Version|Ver|Build|Release|Rev)${FIELD_SEPARATOR_END}`);
// A user agent's product and its version: "Chrome/123.0.0.0", "WhatsApp/2.24.11.79", "Intake-Web/2.14.3.1". A URL's host
// before its path ("http://10.0.0.5", "example.com/…") is none: the product's name starts a token and has no '/' or ':' before it.
const PRODUCT_BEFORE = /(?<![\w/:.-])[A-Za-z][\w.-]*\/$/;
// A dotted quad is four runs of digits joined by single dots.
const IPV4_RUNS = 4;
const LOOPBACK_OR_UNSPECIFIED_V4 = /^(?:127\.|0\.0\.0\.0(?:\/|$))/;
// A subnet mask starts with 255 ("255.255.255.0"); no machine has such an address.
const SUBNET_MASK = /^255\./;
const LOOPBACK_OR_UNSPECIFIED_V6 = /^(?:0{0,4}:){2,7}0{0,4}1?$/;

/** Whether a table's heading is a version's ("fw", "firmware_version", "build"; column-headings.ts). */
const isVersionHeading = (heading: string): boolean => VERSION_CUE_BEFORE.test(`${heading}:`);

// A YAML mapping's key alone on its line, its value the keys indented under it ("firmware:⏎  controller: 10.2.0.1").
const MAPPING_KEY_LINE = /^[ \t]*(?:- )?([\w.-]+)[ \t]*:[ \t]*$/;
// How many lines up a value's parent key is looked for: a mapping of versions is short.
const MAX_LINES_UP_TO_PARENT_KEY = 20;

/** The indentation of the line starting at `lineStart`: its blanks' count. */
function indentAt(text: string, lineStart: number): number {
  let at = lineStart;
  while (text.charCodeAt(at) === SPACE) at++;
  return at - lineStart;
}

/**
 * Whether the value at `start` is a key's under a YAML mapping's key of versions ("firmware:⏎  reader: v4.30.005⏎  controller:
 * 10.2.0.1"): the first line above that is indented less is that key alone on its line.
 */
function isUnderVersionKey(text: string, start: number): boolean {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = indentAt(text, lineStart);
  if (indent === 0) return false;
  for (let lines = 0; lineStart > 0 && lines < MAX_LINES_UP_TO_PARENT_KEY; lines++) {
    const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(aboveStart, lineStart - 1);
    lineStart = aboveStart;
    if (line.trim() === '' || indentAt(text, aboveStart) >= indent) continue;
    const key = MAPPING_KEY_LINE.exec(line)?.[1];
    return key !== undefined && VERSION_CUE_BEFORE.test(`${key}:`);
  }
  return false;
}

// A port after the quad: no version has one, so a version's cue before it ("fw" is a firewall as often as firmware: "remote
// access via our fw on 81.149.22.7:8443") does not make it one.
const PORT_AFTER = /^:\d{1,5}(?![\d.:])/;

/**
 * Whether the dotted quad `address` found at `start` (written to `end`) names a machine: not loopback, unspecified, a mask
 * or a version.
 */
function isMachineAddress(text: string, start: number, end: number, address: string): boolean {
  if (LOOPBACK_OR_UNSPECIFIED_V4.test(address) || SUBNET_MASK.test(address)) return false;
  if (PORT_AFTER.test(text.slice(end, end + 7))) return true;
  const before = precedingText(text, start);
  if (VERSION_CUE_BEFORE.test(before) || VERSION_PREFIX.test(before) || CAMEL_CASE_VERSION_KEY_BEFORE.test(before) || PRODUCT_BEFORE.test(before)
    || VERSION_SAID_BEFORE.test(before) || isVersionStateOnFirmwareLine(text, start)) return false;
  return !isUnderHeading(text, start, isVersionHeading) && !isUnderVersionKey(text, start);
}

/** Every match of an IPv4 pattern but loopback, unspecified, masks and versions, as an IP_ADDRESS span. */
function pushIPv4(pattern: RegExp, text: string, spans: DetectedSpan[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const address = pattern === SPOKEN_IPV4 ? match[0].replace(/ dot /gi, '.') : match[0];
    if (isMachineAddress(text, match.index, match.index + match[0].length, address)) spans.push({ type: 'IP_ADDRESS', start: match.index, end: match.index + match[0].length });
  }
}

// "dot" said between two numbers of an address.
const SAID_DOT = /^[ \t]*dot[ \t]+$/i;
const MAX_OCTET = 255;

/** The spoken run's number as an octet of at most three digits, or undefined. */
function octetOf(text: string, run: SpokenDigitRun): string | undefined {
  const digits = writeSpokenRunDigits(text, run.start, run.end);
  return /^\d{1,3}$/.test(digits) && Number(digits) <= MAX_OCTET ? digits : undefined;
}

/**
 * An address said in digit words, as a phone number is ("one nine two dot one six eight dot one dot sixty four"): four
 * spoken runs (spoken-digits.ts) with "dot" between them, each an octet, and no fifth after a "dot".
 */
function pushSpokenWordIPv4(text: string, spans: DetectedSpan[]): void {
  const runs = spokenDigitRuns(text);
  const octets = runs.map((run) => octetOf(text, run));
  for (const first of firstsOfSaidAddresses(runs, (index) => octets[index] !== undefined, (left, right) => SAID_DOT.test(text.slice(left.end, right.start)))) {
    const last = first + IPV4_RUNS - 1;
    if (!isMachineAddress(text, runs[first]!.start, runs[last]!.end, octets.slice(first, last + 1).join('.'))) continue;
    spans.push({ type: 'IP_ADDRESS', start: runs[first]!.start, end: runs[last]!.end });
  }
}

/**
 * Where each address said as runs of number words starts among `runs`: four runs, each an octet (`isOctetAt`), a said dot
 * between each two (`isDotBetween`), and none before the first or after the last.
 */
function firstsOfSaidAddresses<Run>(runs: readonly Run[], isOctetAt: (index: number) => boolean, isDotBetween: (left: Run, right: Run) => boolean): number[] {
  const joinedToNext = (index: number): boolean => index + 1 < runs.length && isDotBetween(runs[index]!, runs[index + 1]!);
  const firsts: number[] = [];
  for (let first = 0; first + IPV4_RUNS <= runs.length; first++) {
    if (first > 0 && joinedToNext(first - 1)) continue;
    let octets = 0;
    while (octets < IPV4_RUNS && isOctetAt(first + octets) && (octets === 0 || joinedToNext(first + octets - 1))) octets++;
    const last = first + IPV4_RUNS - 1;
    if (octets < IPV4_RUNS || joinedToNext(last)) continue;
    firsts.push(first);
    first = last;
  }
  return firsts;
}

// The dot said in our users' other languages: Dutch's and Afrikaans' "punt", German's "Punkt", Spanish's "punto",
// Portuguese's "ponto", French's "point".
const SAID_DOT_IN_OTHER_LANGUAGES = /^[ \t]*(?:punt|punkt|punto|ponto|point)[ \t]+$/i;
const MAX_OCTET_DIGITS = 3;

/**
 * An address said in another language's number words ("tien punt twintig punt drie punt vijftig"): four runs of them
 * (spoken-digits-continental.ts, spoken-digits-iberian.ts) of one to three digits each, that language's dot between them and
 * no fifth after one. Their digits are counted, not written, so an octet's value is not asked.
 */
function pushSpokenIPv4InOtherLanguages(text: string, spans: DetectedSpan[]): void {
  const runs = [...spokenContinentalRuns(text), ...spokenIberianRuns(text)].sort((left, right) => left.start - right.start);
  const isOctetAt = (index: number): boolean => runs[index]!.digitCount >= 1 && runs[index]!.digitCount <= MAX_OCTET_DIGITS;
  for (const first of firstsOfSaidAddresses(runs, isOctetAt, (left, right) => SAID_DOT_IN_OTHER_LANGUAGES.test(text.slice(left.end, right.start)))) {
    spans.push({ type: 'IP_ADDRESS', start: runs[first]!.start, end: runs[first + IPV4_RUNS - 1]!.end });
  }
}

const mayHoldSpokenIPv4InOtherLanguage = (text: string, otherLanguageDigitWords: number): boolean => otherLanguageDigitWords >= IPV4_RUNS
  && (text.includes(' punt ') || text.includes(' punkt ') || text.includes(' punto ') || text.includes(' ponto ') || text.includes(' point '));

export const ipAddressRecognizer: Recognizer = {
  type: 'IP_ADDRESS',
  mayContain(text, profile = profileText(text)) {
    return profile.mostDotJoinedRuns >= IPV4_RUNS || profile.hasHexJoinedColons
      || (profile.hasSpokenDot && (profile.digitCount >= IPV4_RUNS || profile.digitWordCount >= IPV4_RUNS))
      || mayHoldSpokenIPv4InOtherLanguage(text, profile.otherLanguageDigitWordCount);
  },
  detect(text, profile = profileText(text)) {
    const spans: DetectedSpan[] = [];
    if (profile.mostDotJoinedRuns >= IPV4_RUNS) pushIPv4(IPV4, text, spans);
    if (profile.hasSpokenDot && profile.digitCount >= IPV4_RUNS) pushIPv4(SPOKEN_IPV4, text, spans);
    if (profile.hasSpokenDot && profile.digitWordCount >= IPV4_RUNS) pushSpokenWordIPv4(text, spans);
    if (mayHoldSpokenIPv4InOtherLanguage(text, profile.otherLanguageDigitWordCount)) pushSpokenIPv4InOtherLanguages(text, spans);
    if (profile.hasHexJoinedColons && (text.includes('::') || /[0-9A-Fa-f]:[0-9A-Fa-f]+:[0-9A-Fa-f]+:/.test(text))) {
      IPV6_CANDIDATE.lastIndex = 0;
      for (let match = IPV6_CANDIDATE.exec(text); match !== null; match = IPV6_CANDIDATE.exec(text)) {
        const candidate = match[0].split('%')[0]!;
        if (candidate.length < 3 || !isIPv6(candidate) || LOOPBACK_OR_UNSPECIFIED_V6.test(candidate)) continue;
        spans.push({ type: 'IP_ADDRESS', start: match.index, end: match.index + match[0].length });
      }
    }
    return spans;
  },
};
