import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { creditCardRecognizer } from '../../../src/privacy/recognizers/credit-card.ts';
import { isLuhnValid } from '../../../src/privacy/luhn.ts';
import { redact } from '../../../src/privacy/redactor.ts';
import { found } from './recognizer-cases.ts';

function withCheckDigit(body: string): string {
  for (let digit = 0; digit <= 9; digit++) if (isLuhnValid(body + digit)) return body + digit;
  throw new Error('unreachable: one check digit always fits');
}

const grouped = (digits: string, cuts: number[], separators: string[]): string => {
  let text = '';
  digits.split('').forEach((digit, index) => {
    text += digit;
    const cut = cuts.indexOf(index + 1);
    if (cut >= 0 && index + 1 < digits.length) text += separators[cut % separators.length]!;
  });
  return text;
};

const sixteenDigitBody = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }).map((digits) => digits.join(''));
const grouping = fc.record({
  cuts: fc.uniqueArray(fc.integer({ min: 1, max: 15 }), { maxLength: 6 }),
  separators: fc.array(fc.constantFrom(' ', '-'), { minLength: 1, maxLength: 6 }),
});

test('Luhn-valid cards in the usual groupings are found, invalid ones are not', () => {
  assert.deepEqual(found(creditCardRecognizer, 'card 4111 1111 1111 1111 exp 09/27'), ['4111 1111 1111 1111']);
  assert.deepEqual(found(creditCardRecognizer, 'amex 3782 822463 10005'), ['3782 822463 10005']);
  assert.deepEqual(found(creditCardRecognizer, '4111-1111-1111-1111'), ['4111-1111-1111-1111']);
  assert.deepEqual(found(creditCardRecognizer, 'card 4111 1111 1111 1112'), []);
});

test('a card number read out in a transcript is a card when Luhn-valid', () => {
  const spoken = 'four five three nine one four eight eight zero three four three six four six seven';
  assert.equal(redact(`card number is ${spoken} thanks`).text, 'card number is [REDACTED_CC] thanks');
  assert.equal(redact('the long number is four five three nine, one four eight eight, oh three four three, six four six seven, expiry next year').text,
    'the long number is [REDACTED_CC], expiry next year');
  // One digit off, it is no card; nor is it a phone number, at sixteen digits.
  const invalid = spoken.replace(/seven$/, 'eight');
  assert.deepEqual(found(creditCardRecognizer, `card number is ${invalid}`), []);
});

test('a card number read out in Spanish or Portuguese, digit by digit or in pairs, is a card when Luhn-valid', () => {
  const portuguese = 'cinco dois três um zero zero quatro oito sete sete seis cinco zero nove dois um';
  assert.equal(redact(`o cartão pra caução é ${portuguese} validade zero oito vinte e sete`).text, 'o cartão pra caução é [REDACTED_CC] validade zero oito vinte e sete');
  // 4539 1488 0343 6467 said as pairs: "cuarenta y cinco treinta y nueve catorce ochenta y ocho cero tres cuarenta y tres sesenta y cuatro sesenta y siete".
  assert.equal(redact('la tarjeta es cuarenta y cinco treinta y nueve catorce ochenta y ocho cero tres cuarenta y tres sesenta y cuatro sesenta y siete gracias').text,
    'la tarjeta es [REDACTED_CC] gracias');
  // One digit off, no card.
  assert.deepEqual(found(creditCardRecognizer, `o cartão é ${portuguese.replace(/um$/, 'dois')}`), []);
});

test('a card number written with dots is a card after a card cue', () => {
  assert.deepEqual(found(creditCardRecognizer, 'card 4111.1111.1111.1111 exp 09/27'), ['4111.1111.1111.1111']);
  assert.deepEqual(found(creditCardRecognizer, 'asset 4111.1111.1111.1111'), []);
});

test('a card whose groups of four stand two or three spaces apart, as OCR sets them, is a card; years and times so set are not', () => {
  assert.deepEqual(found(creditCardRecognizer, 'Card 4111  1111  1111  1111 on file'), ['4111  1111  1111  1111']);
  assert.deepEqual(found(creditCardRecognizer, 'VISA   4539   1488   0343   6467'), ['4539   1488   0343   6467']);
  // Luhn-valid, but a year or a time starts with 0, 1 or 2, as no card does.
  assert.deepEqual(found(creditCardRecognizer, 'Budget  2015  2015  2015  2029'), []);
});

test('a card glued to its label by a colon is a card', () => {
  assert.deepEqual(found(creditCardRecognizer, 'card:4539148803436467'), ['4539148803436467']);
  assert.deepEqual(found(creditCardRecognizer, 'CC:4539 1488 0343 6467'), ['4539 1488 0343 6467']);
});

test('Luhn-valid identifiers labelled as serials stay', () => {
  assert.deepEqual(found(creditCardRecognizer, 'serial 4111111111111111'), []);
  // A UK security officer's SIA licence number has 16 digits, Luhn-valid one time in ten.
  for (const text of ['SIA No. 1013 4456 7788 9016', 'SIA: 1013445677889016', 'sia number is 1013 4456 7788 9016',
    'my sia number is one zero one three four four five six seven seven eight eight nine zero one six',
    // A SIM card's ICCID is Luhn-valid by design and starts 89.
    'SIM 8944110068256270054', 'SIM card number 8944 1100 6825 6270 054', 'device 2: 8944110068256270054']) assert.deepEqual(found(creditCardRecognizer, text), [], text);
  assert.deepEqual(found(creditCardRecognizer, 'meter reading 004512.7 kWh, 13:05'), []);
  // A field's key labels its value as a label does: JSON, logfmt, a key's last word ("gift_card_batch").
  for (const text of ['{"imei":"356938035643809"}', '{"order": "4000123412341234"}', 'consignment=4539578763621486',
    'gift_card_batch=6011000990139424', "order_id: '4000123412341234'"]) assert.deepEqual(found(creditCardRecognizer, text), [], text);
  assert.deepEqual(found(creditCardRecognizer, '{"card":"4539578763621486"}'), ['4539578763621486']);
});

test('a date before a number is no part of a card: the card after it is found, a reading after it is no card', () => {
  assert.equal(redact('on 2024-06-14 4111 1111 1111 1111').text, 'on 2024-06-14 [REDACTED_CC]');
  assert.equal(redact('2024-06-14 8812345').text, '2024-06-14 8812345');
});

test('property: any Luhn-valid 16-digit number in any grouping is redacted as a card', () => {
  fc.assert(fc.property(sixteenDigitBody, grouping, (body, { cuts, separators }) => {
    const card = grouped(withCheckDigit(body), cuts, separators);
    const result = redact(`paid with ${card} yesterday`);
    assert.equal(result.text, 'paid with [REDACTED_CC] yesterday', card);
  }), { numRuns: 300 });
});

test('property: no Luhn-invalid 16-digit number is reported as a card', () => {
  fc.assert(fc.property(sixteenDigitBody, fc.integer({ min: 1, max: 9 }), grouping, (body, offset, { cuts, separators }) => {
    const valid = withCheckDigit(body);
    const invalid = valid.slice(0, 15) + ((Number(valid[15]) + offset) % 10);
    const card = grouped(invalid, cuts, separators);
    assert.equal(redact(`paid with ${card} yesterday`).counts.CREDIT_CARD, undefined, card);
  }), { numRuns: 300 });
});

test("a card in a CSV cell before an amount's cell is a card; after letters it is part of a reference", () => {
  assert.deepEqual(found(creditCardRecognizer, 'txn,4539148803436467,250.00,GBP'), ['4539148803436467']);
  assert.deepEqual(found(creditCardRecognizer, 'Ref RF18 5390 0754 7034'), []);
});

test("a number of other than 16 digits is a card only where a card network's numbers of its length start", () => {
  // A log's epoch milliseconds are 13 digits starting 1, Luhn-valid one time in ten; a 13-digit card is Visa's (4) or Maestro's.
  for (const text of ['{"level":30,"time":1718023345123,"msg":"answer saved"}', '"finishedOn":1718051239412}', 'ref 9123456789015', 'batch 7812345678909 ok'])
    assert.deepEqual(found(creditCardRecognizer, text), [], text);
  // Visa's 13 digits, Amex's 15, Diners' 14, UATP's 15 starting 1, Visa's 19 are cards.
  for (const card of [withCheckDigit('422222222222'), withCheckDigit('37828224631000'), withCheckDigit('3056930902590'), withCheckDigit('12345678901234'),
    withCheckDigit('453914880343646712')]) assert.deepEqual(found(creditCardRecognizer, `card ${card}`), [card], card);
});
