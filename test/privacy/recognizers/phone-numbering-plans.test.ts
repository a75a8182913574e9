// src/privacy/phone-numbering-plans.ts repeats libphonenumber-js's validity check with its patterns compiled once:
// these hold it to PhoneNumber#isValid(), so a libphonenumber-js upgrade that changes the check fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PhoneNumber, getExampleNumber } from 'libphonenumber-js/core';
import type { CountryCode, E164Number } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';
import examples from 'libphonenumber-js/examples.mobile.json';
import { isValidNationalNumber } from '../../../src/privacy/phone-numbering-plans.ts';

const libraryVerdict = (callingCode: string, nationalNumber: string): boolean => new PhoneNumber(`+${callingCode}${nationalNumber}` as E164Number, metadata).isValid();

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
    assert.equal(isValidNationalNumber(Number(callingCode), nationalNumber), libraryVerdict(callingCode, nationalNumber));
  }), { numRuns: 20_000 });
});
