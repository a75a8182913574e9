// isPhoneNumber() reads a candidate's digits in place and asks libphonenumber-js as little as it can; this holds
// it to the same rules written the plain way — digits extracted, each national reading tried with
// PhoneNumber#isPossible() and (uncued) parsePhoneNumber()'s #isValid() or the country's own grouping — on generated
// candidates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePhoneNumberFromString, PhoneNumber } from 'libphonenumber-js/core';
import type { E164Number } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';
import { isPhoneNumber } from '../../../src/privacy/recognizers/phone.ts';

const CALLING_CODES = new Set(Object.keys(metadata.country_calling_codes));
const NANP_SHAPE = /^(?:\+?1[ .-]?)?\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]?\d{4}$/;
const NANP_LOCAL_SHAPE = /^[2-9]\d{2}[ .-]\d{4}$/;
const TRUNK_PREFIX_COUNTRY_CODES = ['44', '49', '91', '33', '61', '353', '31', '34', '39', '27'];
// Cued, these countries' numbers with their trunk '0' too.
const CUED_TRUNK_PREFIX_COUNTRY_CODES = ['234', '32', '41', '46', '90', '966', '971', '254', '233', '92', '94', '60', '63', '64', '972'];

/**
 * The number in E.164 digits is a phone number for its country: a possible length, and valid unless cued, as
 * parsePhoneNumber() reads it (the country among those sharing its calling code). A number parsing would read with a
 * national prefix dropped ("+971 0…") is not compared: the recognizer reads national digits as written.
 */
function acceptable(e164Digits: string, cued: boolean): boolean {
  if (!/^[1-9]\d{6,16}$/.test(e164Digits)) return false;
  const callingCode = [1, 2, 3].map((length) => e164Digits.slice(0, length)).find((prefix) => CALLING_CODES.has(prefix));
  if (callingCode === undefined) return false;
  if (!new PhoneNumber(`+${e164Digits}` as E164Number, metadata).isPossible()) return false;
  if (cued) return true;
  const parsed = parsePhoneNumberFromString(`+${e164Digits}`, metadata);
  fc.pre(parsed === undefined || `${parsed.countryCallingCode}${parsed.nationalNumber}` === e164Digits);
  return parsed?.isValid() ?? false;
}

const groupLengths = (written: string): string => (written.match(/\d+/g) ?? []).map((group) => group.length).join(' ');

/** Uncued, a possible number written in its country's own grouping ("0121 891 0828"). */
function nationallyGrouped(code: string, nationalNumber: string, raw: string): boolean {
  if (!acceptable(code + nationalNumber, true)) return false;
  return groupLengths(new PhoneNumber(`+${code}${nationalNumber}` as E164Number, metadata).formatNational()) === groupLengths(raw);
}

function referenceIsPhoneNumber(raw: string, cued: boolean): boolean {
  const allDigits = raw.replace(/\D/g, '');
  let digits = allDigits;
  if (digits.length < 7 || digits.length > 17) return false;
  if (raw.startsWith('+') || raw.startsWith('00')) {
    const international = raw.startsWith('+') ? digits : digits.slice(2);
    const e164 = raw.includes('(0)') ? international.replace(/^(\d{1,3}?)0/, '$1') : international;
    // A Nigerian landline in the old plan's eight digits, which libphonenumber-js calls not possible; a Mexican mobile with the
    // old '1' after its calling code.
    if (/^521\d{10}$/.test(e164)) return acceptable(`52${e164.slice(3)}`, true);
    return /^234[1-9]\d{7}$/.test(e164) || acceptable(e164, true);
  }
  if (cued && (NANP_SHAPE.test(raw) || NANP_LOCAL_SHAPE.test(raw))) return true;
  // Uncued, Brazil's bracketed two-digit area code before its number's two dash-parted groups, valid there.
  if (/^\(\d{2}\) ?\d{4,5}-\d{4}$/.test(raw) && acceptable(`55${allDigits}`, false)) return true;
  // Uncued too, the area code unbracketed and a blank after it: "11 3062-4478".
  if (/^[1-9]\d \d{4,5}-\d{4}$/.test(raw) && acceptable(`55${allDigits}`, false)) return true;
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length === 10 && digits[0] !== '0' && digits[0] !== '1' && (cued || !/\D/.test(raw) || NANP_SHAPE.test(raw)) && acceptable(`1${digits}`, cued)) return true;
  if (digits.length === 10 && /^[6-9]/.test(digits) && acceptable(`91${digits}`, cued)) return true;
  // Cued, a Polish, Spanish or Portuguese number: nine digits, no trunk '0', valid there.
  if (cued && digits.length === 9 && digits[0] !== '0' && ['48', '34', '351'].some((code) => acceptable(code + digits, false))) return true;
  // Cued, an eight-digit number of Singapore, Hong Kong, the Gulf, Denmark or Norway, grouped in fours (no year first), pairs, or
  // three, two and three (Norway's mobiles), valid there.
  if (cued && allDigits.length === 8 && /^(?!19|20)\d{4}[ -]\d{4}$|^\d{2}(?: \d{2}){3}$|^\d{3} \d{2} \d{3}$/.test(raw) && allDigits[0] !== '0'
    && ['65', '852', '974', '973', '965', '968', '45', '47'].some((code) => acceptable(code + allDigits, false))) return true;
  // Cued, Australia's 1300 and 1800 numbers, valid there.
  if (cued && /^1[38]00[ -]?\d{3}[ -]?\d{3}$/.test(raw) && acceptable(`61${allDigits}`, false)) return true;
  // Uncued, grouped four, three and three alike.
  if (/^1[38]00( |-)\d{3}\1\d{3}$/.test(raw) && acceptable(`61${allDigits}`, false)) return true;
  // Cued, an Italian mobile (ten digits starting 3) or a Brazilian number (ten or eleven digits), no trunk '0', valid there.
  if (cued && allDigits.length === 10 && allDigits[0] === '3' && acceptable(`39${allDigits}`, false)) return true;
  if (cued && (allDigits.length === 10 || allDigits.length === 11) && allDigits[0] !== '0' && acceptable(`55${allDigits}`, false)) return true;
  // Cued, a Russian number with its trunk '8'.
  if (cued && allDigits.length === 11 && allDigits[0] === '8' && acceptable(`7${allDigits.slice(1)}`, false)) return true;
  if (digits.startsWith('0') && !digits.startsWith('00')) {
    return TRUNK_PREFIX_COUNTRY_CODES.some((code) => acceptable(code + digits.slice(1), cued))
      || (cued && CUED_TRUNK_PREFIX_COUNTRY_CODES.some((code) => acceptable(code + digits.slice(1), cued)))
      || (!cued && digits === allDigits && digits.length >= 10 && TRUNK_PREFIX_COUNTRY_CODES.some((code) => nationallyGrouped(code, digits.slice(1), raw)));
  }
  // Cued, an international number written without its '+' (a Mexican mobile's old '1' too, as a gateway writes "5215512345678").
  const e164 = raw.includes('(0)') ? allDigits.replace(/^(\d{1,3}?)0/, '$1') : allDigits;
  if (cued && !allDigits.startsWith('0') && /^521\d{10}$/.test(e164)) return acceptable(`52${e164.slice(3)}`, true);
  return cued && !allDigits.startsWith('0') && (/^234[1-9]\d{7}$/.test(e164) || acceptable(e164, true));
}

const digitGroup = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 5 }).map((digits) => digits.join(''));
const candidate = fc.tuple(
  fc.constantFrom('', '', '+', '+', '00', '0', '1 ', '+44 (0)', '+49 (0)', '+353 (0)', '+1 (0)', '(0)', '1300 ', '1800 ', '+52 1 ', '52 1 ', '521', '11 ', '21 '),
  fc.array(digitGroup, { minLength: 1, maxLength: 5 }),
  fc.constantFrom(' ', '-', '.', '', ' '),
).map(([prefix, groups, separator]) => prefix + groups.join(separator));

test('property: isPhoneNumber() agrees with the plain reading of its rules', () => {
  fc.assert(fc.property(candidate, fc.boolean(), (raw, cued) => {
    assert.equal(isPhoneNumber(raw, cued), referenceIsPhoneNumber(raw, cued), JSON.stringify({ raw, cued }));
  }), { numRuns: 30_000 });
});

test('written numbers of the formats users write are read as the plain rules read them', () => {
  for (const raw of ['+44 (0)20 7946 0018', '0044 20 7946 0018', '020 7946 0018', '07700 900123', '+91 98765 43210', '98765 43210', '(212) 555-0100', '212-555-0100', '1 212 555 0100', '030 50505538', '+49 (0)30 22272203', '555-0100']) {
    for (const cued of [true, false]) assert.equal(isPhoneNumber(raw, cued), referenceIsPhoneNumber(raw, cued), `${raw} cued=${cued}`);
  }
});
