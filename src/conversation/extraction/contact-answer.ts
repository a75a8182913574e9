// Contact answers ("John Smith, +44 20 7946 0018, john@x.com"): name, phone and
// email read locally. PII: messages never echo the input and no normalized_text is set.
import type { Contact } from '../template.ts';
import { extracted, notExtracted, type ExtractionResult } from './extraction-result.ts';
import { writeSpokenContact } from './spoken-contact.ts';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const PHONE = /(?:\+|\b00|\b)\d[\d\s().-]{5,}\d\b/;
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;
const MAX_NAME_WORDS = 5;
// "me sarah jones …" (a transcript: the speaker, then their name) too.
const LEAD_IN = /^(?:(?:the )?(?:site )?contact(?: person)?(?: is| will be|:)\s+|(?:you can |please )?(?:reach|contact|call|ring|ask for|speak to|talk to|email|e-mail|text|message)\s+|(?:attention|attn)\.?:?\s+|(?:my|his|her|their) name is\s+|name:?\s+|it'?s\s+|i'?m\s+|i am\s+|me\s+(?!(?:on|at|via|by|or|and|is|phone|mobile|email|e-mail|tel)\b)(?=[a-z]{2}))+/i;
const TRAILING = /(?:\s+(?:on|at|via|by|phone|mobile|tel|telephone|email|e-mail|number|or|and|is))+$/i;
// An extension said after the number ("0161 496 0000 ext 22"), kept as RFC 3966 writes it: "01614960000;ext=22".
const EXTENSION = /^[\s,]*(?:ext\.?|extn\.?|extension|x)\s*(\d{1,6})\b/i;
// "ask for Mike at the gatehouse", "Sue in the main office", "Dave at Acme": where to find the contact is not their name.
// "dave on reception", "sue in security" (a transcript, without "the" or capitals) too.
const PLACE_AFTER = /\s+(?:(?:at|in|on|from)\s+(?:the\s|our\s|\p{Lu})|(?:at|in|on)\s+(?:reception|security|site|front desk|gatehouse|the gate|main gate|nights|days)\b).*$/u;
// "(site manager)": a role in brackets is not part of the name.
const BRACKETED = /\s*\([^)]*(?:\)|$)/g;
const EXAMPLE = 'like “Jane Doe, 07700 900123, jane@example.com”';
const SELF_REFERENCE = /^(?:me|myself|i|(?:it|that)['’]?s me|(?:it|that) is me)$/i;
// "the site manager, Priya Shah, …": a role said before (or after) the name is not the name — unless it is all there is.
const CONTACT_WORDS_ONLY = /^(?:(?:e-?mail|phone|tel|telephone|mobile|cell|call|ring|text|contact|number|or|and|on|at|via|me|my|his|her|their|our|is)\s*)+$/i;
const ROLE_ONLY = /^(?:(?:the|our|my|a|your)\s+)?(?:(?:site|facilities|facility|building|premises|security|duty|night|day|office|estates?|operations|property|general|assistant|deputy|head|business|school|store|shop|branch|practice|plant|maintenance|finance|area|regional|centre|center|park|hotel|campus)\s+)*(?:manager|supervisor|caretaker|receptionist|reception|concierge|guard|officer|lead|director|owner|landlord|administrator|admin|coordinator|contact|team|desk|office|janitor|warden|bursar|principal|head ?teacher|headmaster|headmistress|secretary|porter|custodian|superintendent|foreman|clerk)$/i;
// "the manager Sarah", "security officer Tom Baker": a role before the name in the same breath is not part of it.
const ROLE_BEFORE_NAME = new RegExp(`${ROLE_ONLY.source.replace(/\$$/, '')}(?:\\s+(?:is|was|will be))?[\\s:]+(?=\\S)`, 'i');

/** Phone digits with an international "+" kept; null when the digit count is implausible. */
function normalizePhone(raw: string): string | null {
  const international = raw.trim().startsWith('+') || raw.trim().startsWith('00');
  const digits = raw.replace(/\D/g, '').replace(/^00/, '');
  if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) return null;
  return international ? `+${digits}` : digits;
}

function readName(rest: string): string | null {
  let role: string | null = null;
  const segments = rest.split(/[,;|\n/]+|\s+-\s+|\s+and\s+/i).map((segment) => segment.replace(/\s+/g, ' ').trim());
  for (const segment of segments) {
    const cleaned = segment.replace(BRACKETED, ' ').replace(/\s+/g, ' ').trim().replace(LEAD_IN, '').replace(PLACE_AFTER, '').replace(TRAILING, '').replace(/[.:()]+$/g, '').trim();
    // "me - Tom Baker …": the user pointing at themselves is not a name; the next segment may hold it.
    if (!/\p{L}{2,}/u.test(cleaned) || SELF_REFERENCE.test(cleaned)) continue;
    if (ROLE_ONLY.test(cleaned)) { role ??= cleaned; continue; }
    // "email facilities@acme.com, attention Sarah Lee": a segment of only contact words names nobody.
    if (CONTACT_WORDS_ONLY.test(cleaned)) continue;
    const named = cleaned.replace(ROLE_BEFORE_NAME, '');
    if (named !== cleaned && /\p{L}{2,}/u.test(named) && !CONTACT_WORDS_ONLY.test(named)) return named;
    const words = cleaned.split(' ');
    if (words.length > MAX_NAME_WORDS) {
      const capitalised = cleaned.match(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}/u);
      if (capitalised) return capitalised[0];
      continue;
    }
    return cleaned;
  }
  return role;
}

/** What one reply gives of a contact: its name, phone and email, each if found; `incomplete` when a number was cut short. */
interface ContactParts { name: string | null; phone: string | null; email: string | null; incomplete: boolean }

function readContactParts(reply: string): ContactParts {
  const text = writeSpokenContact(reply);
  let rest = text;
  const email = EMAIL.exec(rest)?.[0];
  if (email) rest = rest.replace(email, ' , ');
  const found = PHONE.exec(rest);
  const phoneMatch = found?.[0];
  const extension = found ? EXTENSION.exec(rest.slice(found.index + found[0].length)) : null;
  const number = phoneMatch ? normalizePhone(phoneMatch) : null;
  const phone = number && extension ? `${number};ext=${extension[1]}` : number;
  if (found) rest = `${rest.slice(0, found.index)} , ${rest.slice(found.index + found[0].length + (extension?.[0].length ?? 0))}`;
  return { name: readName(rest), phone, email: email?.toLowerCase() ?? null, incomplete: phoneMatch !== undefined && !phone };
}

// "me, 07700 900123", "you can reach me on …": the speaker is the contact, and is asked for their own name.
const SAYS_SELF = /\b(?:me|myself)\b/i;

// "jane@acme": an address cut short of its domain's dot.
const PARTIAL_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]*(?![A-Za-z0-9.-]*\.[A-Za-z]{2,})/;

// "Tom on extension 4432": an extension with no number to dial it from outside.
const EXTENSION_ONLY = /\b(?:ext\.?|extn\.?|extension)\s*\d{1,6}\b/i;

function contactOf({ name, phone, email }: ContactParts, reply = ''): ExtractionResult {
  if (!email && !phone && EXTENSION_ONLY.test(reply)) {
    return notExtracted('no_match', `An extension can’t be dialled from outside on its own. Please give the full number with it, or an email, ${EXAMPLE}.`);
  }
  if (!email && !phone && PARTIAL_EMAIL.test(reply)) return notExtracted('no_match', `That email address looks cut short: it needs all of the part after the @, ${EXAMPLE}.`);
  if (!email && !phone) return notExtracted('no_match', `Please give a name with a phone number or email, ${EXAMPLE}.`);
  if (!name) return notExtracted('no_match', `Please ${SAYS_SELF.test(reply) ? 'add your name' : 'include the contact’s name'} as well, ${EXAMPLE}.`);
  const contact: Contact = { name };
  if (phone) contact.phone = phone;
  if (email) contact.email = email;
  return extracted(contact, phone && email ? 0.95 : 0.9);
}

export function extractContact(reply: string): ExtractionResult {
  if (reply.trim().length === 0) return notExtracted('empty', 'I didn’t catch the contact details.');
  const parts = readContactParts(reply);
  if (parts.incomplete) return notExtracted('no_match', `That phone number doesn’t look complete. Please give a name with a phone number or email, ${EXAMPLE}.`);
  return contactOf(parts, reply);
}

/**
 * "Jane Doe", then "07700 900123": a contact given over two replies, one with only the name and the other with
 * only a phone number or email (a name-only reply that asks something back is no name). Null when they are not that.
 */
export function contactFromTwoReplies(earlier: string, later: string): ExtractionResult | null {
  const [first, second] = [readContactParts(earlier), readContactParts(later)];
  if (first.incomplete || second.incomplete) return null;
  const nameOnly = (parts: ContactParts, said: string): boolean => parts.name !== null && !parts.phone && !parts.email && !said.includes('?');
  const detailsOnly = (parts: ContactParts): boolean => parts.name === null && (parts.phone !== null || parts.email !== null);
  if (nameOnly(first, earlier) && detailsOnly(second)) return contactOf({ ...second, name: first.name });
  if (detailsOnly(first) && nameOnly(second, later)) return contactOf({ ...first, name: second.name });
  return null;
}
