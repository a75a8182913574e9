// src/privacy/phone-numbering-plans.ts repeats libphonenumber-js's validity check with its patterns compiled once:
// these hold it to PhoneNumber#isValid(), so a libphonenumber-js upgrade that changes the check fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import type { CountryCode, E164Number } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';
import examples from 'libphonenumber-js/examples.mobile.json';
import { isValidNationalNumber } from '../../../src/privacy/phone-numbering-plans.ts';

// Parsed, as libphonenumber reads a written number: where several countries share the calling code (+1's US, Canada and
// the Caribbean; +44's UK, Jersey and Guernsey; +7's Russia and Kazakhstan) the number's digits pick the country.
// Parsing also drops a national prefix written after the calling code ("+971 0…"), which isValidNationalNumber()'s
// callers have done already: such numbers are not compared.
const parsed = (callingCode: string, nationalNumber: string) => parsePhoneNumberFromString(`+${callingCode}${nationalNumber}` as E164Number, metadata);
const libraryVerdict = (callingCode: string, nationalNumber: string): boolean => parsed(callingCode, nationalNumber)?.isValid() ?? false;
const keepsNationalNumber = (callingCode: string, nationalNumber: string): boolean => {
  const number = parsed(callingCode, nationalNumber);
  return number === undefined || number.nationalNumber === nationalNumber;
};

test("a number of a country that shares its calling code is valid by that country's plan: Canada's, Jersey's, Kazakhstan's", () => {
  for (const [callingCode, nationalNumber] of [['1', '4168420162'], ['1', '5145550162'], ['1', '8765551234'], ['44', '1534555123'], ['7', '7012345678']] as const) {
    assert.equal(isValidNationalNumber(Number(callingCode), nationalNumber), true, `+${callingCode} ${nationalNumber}`);
  }
  assert.equal(isValidNationalNumber(1, '1234567890'), false);
});

test('every country\'s example mobile number is valid, as libphonenumber says', () => {
  let checked = 0;
  for (const country of Object.keys(examples) as CountryCode[]) {
    const example = getExampleNumber(country, examples, metadata);
    if (example === undefined) continue;
    const nationalNumber = String(example.nationalNumber);
    assert.equal(isValidNationalNumber(Number(example.countryCallingCode), nationalNumber), libraryVerdict(example.countryCallingCode, nationalNumber), `${country} ${nationalNumber}`);
    checked++;
  }
  assert.ok(checked > 200, `only ${checked} examples`);
});

test('property: any calling code and national number gets libphonenumber\'s verdict', () => {
  const callingCodes = Object.keys(metadata.country_calling_codes);
  const digits = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((list) => list.join(''));
  // Example numbers with digits changed near the end reach the valid side of the plans too, not only random misses.
  const nearExamples = (Object.keys(examples) as CountryCode[]).flatMap((country) => {
    const example = getExampleNumber(country, examples, metadata);
    return example ? [{ callingCode: String(example.countryCallingCode), nationalNumber: String(example.nationalNumber) }] : [];
  });
  const nearExample = fc.tuple(fc.constantFrom(...nearExamples), digits(1, 3)).map(([{ callingCode, nationalNumber }, tail]) => ({
    callingCode, nationalNumber: nationalNumber.slice(0, Math.max(1, nationalNumber.length - tail.length)) + tail,
  }));
  const random = fc.tuple(fc.constantFrom(...callingCodes), digits(4, 15)).map(([callingCode, nationalNumber]) => ({ callingCode, nationalNumber }));
  fc.assert(fc.property(fc.oneof(nearExample, random), ({ callingCode, nationalNumber }) => {
    fc.pre(keepsNationalNumber(callingCode, nationalNumber));
    assert.equal(isValidNationalNumber(Number(callingCode), nationalNumber), libraryVerdict(callingCode, nationalNumber));
  }), { numRuns: 20_000 });
});
