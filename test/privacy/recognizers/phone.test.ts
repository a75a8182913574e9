import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { phoneRecognizer } from '../../../src/privacy/recognizers/phone.ts';
import { redact } from '../../../src/privacy/redactor.ts';
import { profileText } from '../../../src/privacy/text-profile.ts';
import { found } from './recognizer-cases.ts';

test('finds North American formats', () => {
  for (const phone of ['(212) 964-3021', '212-964-3021', '212.964.3021', '+1 212 964 3021', '1-212-964-3021']) {
    assert.deepEqual(found(phoneRecognizer, `reach the desk on ${phone} today`), [phone], phone);
  }
});

test('finds UK, Indian and German formats without a cue', () => {
  for (const phone of ['+44 20 7946 0958', '+44 (0)20 7946 0958', '020 7946 0958', '07912 345678', '+91 98765 43210', '+91-98765-43210',
    '098765 43210', '+49 30 12345678', '030 12345678', '0151 23456789', '089/1234567']) {
    assert.deepEqual(found(phoneRecognizer, `Escalation: ${phone}.`), [phone], phone);
  }
});

test('a national number written in its country\'s own grouping is a phone without a cue, even in a range not yet allocated', () => {
  assert.deepEqual(found(phoneRecognizer, 'Meter read by the night guard, queries to 0121 891 0828'), ['0121 891 0828']);
  // Grouped otherwise, an unallocated number needs a cue.
  assert.deepEqual(found(phoneRecognizer, 'Batch 01218 910 828 shipped'), []);
});

test('accepts a fictional NANP number only after a phone cue', () => {
  assert.deepEqual(found(phoneRecognizer, 'Call me at 555-123-4567'), ['555-123-4567']);
  assert.deepEqual(found(phoneRecognizer, 'Batch 555-123-4567 shipped'), []);
});

test('an international number written without its "+" is a phone after a cue or in a register cell', () => {
  assert.deepEqual(found(phoneRecognizer, '14:22 | wojciech nowak | polbud | 48 22 123 45 67 | gate 3'), ['48 22 123 45 67']);
  assert.deepEqual(found(phoneRecognizer, 'call me on 44 7700 900123'), ['44 7700 900123']);
  assert.deepEqual(found(phoneRecognizer, 'Batch 48 22 123 45 67 shipped'), [], 'no cue');
  assert.deepEqual(found(phoneRecognizer, 'order number 48 22 123 45 67'), [], 'an identifier');
});

test('a number in a CSV cell after a numeric cell is found: a thousands group has three digits, a phone number more', () => {
  assert.equal(redact('mwilliams,2024-03-16T22:00:12Z,OK,51.5072,-0.1276,07700900123').text, 'mwilliams,2024-03-16T22:00:12Z,OK,51.5072,-0.1276,[REDACTED_PHONE]');
  assert.equal(redact('G-17,12,07700900125').text, 'G-17,12,[REDACTED_PHONE]');
  // And before one: a cell of four digits or more after seven digits is no thousands' group and no decimal's.
  assert.equal(redact('msgid,direction,msisdn,sender,body\nSM-88123,MO,27824061193,31445,"STOP"').text, 'msgid,direction,msisdn,sender,body\nSM-88123,MO,[REDACTED_PHONE],31445,"STOP"');
  for (const text of ['1,234,567 litres', 'total 12,500,000', '3,5 kg', 'reading 0004512,7 kWh', 'total 1234567,1234 kWh']) assert.equal(redact(text).text, text);
});

test('a number right after a comma is found (a CSV cell), unless the comma parts digits', () => {
  assert.deepEqual(found(phoneRecognizer, 'ANDRZEJ KOWALSKI,Speedy,07700 900123'), ['07700 900123']);
  assert.deepEqual(found(phoneRecognizer, 'maria lopez,Acme,+44 161 496 0000,Gate 2'), ['+44 161 496 0000']);
  for (const text of ['total 1,234,567 units', '12,0161 496 0000', 'Reading,004512.7,kWh']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("a unit after a number is a whole word on its line: a name or the next line's first word is none", () => {
  assert.deepEqual(found(phoneRecognizer, 'mobile 0044 7700 900123\nWhatsapp +2348031234567'), ['0044 7700 900123', '+2348031234567']);
  assert.deepEqual(found(phoneRecognizer, 'call 07700 900123 Gallagher will answer'), ['07700 900123']);
  assert.deepEqual(found(phoneRecognizer, 'tel 0161 496 0000 Barry'), ['0161 496 0000']);
  for (const text of ['meter 0161496 kWh', 'tank 0161 4960 litres', 'used 1234567kWh']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('a number ends at its line: the next line\'s date, count or list number is no part of it', () => {
  assert.deepEqual(found(phoneRecognizer, 'Tel 07700 900431\n12/03/24 next'), ['07700 900431']);
  assert.deepEqual(found(phoneRecognizer, 'mob +44 7700 900123\n2 guards'), ['+44 7700 900123']);
  assert.deepEqual(found(phoneRecognizer, 'Phone 07700900123\n24 hour cover'), ['07700900123']);
  assert.deepEqual(found(phoneRecognizer, '1. Craig on 07700 900512\n2. Mei on 07700 900513'), ['07700 900512', '07700 900513']);
});

test('a number glued to its label is found: "phone:07700900123", "tel-…", "Ph.No.…", "+44(0)7700900123"', () => {
  for (const [text, phone] of [['phone:07700900123', '07700900123'], ['Mob:07700 900123', '07700 900123'], ['tel-07700 900123', '07700 900123'],
    ['phone-9845012873', '9845012873'], ['Ph.No.9845012873', '9845012873'], ['call +44(0)7700900123', '+44(0)7700900123']]) {
    assert.deepEqual(found(phoneRecognizer, text), [phone], text);
  }
  // A label of an identifier glued to its number is no phone label.
  for (const text of ['Invoice No.9845012873', 'ref:07700900123', 'SN-9845012873']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('a certificate, permit, fob or consignment number is no phone; with no cue, a NANP number is grouped as one', () => {
  for (const text of ['EICR certificate 2023-000451', 'Certificate no 2024-123456', 'Permit 2024-556677', 'fob numbers 4455 6677 8899',
    'consignment 0123 4567 84', 'tracking no. 9400 1112 0200', 'raised 2023-000451 today',
    '{"mprn":"7891234560"}', 'meter_serial="7891234560"', 'ticket_no=0161 496 0000']) assert.deepEqual(found(phoneRecognizer, text), [], text);
  assert.deepEqual(found(phoneRecognizer, 'the desk is 202-555-0143 today'), ['202-555-0143']);
});

test('a shift\'s time range is no phone; numbers spaced wide or given as alternatives after a slash are found', () => {
  for (const text of ['Shift: 0600-1400', 'Hours: 0900-1700', 'Opening hours: 0800-1800, 1900-2200']) assert.deepEqual(found(phoneRecognizer, text), [], text);
  assert.deepEqual(found(phoneRecognizer, 'Mob: 07700 900 123 / 07700 900 124'), ['07700 900 123', '07700 900 124']);
  assert.deepEqual(found(phoneRecognizer, '0151 23456789 / 0171 2345678'), ['0151 23456789', '0171 2345678']);
  assert.deepEqual(found(phoneRecognizer, 'call +44 7700 900123/124'), ['+44 7700 900123']);
  assert.deepEqual(found(phoneRecognizer, 'TEL:07911  123456'), ['07911  123456']);
  assert.deepEqual(found(phoneRecognizer, 'MOB  07700  900  123'), ['07700  900  123']);
  assert.deepEqual(found(phoneRecognizer, 'tel 0161 496 0000  0161 496 0001'), ['0161 496 0000', '0161 496 0001']);
  assert.deepEqual(found(phoneRecognizer, 'Munich office 089/1234567'), ['089/1234567']);
});

test("a business card's one-letter label at a line's start cues the number after it: 'T', 'M', 'P', 'D', 'O' (an Australian 1300 number)", () => {
  assert.deepEqual(found(phoneRecognizer, 'Account Manager\nM  0412 345 678\nT  1300 945 766\nE  kim@example.com'), ['0412 345 678', '1300 945 766']);
  assert.deepEqual(found(phoneRecognizer, 'Wilson Security\nT: 1300 945 766'), ['1300 945 766']);
  // Not a letter inside a line, nor one in lower case: a grid's column, a list's bullet.
  assert.deepEqual(found(phoneRecognizer, 'T  912 44 087'), ['912 44 087']);
  assert.deepEqual(found(phoneRecognizer, 'Block T 912 44 087'), []);
  assert.deepEqual(found(phoneRecognizer, 't 912 44 087'), []);
});

test('a tel: link is a phone number', () => {
  assert.deepEqual(found(phoneRecognizer, '<a href="tel:+44-161-496-0000">call</a>'), ['+44-161-496-0000']);
  assert.deepEqual(found(phoneRecognizer, 'TEL:07700900123'), ['07700900123']);
  assert.deepEqual(found(phoneRecognizer, 'hotel:12345678'), []);
  // A messaging URI's scheme and a vCard's TEL type are glued on as "tel:" is.
  assert.deepEqual(found(phoneRecognizer, '{"from":"whatsapp:+447700900123","to":"sms:+447700900321"}'), ['+447700900123', '+447700900321']);
  assert.deepEqual(found(phoneRecognizer, 'TEL;TYPE=WORK:+46 8 123 456 78'), ['+46 8 123 456 78']);
  assert.deepEqual(found(phoneRecognizer, 'work:2024-001 home:3'), []);
});

test('an unseparated digit run needs a cue or a register cell, unless it is a valid mobile number', () => {
  assert.deepEqual(found(phoneRecognizer, 'mobile 2129643021'), ['2129643021']);
  assert.deepEqual(found(phoneRecognizer, '14:05 | Dana | Acme | 2129643021 | Gate 2'), ['2129643021']);
  assert.deepEqual(found(phoneRecognizer, 'we logged 2129643021 events'), []);
  // As a phone copies a mobile number: UK, Indian and German.
  assert.deepEqual(found(phoneRecognizer, 'you can get me on 07700900123 or on my landline'), ['07700900123']);
  assert.deepEqual(found(phoneRecognizer, 'my other one is 9876543210'), ['9876543210']);
  assert.deepEqual(found(phoneRecognizer, 'Handy 01712345678'), ['01712345678']);
  for (const text of ['S/N 9876543210', 'PO 9876543210', 'Ticket 07700900123', 'batch 01712345678', 'logged 07000000000 events']) {
    assert.deepEqual(found(phoneRecognizer, text), [], text);
  }
});

test('a bracketed area code makes a NANP number without a cue, fictional or not', () => {
  assert.deepEqual(found(phoneRecognizer, '(555) 123-4567 ext 22'), ['(555) 123-4567']);
  assert.deepEqual(found(phoneRecognizer, 'front desk +1 (555) 123-4567'), ['+1 (555) 123-4567']);
});

test('finds numbers spoken as words', () => {
  const text = 'you can reach me on five five five, zero one four two, three three nine and thanks';
  assert.deepEqual(found(phoneRecognizer, text), ['five five five, zero one four two, three three nine']);
  assert.deepEqual(found(phoneRecognizer, 'it is oh seven nine one two, double three four five six seven'), ['oh seven nine one two, double three four five six seven']);
  // "hundred" after a digit is two zeros, as UK numbers are often said; a quantity stays too short for a phone.
  assert.deepEqual(found(phoneRecognizer, 'ring john on oh seven seven hundred, nine hundred, one two three'), ['oh seven seven hundred, nine hundred, one two three']);
  for (const text of ['we have two hundred guards', 'one thousand two hundred litres', 'from oh nine hundred hours']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('spoken numbers as people say them: a filler inside, tens and teens, written digits first, "plus forty four"', () => {
  for (const [text, number] of [
    ['my cell is oh seven nine one one uh one two three four five six', 'oh seven nine one one uh one two three four five six'],
    ['call me on five five five, twelve thirty four', 'five five five, twelve thirty four'],
    ['it is nine eight four five oh, one twenty three, forty five ok', 'nine eight four five oh, one twenty three, forty five'],
    ['its plus forty four seven nine one one one two three four five six', 'plus forty four seven nine one one one two three four five six'],
    ['it is 07700 nine double oh one two three', '07700 nine double oh one two three'],
    ['ring me on two one two, five five five, oh one eight two um thanks', 'two one two, five five five, oh one eight two'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  for (const text of ['we run twenty four seven with two guards', 'from nineteen thirty to twenty two hundred', 'twenty twenty four was busy',
    'a twelve hour shift, seven till seven', 'since nineteen ninety eight', 'room one twenty three on floor two', 'uh one two three', 'the meter reads forty five thousand',
    'we need fifteen guards, twenty on saturdays']) {
    assert.deepEqual(found(phoneRecognizer, text), [], text);
  }
});

test('a date beside a number is no part of it: the number is judged alone, and a date with a reading is no phone', () => {
  // A date that ends a sentence, its full stop after it: "from 01/04/2025. 6 floors" is a date and a count.
  for (const text of ['04/03/2024  188224', '05-08-2024 1420 DG-1 ON', 'Reading on 04/03/2024 188224', '2024-06-14 8812345', '4.3.2024 1882241',
    'guarding 24/7 from 01/04/2025. 6 floors, 2 entrances']) {
    assert.deepEqual(found(phoneRecognizer, text), [], text);
  }
  assert.deepEqual(found(phoneRecognizer, 'Visitor 04/03/2024 07700 900123'), ['07700 900123']);
  assert.deepEqual(found(phoneRecognizer, 'call 07700 900123 04/03/2024'), ['07700 900123']);
  // A meter sheet's lines: each date and reading read on its own, not joined to the next line's date.
  assert.deepEqual(found(phoneRecognizer, 'Date  Reading (kWh)\n04.08.2020 443746\n19 March 2023    497616'), []);
  assert.deepEqual(found(phoneRecognizer, 'DATE        READING\n2023-01-26  013090\n6 March 2020  828962'), []);
  assert.deepEqual(found(phoneRecognizer, 'Datum  Zählerstand\n12 March 2025  084348\n23 March 2021    519839'), []);
});

test("a line's last group is joined to the next line's digits only when it may be a number's start, not a time range or a short count", () => {
  assert.deepEqual(found(phoneRecognizer, 'Shift 0700-1500\n0815 Patrol 1'), []);
  assert.deepEqual(found(phoneRecognizer, 'Keys 0-40\n0200 checked'), []);
  assert.deepEqual(found(phoneRecognizer, 'MOBILE 07700\n900111'), ['07700\n900111']);
});

test('times said in hours and "hundred", one after another, are no phone number', () => {
  for (const text of ['we do checks at oh six hundred, fourteen hundred and twenty two hundred every day', 'patrols at ten hundred, fourteen hundred, eighteen hundred']) {
    assert.deepEqual(found(phoneRecognizer, text), [], text);
  }
  assert.deepEqual(found(phoneRecognizer, 'oh seven seven hundred, nine hundred, one two three'), ['oh seven seven hundred, nine hundred, one two three']);
});

test('a spoken reference after "the ticket is", "the reading was", or before a unit, is no phone number', () => {
  for (const text of ['the ticket is four four seven one nine two three', 'the meter reading was one two three four five six seven',
    "the serial number's nine nine eight seven six five four three", 'one two three four five six seven kilowatt hours', 'po number is four five oh oh one two three nine eight seven',
    'the reading is 0161 496 0000']) {
    assert.deepEqual(found(phoneRecognizer, text), [], text);
  }
  assert.deepEqual(found(phoneRecognizer, 'my number is oh seven seven double oh nine double oh one two three'), ['oh seven seven double oh nine double oh one two three']);
  assert.deepEqual(found(phoneRecognizer, 'the contact is five five five, one two three four'), ['five five five, one two three four']);
});

test('a meter reading spoken or written after "reads" is no phone number; "read it back" is no label', () => {
  assert.deepEqual(found(phoneRecognizer, 'the meter reads one two three four five six seven'), []);
  assert.deepEqual(found(phoneRecognizer, 'the display reads 0161 496 0000'), []);
  assert.deepEqual(found(phoneRecognizer, 'please read 07700 900123 back to me'), ['07700 900123']);
});

test('hard negatives stay untouched', () => {
  for (const text of ['Meter 12345678 read 004512.7 kWh on 12/03/2024 at 06:15', 'shifts 06:00-14:00 and 14:00 - 22:00', 'ticket #4471823 raised 2024-03-12',
    'serial no. 2038471923', 'PO 4500123987 approved', 'firmware v2.3.1', 'room 4.12, level 3', 'we need two or three guards', '3,500 sq ft', 'S/N 7700900123']) {
    assert.deepEqual(found(phoneRecognizer, text), [], text);
  }
});

const dialPieces = fc.constantFrom('212', '964', '3021', '555', '0147', '20', '7946', '0958', '98765', '0', '1', ' ', '-', '.', '/', ' - ', ' . ', ' / ',
  '(', ')', ' (', ') ', '(0)', '+', '+44 ', '+1 ', '+91 ', ',', ':', 'x', 'call ', 'Tel: ', '\n', '\u00a0', 'é');

test('property: skipping texts without a dial run of 7 digits finds the same numbers as always scanning', () => {
  fc.assert(fc.property(fc.array(dialPieces, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
    const profile = profileText(text);
    assert.deepEqual(phoneRecognizer.detect(text, profile), phoneRecognizer.detect(text, { ...profile, longestDialRun: Number.MAX_SAFE_INTEGER }));
  }), { numRuns: 5000 });
});

test('a number after a name ("Emeka 08031234567", "Mike - 4155552671"), in a WhatsApp link, or after a bracketed country code', () => {
  assert.deepEqual(found(phoneRecognizer, 'Emeka 08031234567'), ['08031234567']);
  assert.deepEqual(found(phoneRecognizer, 'Mike - 4155552671'), ['4155552671']);
  assert.deepEqual(found(phoneRecognizer, 'whatsapp me wa.me/447911123456 pls'), ['447911123456']);
  assert.deepEqual(found(phoneRecognizer, 'Kontakt: (+91) 98450-12345'), ['(+91) 98450-12345']);
  // A word of our vocabulary before a number is no name: an order, a gate, a total.
  for (const text of ['Order 4155552671', 'Total 4155552671', 'Gate 4155552671']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('spoken numbers with "you know", "like", "sorry", "dash", "then", "hang on" or "eh" inside, "o" for zero, a written group of up to six digits', () => {
  for (const [text, number] of [
    ['you can call me on oh seven nine one one you know one two three four five six', 'oh seven nine one one you know one two three four five six'],
    ['my mobile is oh seven seven double oh nine double oh sorry nine double oh one two three', 'oh seven seven double oh nine double oh sorry nine double oh one two three'],
    ['my social is one two three dash four five dash six seven eight nine', 'one two three dash four five dash six seven eight nine'],
    ["it's o seven seven o o nine o o one two three", 'o seven seven o o nine o o one two three'],
    ['mobile is oh seven nine one one 123456', 'oh seven nine one one 123456'],
    ['so its oh seven four one two and then five five eight nine oh three', 'oh seven four one two and then five five eight nine oh three'],
    ['oh seven eight two three, hang on, six six one oh four five', 'oh seven eight two three, hang on, six six one oh four five'],
    ['oh one one three then four nine six then oh five five five', 'oh one one three then four nine six then oh five five five'],
    ['her number ni zero seven two two eh three one eight four oh six yeah', 'zero seven two two eh three one eight four oh six'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  for (const text of ["sorry one more thing, like two guards", "it's five o'clock", 'one dash two']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('a spoken number said again after "sorry" is two numbers, each found, where the two together are too long for one', () => {
  const text = 'his mobile is oh four one two three eight five five nine one sorry oh four one two three eight double five nine one um or just email him';
  assert.deepEqual(found(phoneRecognizer, text), ['oh four one two three eight five five nine one', 'oh four one two three eight double five nine one']);
  // Each piece is judged as a run is: a reading said twice is still no phone number.
  assert.deepEqual(found(phoneRecognizer, 'the reading was four five one two seven eight nine one sorry four five one two seven eight nine two kilowatt hours'), []);
});

test("a number's first digits said, then corrected, are the number's too ('seven eight seven two one four no sorry …'); a count or a room said before a correction is none", () => {
  assert.deepEqual(found(phoneRecognizer, 'my number is five five five zero one no sorry five five five zero one four two three'), ['five five five zero one four two three', 'five five five zero one']);
  assert.deepEqual(found(phoneRecognizer, 'el número es siete ocho siete dos uno cuatro no perdón dos cuatro uno seis seis cero ocho'),
    ['dos cuatro uno seis seis cero ocho', 'siete ocho siete dos uno cuatro']);
  assert.deepEqual(found(phoneRecognizer, 'room two one four no sorry five five five zero one four two three'), ['five five five zero one four two three']);
  // Without a number after the correction, the digits said are no phone's.
  assert.deepEqual(found(phoneRecognizer, 'the code is five five five zero no sorry it is on the box'), []);
});

test("a Polish or Spanish 9-digit number, which has no trunk '0', is a phone after a cue when valid", () => {
  assert.deepEqual(found(phoneRecognizer, 'pls call Marek on 512 345 678 if the gate jams'), ['512 345 678']);
  assert.deepEqual(found(phoneRecognizer, 'Kierownik zmiany, nr tel 512 345 678.'), ['512 345 678']);
  assert.deepEqual(found(phoneRecognizer, 'to mój nr 512 345 678'), ['512 345 678']);
  // "Nr." alone is a meter's, a contract's or a serial's as often.
  assert.deepEqual(found(phoneRecognizer, 'Nr. 1 ISK00 4471 2239'), []);
  assert.deepEqual(found(phoneRecognizer, 'el encargado es Pablo, su móvil 612 345 678'), ['612 345 678']);
  assert.deepEqual(found(phoneRecognizer, 'Osoba kontaktowa: Anna, kom. 601 234 567'), ['601 234 567']);
  for (const text of ['order 512 345 678 shipped', 'PO 612345678', 'meter 512 345 678 reads 4412']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('a room\'s phone is a phone: no room number is seven digits long ("Control room: 020 7946 0813")', () => {
  assert.equal(redact('Control room: 020 7946 0813').text, 'Control room: [REDACTED_PHONE]');
  assert.equal(redact('CCTV room 0161 496 0372').text, 'CCTV room [REDACTED_PHONE]');
  assert.equal(redact('the number for the control room is double oh four four two zero seven nine four six oh eight one three').text,
    'the number for the control room is [REDACTED_PHONE]');
  for (const text of ['room 4.12, level 3', 'Room 950, 4521 7788 delivered', 'rm 3B']) assert.equal(redact(text).text, text);
  // A bank account's number after its label is no phone, nor its label a name.
  assert.equal(redact('Sort code 20-45-77, Acc 43125678').text, 'Sort code 20-45-77, Acc 43125678');
});

test('a lone digit a space after a whole number is a count or a list\'s number, not its last digit', () => {
  assert.equal(redact('call 07700 900123 2 times').text, 'call [REDACTED_PHONE] 2 times');
  assert.equal(redact('1. Bogdan 07700 900123 2. Nkechi 07700 900456').text, '1. [REDACTED_NAME] [REDACTED_PHONE] 2. [REDACTED_NAME] [REDACTED_PHONE]');
  assert.equal(redact('ring 0161 496 0000 3 rings then hang up').text, 'ring [REDACTED_PHONE] 3 rings then hang up');
  // Digit by digit, every digit is the number's.
  assert.equal(redact('call 0 7 7 0 0 9 0 0 1 2 3').text, 'call [REDACTED_PHONE]');
});

test('a number written one digit at a time is one number, however many digits', () => {
  assert.deepEqual(found(phoneRecognizer, 'mob 0 7 7 0 0 9 0 0 6 6 6 thanks'), ['0 7 7 0 0 9 0 0 6 6 6']);
});

test("a phone in a CSV cell before a time's cell, and in a form's blank of underscores, is found; two times are no phone", () => {
  assert.deepEqual(found(phoneRecognizer, 'Kier FM,Ann Lee,07911 123456,07:30,15:30,L3 riser'), ['07911 123456']);
  assert.deepEqual(found(phoneRecognizer, 'Contact no.: ___+48 601 987 345_____'), ['+48 601 987 345']);
  for (const text of ['Shift 0705 1500 cover', 'total 1,234 5678,9', 'ref_07700900123']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('Spanish and Latin American cue words: cel., ofic., tlf.', () => {
  assert.deepEqual(found(phoneRecognizer, 'Ing. Ramírez, cel. 55 1234 5678, planta baja'), ['55 1234 5678']);
});

test('a number grouped by dots throughout is a phone; phone words of other scripts cue one', () => {
  assert.deepEqual(found(phoneRecognizer, 'Technicien CVC : Marc, tél. 01.42.68.53.17'), ['01.42.68.53.17']);
  assert.deepEqual(found(phoneRecognizer, 'Mob: 07700.900.333 (either works)'), ['07700.900.333']);
  assert.deepEqual(found(phoneRecognizer, 'Комендант: Иванов, моб. 8 (916) 123-45-67.'), ['8 (916) 123-45-67']);
  assert.deepEqual(found(phoneRecognizer, '物业联系人：王伟，手机 138 0013 8000'), ['138 0013 8000']);
  for (const text of ['reading 004512.7 kWh', 'total 1.234.56']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("our users' other languages' verbs and words for calling cue a number written in its country's own way", () => {
  for (const [text, number] of [
    ['Ligue para 912 345 678 se precisar.', '912 345 678'], ['telemóvel 961 234 567', '961 234 567'], ['Proszę zadzwoń do mnie: 601 234 567.', '601 234 567'],
    ['Chiamare Giulia al 333 1234567', '333 1234567'], ['llamar a Mari Carmen al 622.11.33.44', '622.11.33.44'], ['Liga pra Thiago no 11 91234-5678', '11 91234-5678'],
    ['Telefone fixo (21) 3456-7890', '(21) 3456-7890'], ['cel (85) 98877-6655', '(85) 98877-6655'], ['contactar Vasco pelo 933 456 789', '933 456 789'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  for (const text of ['Contador 912 345 678', 'meter reading 912 345 678 kWh', 'ligue para o ticket 2025 0304 12', 'telemetry 333 1234567']) {
    assert.deepEqual(found(phoneRecognizer, text), [], text);
  }
});

test("an international number grouped by dots throughout is a phone after its '+': \"+34.612.345.678\"", () => {
  assert.deepEqual(found(phoneRecognizer, 'vigilante – +34.612.345.678'), ['+34.612.345.678']);
  assert.deepEqual(found(phoneRecognizer, 'kontakt: +48.22.555.66.77'), ['+48.22.555.66.77']);
  assert.deepEqual(found(phoneRecognizer, 'reading +4.512.7 kWh'), []);
});

test("a number on the line after a postcode is read on its own when the two make no number: a signature's last lines", () => {
  assert.deepEqual(found(phoneRecognizer, 'Level 3, 80 Pacific Highway, North Sydney NSW 2060\n0412 345 678'), ['0412 345 678']);
  assert.deepEqual(found(phoneRecognizer, 'Southbank VIC 3006\n0423 987 654'), ['0423 987 654']);
  assert.deepEqual(found(phoneRecognizer, 'Keys 0-40\n19 March 2024'), []);
});

test("a Nigerian landline in the old plan's eight digits is a phone where its calling code is written, though libphonenumber's plan has only ten", () => {
  for (const [text, number] of [['Contact Dr Bello, Medical Director, +234 1 555 0192.', '+234 1 555 0192'], ['(their control room is +234 9 555 0133)', '+234 9 555 0133'],
    ['Escalation: +234 (0) 1 555 0199.', '+234 (0) 1 555 0199'], ['Kano office 00234 64 555 012', '00234 64 555 012']]) assert.deepEqual(found(phoneRecognizer, text), [number], text);
  // Seven digits are no Nigerian number, nor is an unwritten calling code's.
  for (const text of ['+234 1 555 019', 'ref 234 1 555 0192']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("a serial spelled out after its label, letters and digit words mixed, is no phone; nor is a P.O. box's number", () => {
  for (const text of ['the meter serial is g four seven seven eight one two oh', 'the serial on the gas meter is uh g four a zero zero nine eight seven seven one two',
    'the postal address is p o box four five five one two dash zero zero one zero zero', 'PO Box 45512-00100 Nairobi']) assert.deepEqual(found(phoneRecognizer, text), [], text);
  // Letters said right before the digits make a serial without a label too; a speaker's filler after a label is passed over.
  for (const text of ['the serial on it is uh k t eight one four four dash two two nine b and then', 'got a long number on it uh one four p zero four five five six two one',
    'the sticker says ah e m two two zero zero four five one seven', 'and the serial is uh four seven seven two nine oh one eight and the last reading']) assert.deepEqual(found(phoneRecognizer, text), [], text);
  // A letter said before a number is no serial's where a word parts them: "call b block on zero seven …".
  assert.equal(found(phoneRecognizer, 'call b block on zero seven seven zero zero nine zero zero one two three').length, 1);
});

test("the Philippines' 'CP' (cellphone) is a phone's cue", () => {
  assert.deepEqual(found(phoneRecognizer, 'the guard on duty cp no 09175552211 thanks'), ['09175552211']);
  assert.deepEqual(found(phoneRecognizer, 'CP: 0917 555 2211'), ['0917 555 2211']);
});

test("a Brazilian number in its own shape, its area code in brackets, is a phone with no cue", () => {
  for (const [text, number] of [['Ana Souza – gerente predial – (21) 95555-8810 – ana@x.com.br', '(21) 95555-8810'], ['portaria (11) 3555-0142 ramal 2', '(11) 3555-0142']])
    assert.deepEqual(found(phoneRecognizer, text), [number], text);
  // Not a valid Brazilian number (no area code 10), or not that shape.
  for (const text of ['items (10) 1234-5678', 'see (21) 9555-88']) assert.deepEqual(found(phoneRecognizer, text), [], text);
  // Its area code without brackets, a blank after it and the dash in place: "11 3062-4478".
  assert.deepEqual(found(phoneRecognizer, 'fala com a Bia na administração, 11 3062-4478 ramal 21'), ['11 3062-4478']);
  assert.deepEqual(found(phoneRecognizer, 'whats 21 98877-6655'), ['21 98877-6655']);
  for (const text of ['items 10 1234-5678', 'lotes 11 3062-44', 'range 2024 3062-4478', 'rooms 11 3062 4478']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("a tax or ID number grouped in dots with its check digits after a dash is no phone (Brazil's CPF, Colombia's NIT)", () => {
  for (const text of ['CPF 312.448.019-55 | Jungheinrich', '"nit_cliente":"805.012.447-1"', 'NIT 890.912.334-6 fijo', 'RGI 0887.441.229-3 12/02/2025',
    'Emirates ID 784-1990-2209117-6']) assert.deepEqual(found(phoneRecognizer, text), [], text);
  assert.deepEqual(found(phoneRecognizer, 'cel 412.555.0187'), ['412.555.0187']);
  assert.deepEqual(found(phoneRecognizer, 'Tel. +49 40 7890 412-0'), ['+49 40 7890 412-0']);
});

test("a shift pattern's three times of day, or its hour ranges, slashed, is no phone", () => {
  for (const text of ['24/7, 3x8hr shifts (0600/1400/2200). Headcount: 5/4/3.', 'changeover 0700/1900']) assert.deepEqual(found(phoneRecognizer, text), [], text);
  // Nor are a pattern's hour ranges, slashed, an hour's leading zero written or not: "06-14 / 14-22 / 22-06", "6-14 / 14-22 / 22-6".
  for (const text of ['Turnos: 06-14 / 14-22 / 22-06', 'Schichten 0600-1400/1400-2200 Uhr', '{"turnos":"6-14 / 14-22 / 22-6"}', 'shifts 7-15/15-23/23-7']) {
    assert.equal(redact(text).text, text, text);
  }
});

test("Mexico's and Colombia's ten-digit numbers after a cue, Spanish's 'marca al', an MSISDN, Brazil's mobile with its 9 apart", () => {
  assert.deepEqual(found(phoneRecognizer, 'si no contesta marcar a la caseta 55 5281 4400 ext. 112'), ['55 5281 4400']);
  assert.deepEqual(found(phoneRecognizer, 'Cualquier cosa me marca al 33 1555 4098'), ['33 1555 4098']);
  assert.deepEqual(found(phoneRecognizer, 'celular 310 555 2201'), ['310 555 2201']);
  assert.deepEqual(found(phoneRecognizer, '{"MSISDN":"254722908431","FirstName":"J"}'), ['254722908431']);
  assert.deepEqual(found(phoneRecognizer, 'telefone inválido: "(11) 9 8734-2201 falar"'), ['(11) 9 8734-2201']);
  // A brand is no call: "marca Otis, modelo 3300, serie 5528144001".
  for (const text of ['ascensor marca Otis modelo 3300 serie 5528144001', 'lectura 5552814400 kWh']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('numbers spoken in Spanish or Portuguese, in pairs and tens with their "y"/"e", are phone numbers', () => {
  assert.deepEqual(found(phoneRecognizer, 'y su número es treinta y tres catorce noventa y dos ochenta y siete cero cinco ahí en guadalajara'),
    ['treinta y tres catorce noventa y dos ochenta y siete cero cinco']);
  assert.deepEqual(found(phoneRecognizer, 'o celular dele é vinte e um nove nove oito sete dois três quatro um cinco'), ['vinte e um nove nove oito sete dois três quatro um cinco']);
  assert.deepEqual(found(phoneRecognizer, 'y su número es cincuenta y cinco treinta y ocho noventa y uno cero cuatro veintidós'),
    ['cincuenta y cinco treinta y ocho noventa y uno cero cuatro veintidós']);
  // Shifts, headcounts, a meter's reading after its label, and a count before its unit are no phone numbers.
  for (const text of ['son tres turnos de ocho horas de seis a catorce de catorce a veintidós y de veintidós a seis',
    'la lectura es cero cuatro cinco ocho uno dos siete', 'o medidor marca nove nove oito sete dois três quatro kilowatts',
    'cuatro guardias cinco cámaras y dos rondines']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("the plus a country code is said after is the number's: 'más cincuenta y seis …', 'mais cinco cinco …', 'più tre nove …'", () => {
  assert.deepEqual(found(phoneRecognizer, 'el número es más cincuenta y seis nueve seis dos tres uno ocho cuatro cinco cero gracias'),
    ['más cincuenta y seis nueve seis dos tres uno ocho cuatro cinco cero']);
  assert.deepEqual(found(phoneRecognizer, 'o número é mais cinco cinco um um nove oito sete seis cinco quatro três dois obrigado'),
    ['mais cinco cinco um um nove oito sete seis cinco quatro três dois']);
  assert.deepEqual(found(phoneRecognizer, 'il numero è più tre nove tre tre tre uno due tre quattro cinque sei grazie'), ['più tre nove tre tre tre uno due tre quattro cinque sei']);
  // A word that only ends as one does is no plus: "demás".
  assert.deepEqual(found(phoneRecognizer, 'los demás cinco nueve seis dos tres uno ocho cuatro cinco cero'), ['cinco nueve seis dos tres uno ocho cuatro cinco cero']);
});

test('a Canadian or Caribbean number written as one is found with no cue, as a US one is', () => {
  assert.deepEqual(found(phoneRecognizer, 'Montréal office 514 555-0162  poste 218'), ['514 555-0162']);
  assert.deepEqual(found(phoneRecognizer, 'Kingston desk (876) 555-1234 after 6'), ['(876) 555-1234']);
});

test('a phone number spoken in German, Dutch or French is found: digit by digit, and in pairs joined into one word', () => {
  for (const [text, number] of [
    ['das handy vom hausmeister ist null sechs sechs vier drei acht eins fünf fünf null zwei danke', 'null sechs sechs vier drei acht eins fünf fünf null zwei'],
    ['seine nummer ist null einundsiebzig zweiundvierzig dreißig achtzehn fünf', 'null einundsiebzig zweiundvierzig dreißig achtzehn fünf'],
    ['zijn nummer is nul zes twee vier acht een drie negen vijf zeven oké', 'nul zes twee vier acht een drie negen vijf zeven'],
    ["c'est le zéro six douze quarante-cinq trente-trois quatre-vingt-dix-huit euh il prend son service", 'zéro six douze quarante-cinq trente-trois quatre-vingt-dix-huit'],
    ['appelez le zéro quatre, soixante-dix-huit, vingt et un, septante-deux, nonante', 'zéro quatre, soixante-dix-huit, vingt et un, septante-deux, nonante'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  // A reading or a meter's number said so is no phone number.
  for (const text of ['der zählerstand ist null vier drei eins zwei sechs sieben acht', 'relevé du compteur: zéro quatre trois un deux six sept huit',
    'vier drei eins zwei sechs sieben acht kilowattstunden', 'en het was een twee drie vier vijf zes zeven uur later'])
    assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('a number followed by a quantity is found without it: "the guard house (02) 8831 4420 24 hours"', () => {
  assert.deepEqual(found(phoneRecognizer, 'the guard house (02) 8831 4420 24 hours a day'), ['(02) 8831 4420']);
  // After a word that is also an identifier's label (Tagalog's "po", a purchase order's): the bracket makes it a phone.
  assert.deepEqual(found(phoneRecognizer, 'tapos yung guard house po (02) 8831 4420 24 hours naman po sila'), ['(02) 8831 4420']);
  assert.deepEqual(found(phoneRecognizer, 'po 0288314420 raised'), []);
  // A calling code's '+' likewise: a firm's "Inc." is no incident's label.
  assert.deepEqual(found(phoneRecognizer, '— Dana, HR Compliance, Atlas Guarding Inc.\n+1 (617) 428-9051'), ['+1 (617) 428-9051']);
  assert.deepEqual(found(phoneRecognizer, 'Inc. 16174289051 closed'), []);
  assert.deepEqual(found(phoneRecognizer, 'reading 004512 7 kWh'), []);
});

test("a full international mobile number without its '+', as an SMS gateway's log writes it with no key ('OUT⇥2348034567812'); not +1's eleven digits, a meter's or a product's number no plan holds as a mobile", () => {
  const log = '2024-06-12 06:00:03\tOUT\t2348034567812\tDLVRD\tmsg_id=5f2a91\n2024-06-12 06:02:41\tIN\t919876543210\tRCVD\tmsg_id=5f2aa0';
  assert.deepEqual(found(phoneRecognizer, log), ['2348034567812', '919876543210']);
  for (const text of ['acct 14155550123 closed', 'Linky PDL 21457883129044', 'EAN 4006381333931 x 12', 'epoch 1718172003000 ms']) {
    assert.deepEqual(found(phoneRecognizer, text), [], text);
  }
});

test("a gateway's or an API's recipient and sender keys cue an international number written without its '+': to=, from=, \"wa_id\"", () => {
  assert.deepEqual(found(phoneRecognizer, 'SMSGW provider=infobip msg_id=7f33a1 to=2348031234567 status=DELIVERED'), ['2348031234567']);
  assert.deepEqual(found(phoneRecognizer, '{"contacts":[{"wa_id":"48601987345"}],"messages":[{"from":"48601987345","type":"text"}]}'), ['48601987345', '48601987345']);
  assert.deepEqual(found(phoneRecognizer, 'INBOUND sender: 447700900123 body="ok"'), ['447700900123']);
  assert.deepEqual(found(phoneRecognizer, '[smpp-tx-2] submit_sm seq=88412 src=INTAKE dst=233244551830 dcs=0'), ['233244551830']);
  // A number written as its country writes it, with its trunk '0', is cued by such a key as by a word.
  assert.deepEqual(found(phoneRecognizer, 'SEND FAIL msgid=KR20250512-000902 to=010-2937-0584 code=E3003'), ['010-2937-0584']);
  assert.deepEqual(found(phoneRecognizer, 'SEND OK to=01045827716 status=DELIVERED'), ['01045827716']);
  // A WhatsApp webhook's business number and a phone's own key, not the number's id; Swahili's "namba yake" (his or her
  // number) cues one too, not "namba" alone, which a meter's number is said with.
  assert.deepEqual(found(phoneRecognizer, '"metadata": {"display_phone_number": "966114829310", "phone_number_id": "118273645500921"}'), ['966114829310']);
  assert.deepEqual(found(phoneRecognizer, 'Supervisor ni Mary, namba yake ni 0733590217. Cleaners'), ['0733590217']);
  assert.deepEqual(found(phoneRecognizer, 'Pia tuna mita ya umeme namba 37150049812, usomaji 018 442.6 kWh'), []);
  // Keys of other things, and numbers no country's plan holds, stay.
  for (const text of ['{"from":"20240115","to":"20240131"}', 'copy from=3000123456 to=3000123499 done', 'to=1234567890123 status=OK', '{"order_id":"48601987345"}']) {
    assert.deepEqual(found(phoneRecognizer, text), [], text);
  }
});

test("Singapore's and Hong Kong's eight-digit numbers, which have no trunk '0', are phones after a cue when valid there", () => {
  assert.deepEqual(found(phoneRecognizer, 'whatsapp 9182 4471 anytime'), ['9182 4471']);
  assert.deepEqual(found(phoneRecognizer, 'call sup 9123 4587 if no show'), ['9123 4587']);
  assert.deepEqual(found(phoneRecognizer, 'Tel: 6734 2210 (office)'), ['6734 2210']);
  assert.deepEqual(found(phoneRecognizer, 'Tlf. 41 22 33 44'), ['41 22 33 44']);
  assert.deepEqual(found(phoneRecognizer, 'Ringte vaktleder Sindre tlf 912 44 087 - ingen svar'), ['912 44 087']);
  for (const text of ['call 2024 0115 re invoice', 'tel 1234 5678', 'reading 9182 4471 kWh', 'ticket no 9182 4471', 'OB number format YYYY/NNNN e.g. 2024/0381',
    'Kamstrup, nr 66013844', 'Nr. 90 123 456']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("a CSV's phone cell between a time's cell and a date's is found: a '+' after a digit and a comma starts one, a date after a comma is no decimal's", () => {
  assert.deepEqual(found(phoneRecognizer, 'ZA-1042,Lerato,Night,18:00,06:00,+27 73 118 2045'), ['+27 73 118 2045']);
  assert.deepEqual(found(phoneRecognizer, '507123456,Manvia SA,+351 916 204 887,2025-03-10'), ['+351 916 204 887']);
  assert.deepEqual(found(phoneRecognizer, 'Manvia SA,+351 21 345 6789,10/03/2025,ok'), ['+351 21 345 6789']);
  // A decimal comma's digits, and a thousands' comma, still go on a number.
  for (const text of ['reading 004 512,7 kWh', 'total 1 234 567,89 EUR', 'x 12,0161 496 0958 y']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("Singapore's and Malaysia's handphone ('hp', 'H.P.'), Chinese 'call me' (打我) and Arabic 'WhatsApp' (واتس) cue a number", () => {
  for (const [text, number] of [
    ['supervisor is uncle Ah Seng, hp 9173 4482. night shift', '9173 4482'],
    ['H.P. 010-9021-3367', '010-9021-3367'],
    ['Site IC: Mr Tan H/P: 9123 4587', '9123 4587'],
    ['有事打我 139-1742-6685 或者发邮箱', '139-1742-6685'],
    ['ابعتولي الإيصال على الواتس 01118830452', '01118830452'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  for (const text of ['pump motor 7.5 hp 1450 rpm', 'HP LaserJet 4250 on floor 3', 'hp 2024 0115 invoice']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("a Mexican mobile written with the old '1' after its calling code is a phone, no card: '+52 1 33 2048 6677'", () => {
  assert.equal(redact('Sr. Ruiz   WhatsApp +52 1 33 2048 6677').text, 'Sr. [REDACTED_NAME]   WhatsApp [REDACTED_PHONE]');
  assert.deepEqual(found(phoneRecognizer, 'cel +52 1 55 1234 5678'), ['+52 1 55 1234 5678']);
});

test("Australia's 1300 and 1800 numbers, which have no trunk '0', are phones after a cue when valid there", () => {
  assert.deepEqual(found(phoneRecognizer, 'Dock 3 alert. Call control on 1300 655 214'), ['1300 655 214']);
  assert.deepEqual(found(phoneRecognizer, 'Ph: 1800-655-214 (24/7)'), ['1800-655-214']);
  for (const text of ['Call control on 1300 and 1800', 'shift 1300-1800 call 6', 'Job 1300 655 214 closed']) assert.deepEqual(found(phoneRecognizer, text), [], text);
  // Grouped four, three and three, one needs no cue: no quantity or identifier is written so ("Phoenix Alarms, 1800 555 014").
  assert.deepEqual(found(phoneRecognizer, 'Alarm monitoring: Phoenix Alarms, 1800 555 014'), ['1800 555 014']);
  assert.deepEqual(found(phoneRecognizer, 'Phoenix Alarms 1300-655-214 (24/7)'), ['1300-655-214']);
  for (const text of ['Phoenix Alarms 1300655214', 'shifts 1300 1800 0600', 'Ref 1800 555 014']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('a phone number spoken in Italian or Swedish is found: digit by digit, and in pairs joined into one word', () => {
  for (const [text, number] of [
    ['e il cellulare tre quattro sette dodici trentotto ventuno nove grazie', 'tre quattro sette dodici trentotto ventuno nove'],
    ['hennes nummer är noll sju noll fyra fyrtiofem sextiosju åttiotvå tack', 'noll sju noll fyra fyrtiofem sextiosju åttiotvå'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  for (const text of ['la lettura del contatore è tre quattro sette dodici trentotto ventuno nove', 'sei persone, due turni, otto ore']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('a phone number spoken digit by digit in Indonesian or Malay, Turkish, Vietnamese or Hindi is found; a meter\'s number so said is not', () => {
  for (const [text, number] of [
    ['pic nya pak hendra nomornya nol delapan satu dua delapan delapan tujuh tiga empat lima enam satu eh terus', 'nol delapan satu dua delapan delapan tujuh tiga empat lima enam satu'],
    ['boleh call saya kosong satu dua lapan tujuh tiga sembilan empat satu', 'kosong satu dua lapan tujuh tiga sembilan empat satu'],
    ['numarası sıfır beş üç iki bir yedi dört sekiz dokuz altı iki tamam mı', 'sıfır beş üç iki bir yedi dört sekiz dokuz altı iki'],
    ['số của anh ấy là không chín không ba tám bảy hai năm một sáu ờ', 'không chín không ba tám bảy hai năm một sáu'],
    ['haan ji number hai nau aath saat shunya do paanch ek chaar teen chhe theek hai', 'nau aath saat shunya do paanch ek chaar teen chhe'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  for (const text of [
    'şey evet sayaç numarası um dört beş sıfır iki yedi bir sekiz',
    'bacaan meter satu dua tiga empat lima enam tujuh kilowatt',
    'tiga orang, dua shift, lima hari',
  ]) assert.deepEqual(found(phoneRecognizer, text), [], text);
  assert.equal(redact('sayaç numarası um dört beş sıfır iki yedi bir sekiz da okuma').text, 'sayaç numarası um dört beş sıfır iki yedi bir sekiz da okuma');
});

test("no phone: 'Nr.' alone labels a meter's or a delivery note's number, a spoken serial said again after a correction, a day and month before a time range", () => {
  for (const text of ['Gas is an Elster BK-G4, Nr. 0871 5532, Stand 12894,317 m³', 'LIEFERSCHEIN Nr. 8004417552', 'Cta. 07-22-118-440-01-6',
    'the serial on it is uh k a m three three nine one zero four four no wait three three nine one zero four seven',
    'Carrier tech scheduled 03/03 0900-1100']) assert.deepEqual(found(phoneRecognizer, text), [], text);
  // After a phone's word, "Nr." is the phone's: "mój nr. 601 234 567", "Tel. Nr. 0171 2345678".
  assert.deepEqual(found(phoneRecognizer, 'mój nr. 601 234 567'), ['601 234 567']);
  assert.deepEqual(found(phoneRecognizer, 'Tel. Nr. 0171 2345678'), ['0171 2345678']);
  assert.deepEqual(found(phoneRecognizer, 'call me on oh seven seven oh oh nine oh oh one two three, no wait, oh seven seven oh oh nine oh oh one two four'),
    ['oh seven seven oh oh nine oh oh one two three', 'oh seven seven oh oh nine oh oh one two four']);
});

test("no phone: a compound's 'nummer' or 'numero' labels an order's or a customer's number, as Spanish's 'medidor' and Dubai's 'Makani' do; a phone's compound is a phone's", () => {
  for (const text of ['Siivous ma–pe 6–8. Tilausnumero 7700456123. Kiitos!', 'Bestellnummer 7700456123', 'Kundennummer: 0412 345 678',
    'medidor 5501-88213 = 004512,7 kWh', 'Makani 3756194720 if the driver needs it']) assert.deepEqual(found(phoneRecognizer, text), [], text);
  for (const [text, number] of [['Telefonnummer 0171 2345678', '0171 2345678'], ['Rufnummer: 0171 2345678', '0171 2345678'],
    ['puhelinnumero 040 123 4567', '040 123 4567'], ['telefoonnummer 06 12345678', '06 12345678']] as const) {
    assert.deepEqual(found(phoneRecognizer, text), [number], text);
  }
});

test('a phone number spoken digit by digit in Norwegian or Danish, Finnish or Greek is found; a reading so said, or English, is not', () => {
  for (const [text, number] of [
    ['kontaktperson er Siv og telefon er fire en to tre tre åtte fem ni takk', 'fire en to tre tre åtte fem ni'],
    ['nummeret er to seks null syv otte fire tre en ok', 'to seks null syv otte fire tre en'],
    // Most of its words everyday ones elsewhere ("ni", "to", "fire", "null", "en"): "tre", "sju" and "fem" tell it.
    ['kontaktperson blir ingrid og hun har nummer ni to tre fire null sju en fem eller eh du kan', 'ni to tre fire null sju en fem'],
    ['hänen numero on nolla neljä nolla seitsemän kaks yks kolme kuus viis kahdeksan ja vartija', 'nolla neljä nolla seitsemän kaks yks kolme kuus viis kahdeksan'],
    ['το κινητό του είναι έξι εννιά τέσσερα τρία ένα πέντε οχτώ δύο μηδέν επτά εε και', 'έξι εννιά τέσσερα τρία ένα πέντε οχτώ δύο μηδέν επτά'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  // A speaker's correction after "nei" (no): two numbers.
  assert.deepEqual(found(phoneRecognizer, 'telefon er fire en to tre tre åtte fem ni nei fire en to tre tre åtte ni fem sorry'),
    ['fire en to tre tre åtte fem ni', 'fire en to tre tre åtte ni fem']);
  for (const text of [
    'from ten to fire en route, one to two',
    'målerstand fire en to tre tre åtte fem ni kilowattimer',
    'målernummer er sju tre fem ni null null en to nei unnskyld sju tre fem ni null null en tre og',
    'the fire is on floor two to three, en route to gate nine',
  ]) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('a phone number spoken digit by digit in Polish, Czech, Romanian, Hungarian, Swahili, Tagalog, Bengali, Russian, Ukrainian, Bulgarian, Hebrew or Arabic script is found; a reading so said is not', () => {
  for (const [text, number] of [
    ['numer do niego to sześć zero jeden dwa trzy cztery pięć sześć siedem dzięki', 'sześć zero jeden dwa trzy cztery pięć sześć siedem'],
    ['číslo je sedm tři sedm dva nula čtyři pět jedna devět a', 'sedm tři sedm dva nula čtyři pět jedna devět'],
    ['numărul meu e zero șapte doi unu trei patru cinci şase opt mersi', 'zero șapte doi unu trei patru cinci şase opt'],
    ['a számom nulla hat harminckettő tizenhét negyvenegy öt nyolc köszi', 'nulla hat harminckettő tizenhét negyvenegy öt nyolc'],
    ['namba yake ni sifuri saba mbili tatu nne tano sita saba nane asante', 'sifuri saba mbili tatu nne tano sita saba nane'],
    ['ang number ko ay zero siyam isa pito dalawa tatlo apat lima anim pito walo po', 'zero siyam isa pito dalawa tatlo apat lima anim pito walo'],
    ['amar number holo shunno ek saat dui tin char panch chhoy saat dada', 'shunno ek saat dui tin char panch chhoy saat'],
    ['мой номер ноль девять семь один два три четыре пять шесть спасибо', 'ноль девять семь один два три четыре пять шесть'],
    ['номер телефону нуль шість сім один два три чотири п’ять шість дякую', 'нуль шість сім один два три чотири п’ять шість'],
    ['номерът е нула осем осем едно две три четири пет шест благодаря', 'нула осем осем едно две три четири пет шест'],
    ['המספר שלו אפס חמש שתיים שלוש ארבע חמש שש שבע שמונה תודה', 'אפס חמש שתיים שלוש ארבע חמש שש שבע שמונה'],
    ['رقمه صفر خمسة اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية شكرا', 'صفر خمسة اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  for (const text of [
    'a mérőóra állása nulla hat harminckettő tizenhét negyvenegy öt nyolc',
    'показания счётчика ноль девять семь один два три четыре пять шесть',
    'stan licznika sześć zero jeden dwa trzy cztery pięć sześć siedem',
    'tatu, nne, tano: shifts tatu kwa siku',
  ]) assert.deepEqual(found(phoneRecognizer, text), [], text);
  // German's "hat" (has) is Hungarian's 6 only in a text with a number word only Hungarian has: not before German's "null".
  assert.deepEqual(found(phoneRecognizer, 'die Nummer hat null eins sieben eins zwei drei vier fünf sechs sieben'), ['null eins sieben eins zwei drei vier fünf sechs sieben']);
});

test('a phone number said in groups of hundreds in Polish, Czech, Turkish, Russian or Ukrainian is found; a reading, a serial or a sum so said is not', () => {
  for (const [text, number] of [
    ['mój numer to sześćset jeden dwieście trzydzieści cztery pięćset sześćdziesiąt siedem dzięki', 'sześćset jeden dwieście trzydzieści cztery pięćset sześćdziesiąt siedem'],
    ['číslo na mě je sedm set třicet sedm dvě stě čtyři pět set devatenáct a kolegyně', 'sedm set třicet sedm dvě stě čtyři pět set devatenáct'],
    ['volejte plus čtyři sta dvacet šest set tři sto dvacet tři čtyři sta padesát šest díky', 'plus čtyři sta dvacet šest set tři sto dvacet tři čtyři sta padesát šest'],
    ['numaram sıfır beş yüz otuz iki iki yüz on dört yirmi iki altmış yedi akşam', 'sıfır beş yüz otuz iki iki yüz on dört yirmi iki altmış yedi'],
    ["телефон старшого зміни нуль шістдесят сім чотириста дванадцять тридцять п'ять вісімдесят вісім звати його", "нуль шістдесят сім чотириста дванадцять тридцять п'ять вісімдесят вісім"],
    ['мой номер девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь спасибо', 'девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  for (const text of [
    'показания счётчика девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь',
    'a numer fabryczny dwadzieścia jeden zero zero cztery pięć osiem siedem to jest apator',
    'stan licznika sześćset jeden dwieście trzydzieści cztery pięćset sześćdziesiąt siedem',
    'razem dwieście pięćdziesiąt tysięcy złotych', 'trzysta osób na zmianie', 'dvě stě třicet korun',
    'we set up on one site and then set two',
  ]) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test('a phone number spoken digit by digit in Arabic written in Latin letters (Egypt, the Levant, the Gulf) is found; a meter reading so said is not', () => {
  for (const [text, number] of [
    ['nemreti sefr wahed etnein tamanya khamsa talata wahed sefr arba\'a setta sab\'a eh w el shift', 'sefr wahed etnein tamanya khamsa talata wahed sefr arba\'a setta sab\'a'],
    ['rakam el mudeer sifr sab\'a tis\'a khamse tnein arba\'a tamanye wahad talate sitte w el dawam', 'sifr sab\'a tis\'a khamse tnein arba\'a tamanye wahad talate sitte'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  assert.deepEqual(found(phoneRecognizer, 'el meter reading khamsa talata wahed sefr arba\'a setta sab\'a kilowatt'), []);
});

test("a number with its trunk '0' in more countries is a phone after a cue; Arabic's, Korean's, Vietnamese's, Turkish's and French's words for a phone cue one", () => {
  for (const [text, number] of [
    ['المسؤول عن الموقع جواله 0551234567', '0551234567'],
    ['Bina yöneticisi Emre, cep telefonu 0532 123 45 67', '0532 123 45 67'],
    ['responsable de nuit, tél. 0485/77.21.09', '0485/77.21.09'],
    ['GSM 0471 23 45 67 (Jan)', '0471 23 45 67'],
    ['anh Minh sđt 0903 123 456', '0903 123 456'],
  ]) assert.deepEqual(found(phoneRecognizer, text!), [number], text);
  for (const text of ['Ref. 0485/77.21.09', 'invoice 0532 123 45 67', 'São Paulo/SP, CEP 01414-003.']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("a number written with its calling code apart and dots between its groups is a phone: '+32 496.71.09.22', '+32 496/71.09.22'; a decimal after a calling code's shape is none", () => {
  for (const number of ['+32 496.71.09.22', '+32 496/71.09.22', '+33 6.12.34.56.78']) assert.deepEqual(found(phoneRecognizer, `GSM ${number}, nuit`), [number], number);
  for (const text of ['reading +32 004512.7 kWh', 'total 10.004 106.961']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("a name, then a comma, cues the number after it; a Nigerian or Irish mobile's shape needs no cue", () => {
  assert.deepEqual(found(phoneRecognizer, 'Maintenance: Jordi Puig, 699 555 320, jpuig@example.es'), ['699 555 320']);
  assert.deepEqual(found(phoneRecognizer, 'Deputy Tunde, him dey run night shift. 08134479021'), ['08134479021']);
  assert.deepEqual(found(phoneRecognizer, 'Pls add Aoife as backup 0834471290'), ['0834471290']);
  for (const text of ['Gate 3, 699 555 320 units', 'Invoice 08134479021 paid']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("a maker's serial in Polish ('nr fabr.', 'numer fabryczny') is an identifier, not a phone", () => {
  for (const text of ['LICZNIK GAZU   nr fabr. 0412789/2019', 'numer fabryczny 04127892019']) assert.equal(redact(text).text, text, text);
});

test("a serial's label in our users' languages ('serie', 'Seriennummer') is an identifier's, and a meter point's number is no name's ('ESB MPRN')", () => {
  // A contract's number too, in German and its compounds, Spanish, Portuguese and Italian ("Wartungsvertrag Nr. 2024/0815-33").
  for (const text of ['Medidor eléctrico Elster A1800 serie 01-208-445-77, lectura 045218,6 kWh', 'Seriennummer 0171 2345678', 'ESB MPRN 10 006 543 210 (24hr/night)',
    'Glasreinigung, Wartungsvertrag Nr. 2024/0815-33. Zugang über Tor 3', 'Vertrag Nr. 2024/0815-33', 'contrato nº 2024 0815 33']) {
    assert.equal(redact(text).text, text, text);
  }
});

test("a full stop before a line break ends a sentence: the times either side are no phone number run over two lines", () => {
  const text = 'told to wait outside gate 4 until 0600.\n0530  Handed over to the day supervisor';
  assert.equal(redact(text).text, text);
  assert.equal(redact('call me on 07700\n900111 thanks').text, 'call me on [REDACTED_PHONE] thanks');
});

test("a Brazilian postcode after its label ('CEP 07750-000') is no phone; a Turkish mobile after 'cep' still is", () => {
  for (const text of ['galpão fica na Rod. Anhanguera km 26, Cajamar - SP, CEP 07750-000, portaria 3', 'cep: 04538-133']) assert.equal(redact(text).text, text, text);
  assert.equal(redact('cep 0532 123 45 67').text, 'cep [REDACTED_PHONE]');
});

test("a meter's number after its label is no phone: a compound's meter word ('Fjernvarmemåler nr.', 'Zählernummer'), France's PDL and PRM, Portugal's 'relógio de luz nº', a freight PRO number", () => {
  for (const text of ['Fjernvarmemåler nr. 6617 2290 44, aflæsning 1.872,35 MWh', 'Zählernummer 0171 2345678', 'Compteur élec PDL 0912 4471 3368 52, dernier relevé',
    'PRM 0912 4471 3368 52', 'relógio de luz nº 8801457732, leitura 045.872 kWh', 'Carrier: FedEx Freight   PRO 2l8 883 4410']) {
    assert.deepEqual(found(phoneRecognizer, text), [], text);
  }
  // A phone's label is still a phone's: "Telefonnummer", "Handynummer", "tel. nº".
  assert.deepEqual(found(phoneRecognizer, 'Handynummer 0171 2345678'), ['0171 2345678']);
  assert.deepEqual(found(phoneRecognizer, 'tel. nº 912 345 678'), ['912 345 678']);
});

test("a national number beside one written with its calling code is read as that country's: '+351 … / 965 512 087', '+221 … au 33 869 40 12'", () => {
  assert.equal(redact('Contacto local: +351 263 409 118 / 965 512 087').text, 'Contacto local: [REDACTED_PHONE] / [REDACTED_PHONE]');
  assert.equal(redact('Responsable: Awa (+221 77 634 21 08). Facturation: voir Monsieur Fall au 33 869 40 12.').text,
    'Responsable: [REDACTED_NAME] ([REDACTED_PHONE]). Facturation: voir Monsieur [REDACTED_NAME] au [REDACTED_PHONE].');
  assert.equal(redact('Kenya office +254 722 418 309, Otieno 0733590217').text, 'Kenya office [REDACTED_PHONE], [REDACTED_NAME] [REDACTED_PHONE]');
  // Where the country dials a trunk prefix, a number without it is an article's; a tax number after its label is none; a
  // '+' before a few digits is a sum's.
  for (const [text, kept] of [['Tel. +49 30 1234567\n1  4711-033  Handtuchpapier', '4711-033'], ['Tel. +39 091 611 2548\nP.IVA 06123450829', '06123450829'],
    ['Meter 004512 reading +7 days 123 456 789', '123 456 789']] as const) {
    assert.ok(redact(text).text.includes(kept), text);
  }
});

test("a number said digit by digit in Afrikaans is a phone number", () => {
  assert.equal(redact('my selnommer is nul sewe twee drie een agt vier vier nege nul').text, 'my selnommer is [REDACTED_PHONE]');
});

test("a number written with its trunk prefix in a script's text is read as that script's country's: a Korean, a Japanese, a Thai mobile", () => {
  assert.equal(redact('야간 당직 : 김민수 주임   010-9188-4026').text, '야간 당직 : [REDACTED_NAME] 주임   [REDACTED_PHONE]');
  assert.equal(redact('전기 담당 : 변상철 기사   O1O-33O7-8l52').text, '전기 담당 : [REDACTED_NAME] 기사   [REDACTED_PHONE]');
  assert.equal(redact('携帯 090-1234-5678 までご連絡ください').text, '携帯 [REDACTED_PHONE] までご連絡ください');
  assert.equal(redact('ติดต่อ 081-234-5678 ค่ะ').text, 'ติดต่อ [REDACTED_PHONE] ค่ะ');
  // Without the trunk prefix, or in plain ASCII text, such a number is none: a postcode, an order's number.
  for (const text of ['〒105-0011 東京都港区芝公園2-4-1 にあります', 'order 010-9188-4026 shipped']) assert.equal(redact(text).text, text, text);
});

test("an identifier's label, then a utility's or an issuer's acronym, labels the number after it: 'Meter no. CEB 0412-7781', 'Cta. SACMEX 07-22-118-440-01-6'", () => {
  for (const text of ['Meter no. CEB 0412-7781, last reading 045127.', 'Cta. SACMEX 07-22-118-440-01-6']) assert.equal(redact(text).text, text, text);
  // After a phone's word or a call, an acronym is whom the number reaches.
  assert.equal(redact('Tel. DHL 0412 778 123').text, 'Tel. DHL [REDACTED_PHONE]');
  assert.equal(redact('call DHL 0412 778 123').text, 'call DHL [REDACTED_PHONE]');
});

test("a number in a text that names a town is read as that town's country writes it: a Cypriot mobile beside Limassol, a Norwegian one beside Oslo", () => {
  assert.equal(redact('the alarm co for our Limassol site is CyGuard, their tech is on 99 583 214 (v helpful)').text,
    'the alarm co for our Limassol site is CyGuard, their tech is on [REDACTED_PHONE] (v helpful)');
  assert.equal(redact('OSLO kontor: vakt 412 34 567').text, 'OSLO kontor: vakt [REDACTED_PHONE]');
  // Without the town, or where its country's plan has no such number (a Swiss meter's serial beside Zürich), none.
  for (const text of ['their tech is on 99 583 214 (v helpful)', 'Zähler Nr. 72 018 554, ZÜRICH']) assert.equal(redact(text).text, text, text);
});

test("in a text with Han characters, a mainland landline with its trunk prefix, and Hong Kong's eight digits in two groups of four", () => {
  assert.equal(redact('北京办公室 010-8765 4321').text, '北京办公室 [REDACTED_PHONE]');
  assert.equal(redact('大廈管理處 Management Office     2l8O 3366  (24 hrs)').text, '大廈管理處 Management Office     [REDACTED_PHONE]  (24 hrs)');
  assert.equal(redact('中電 CLP Power   2728-8808').text, '中電 CLP Power   [REDACTED_PHONE]');
  // No Han character, eight digits no plan has (an order's number, a quantity), or in another shape: none.
  for (const text of ['Lobby 2180 3366', '訂單號 2024 0322', '數量 1200 5600', '編號 21803366']) assert.equal(redact(text).text, text, text);
});

test("a number under an identifier's heading is none ('ID NO', 'meter_serial', 'PRO / BOL #', 'WZ / CMR'); under a phone's it is; a premise's or a waybill's label", () => {
  const register = 'DATE | NAME | ID NO | COMPANY | PHONE\n12/03/24 | visitor | 27660123 | Self | 0721 560 884';
  assert.deepEqual(found(phoneRecognizer, register), ['0721 560 884']);
  assert.deepEqual(found(phoneRecognizer, 'meter_serial\tsite\treading\n6820451933\tAE-DXB-0110\t128455'), []);
  assert.deepEqual(found(phoneRecognizer, 'DATE\tCARRIER\tPRO / BOL #\tPCS\n6/12\tUPS\t1Z 999 AA1 01 2345 6784\t2'), []);
  assert.deepEqual(found(phoneRecognizer, 'Data | Przewoźnik | WZ / CMR | Palety\n22.05 | kurier | LP 6200441882 | 1'), []);
  assert.deepEqual(found(phoneRecognizer, 'site | contact no. | kontakt nr.\nA | 0721 560 884 | 0171 2345678').sort(), ['0171 2345678', '0721 560 884']);
  assert.deepEqual(found(phoneRecognizer, 'DEWA premise no. 6820451933, last reading 128,455 kWh'), []);
});

test("a number in a space-aligned column under an identifier's heading is none ('Art.-Nr.' over '0899 700 411', 'N° série' over 'O2l 556 983'); under a phone's heading it is", () => {
  const note = 'Pos  Art.-Nr.        Bezeichnung                  Menge\n10   0899 700 411    Reinigungstücher Box         24\n20   O893 111 2      Handschuhe Nitril Gr. 9      l2 Pak';
  assert.deepEqual(found(phoneRecognizer, note), []);
  const meters = 'Bât.  Compteur        N° série         Index préc.   Index act.\nB     Électricité     O2l 556 983      O4S Il8       O46 OO2';
  assert.deepEqual(found(phoneRecognizer, meters), []);
  assert.deepEqual(found(phoneRecognizer, 'Name        Mobile          Gate\nJo Bloggs   0412 345 678    2'), ['0412 345 678']);
  // An order's item is an identifier's label in prose too.
  assert.deepEqual(found(phoneRecognizer, 'Item no. 0899 700 411, 24 boxes'), []);
});

test("a name two blanks, a dash and two blanks before a number cues it ('Wilfredo Arce  -  987 112 540'); a reading's label five blanks before its number does not", () => {
  assert.equal(redact('Supervisor de turno: Wilfredo Arce  -  987 ll2 540').text, 'Supervisor de turno: [REDACTED_NAME]  -  [REDACTED_PHONE]');
  assert.equal(redact('Energi     OO12 847,33 MWh').text, 'Energi     OO12 847,33 MWh');
});

test("a serial spelled with a phonetic word before its digits is none ('b as in bravo seven seven two …'); a name that is one ('call mike …') cues a phone", () => {
  const serial = 'and the serial is uh b as in bravo seven seven two dash four four one nine okay';
  assert.equal(redact(serial).text, serial);
  assert.equal(redact('call mike seven seven two four four one nine five five').text, 'call [REDACTED_NAME] [REDACTED_PHONE]');
});

test("a '|' table's column is found past a decimal comma in its row: a meter's number under 'Nr.' is none ('Fernwärme | 6l 774 2O1 | 88l,3 MWh')", () => {
  const readings = 'Zähler         | Nr.           | Stand alt   | Stand neu\nStrom Allg.    | 9O 123 4S6    | 0O4l1O,2    | 004512,7\nFernwärme      | 6l 774 2O1    | 88l,3 MWh   | 9O4,1 MWh';
  assert.equal(redact(readings).text, readings);
});

test("a number an error or a log quotes after a phone's word on its line is a phone, however wrong, its last lone digit kept ('could not normalize contact phone '+36 30 481 22 76 6''); a quoted reading is none", () => {
  assert.equal(redact("ValueError: invalid phone for site 12: '33 2O48 66 77'").text, "ValueError: invalid phone for site 12: '[REDACTED_PHONE]'");
  assert.equal(redact("ValueError: could not normalize contact phone '+36 30 481 22 76 6' for X").text, "ValueError: could not normalize contact phone '[REDACTED_PHONE]' for X");
  assert.equal(redact("contact.phone invalid for region PL: '+48 22 61O 44 9' (site PL-WAW-0231)").text, "contact.phone invalid for region PL: '[REDACTED_PHONE]' (site PL-WAW-0231)");
  const reading = "phone check done, meter reads '004512.7'";
  assert.equal(redact(reading).text, reading);
});

test("French said in hundreds and in tens written apart is read as its digits: 'soixante dix sept cinq cent huit trente trois quarante et un' (77 508 33 41); a price in hundreds is none", () => {
  assert.equal(redact("le numéro c'est le soixante dix sept cinq cent huit trente trois quarante et un voilà").text, "le numéro c'est le [REDACTED_PHONE] voilà");
  assert.equal(redact('mon portable zéro six quarante et un douze trente quatre cinquante six').text, 'mon portable [REDACTED_PHONE]');
  const price = 'le devis est de deux cent cinquante euros par mois';
  assert.equal(redact(price).text, price);
});

test("a second number listed after a first one its seven groups cut short is read whole: 'Tél : +237 6 77 45 12 39 / 222 20 14 58'", () => {
  assert.equal(redact('Tél : +237 6 77 45 12 39 / 222 20 14 58').text, 'Tél : [REDACTED_PHONE] / [REDACTED_PHONE]');
  assert.equal(redact('Tel: 0161 496 0000 / ref 2024/118').text, 'Tel: [REDACTED_PHONE] / ref 2024/118');
});

test("a phone number spoken digit by digit in Haitian Creole is found; its words that are other languages' ('de', 'en', 'uit', 'set') are digits only beside one of its own", () => {
  assert.deepEqual(found(phoneRecognizer, 'li ki sipèvizè a nimewo a se kat sis zewo uit twa de en nèf li travay depi sizè'), ['kat sis zewo uit twa de en nèf']);
  assert.deepEqual(found(phoneRecognizer, 'nimewo biwo a se twa senk de kat zewo uit sis sèt mèsi'), ['twa senk de kat zewo uit sis sèt']);
  for (const text of ['het komt uit de kat en de set', 'de en de kat sis uit de en de', 'set de kat en uit sis de en de']) assert.deepEqual(found(phoneRecognizer, text), [], text);
});

test("a phone number spoken digit by digit in Croatian, Serbian or Bosnian is found, in Latin letters and in Cyrillic", () => {
  assert.deepEqual(found(phoneRecognizer, 'broj mobitela mi je nula devet jedan pet četiri sedam dva osam tri šest a kolega'), ['nula devet jedan pet četiri sedam dva osam tri šest']);
  assert.deepEqual(found(phoneRecognizer, 'broj je nula sest cetiri sedam osam devet jedan dva tri hvala'), ['nula sest cetiri sedam osam devet jedan dva tri']);
  assert.deepEqual(found(phoneRecognizer, 'телефон нула шест четири седам осам девет један два три'), ['нула шест четири седам осам девет један два три']);
  assert.deepEqual(found(phoneRecognizer, 'tri radnika, sedam dana, osam sati'), []);
});

test("Korean's '번호' (number) is a phone's cue, but not in a meter's, a customer's or an order's number ('제조번호', '고객번호', '주문번호')", () => {
  assert.deepEqual(found(phoneRecognizer, '전자식 전력량계\n제조번호 2019-004471\n누적 004512.7 kWh'), []);
  assert.deepEqual(found(phoneRecognizer, '고객번호 2019-004471'), []);
  assert.deepEqual(found(phoneRecognizer, '연락처 번호 2019-004471'), ['2019-004471']);
});

test("a switchboard's 'PBX' cues a phone number; a range's and Sweden's ID06 card's label cue an identifier ('badge_range: \"040000-040999\"', 'ID06 nr: 8812 4471')", () => {
  assert.deepEqual(found(phoneRecognizer, 'PBX (502) 2331-7400   Ext. 115'), ['(502) 2331-7400']);
  assert.equal(redact('PBX (502) 2331-74OO   Ext. 115').text, 'PBX [REDACTED_PHONE]   Ext. 115');
  assert.deepEqual(found(phoneRecognizer, 'Switchboard: 020 7946 0000'), ['020 7946 0000']);
  assert.deepEqual(found(phoneRecognizer, 'badge_range: "040000-040999"'), []);
  assert.deepEqual(found(phoneRecognizer, 'ID06 nr: 8812 4471'), []);
});

test("a phone number spoken in Galician, its 'un', 'dous' and 'catro' between Spanish's and Portuguese's words, is read as Spanish's and Portuguese's are", () => {
  assert.equal(redact('o teléfono do conserxe é nove oito un catro tres dous seis cero cero, de luns a venres').text,
    'o teléfono do conserxe é [REDACTED_PHONE], de luns a venres');
  const text = 'necesitamos un guardia y dos limpiadoras tres días';
  assert.equal(redact(text).text, text);
});

test("an office's number and Arabic's 'call' (اتصلوا بـ) cue a number written without a country's format: 'w el office 01-334 219', 'اتصلوا بـ 0661234578'", () => {
  assert.equal(redact('w el office 01-334 219 ext 12, shifts men 7 la 7').text, 'w el office [REDACTED_PHONE] ext 12, shifts men 7 la 7');
  assert.equal(redact('في حالة الطوارئ اتصلوا بـ 0661234578').text, 'في حالة الطوارئ اتصلوا بـ [REDACTED_PHONE]');
  for (const text of ['office 214, level 3', 'Office hours 0800-1700']) assert.equal(redact(text).text, text, text);
});

test("a number's groups joined by dots after its calling code and a bracketed trunk zero ('+33 (0)6.12.78.84.09') are a phone's; an area code in brackets may stand before an OCR'd last group ('(604) 448 12 OO')", () => {
  assert.equal(redact("InvalidPhone: cannot parse '+33 (0)6.12.78.84.09' for FR").text, "InvalidPhone: cannot parse '[REDACTED_PHONE]' for FR");
  assert.equal(redact('PBX: (604) 448 12 OO  Ext. 221').text, 'PBX: [REDACTED_PHONE]  Ext. 221');
  for (const text of ['total 10.004 (0)106.961', 'room (12) 448 12 OO']) assert.equal(redact(text).text, text, text);
});

test("an identifier's label said in Spanish, French or German ('el medidor es …'), whose it is said between ('the meter from CAESS is …'), labels the number: no phone", () => {
  for (const text of ['El medidor de CAESS es 03-447182, última lectura 18 442 kWh.', 'the meter from CAESS is 03-447182', 'le compteur est 03-447182']) assert.equal(redact(text).text, text, text);
  assert.equal(redact('la oficina de Ana es 91 555 12 34').text, 'la oficina de [REDACTED_NAME] es [REDACTED_PHONE]');
});

test("a number glued to a label's colon in another script, a fullwidth one too ('电话：13810245567', '手机：+86 138 1024 5567'), is a phone; a version, a date or a time so glued is not", () => {
  assert.equal(redact('收货人：李文静      电话：138 lO24 5567').text, '收货人：[REDACTED_NAME]      电话：[REDACTED_PHONE]');
  assert.equal(redact('电话：13810245567').text, '电话：[REDACTED_PHONE]');
  assert.equal(redact('手机：+86 138 1024 5567').text, '手机：[REDACTED_PHONE]');
  for (const text of ['日期：2024-03-05', '时间：12:30', '金额：1200']) assert.equal(redact(text).text, text, text);
});

test("a phone's label in French, Dutch, Catalan, Slovak, Lithuanian or Greek ('Téléphone:', 'Telefoon:', 'Τηλέφωνο:') is no name, and cues the number after it", () => {
  for (const label of ['Téléphone', 'Telefoon', 'Telèfon', 'Telefón', 'Telefonas', 'Τηλέφωνο']) {
    const text = `${label}: ${label === 'Telefonas' ? '8 612 34567' : label === 'Τηλέφωνο' ? '210 123 4567' : '020 123 4567'}`;
    assert.equal(redact(text).text, `${label}: [REDACTED_PHONE]`, text);
  }
});

test("a phone number spoken digit by digit in Latvian is found ('divi seši četri astoņi nulle trīs viens pieci'); a street's number said in words is not", () => {
  assert.match(redact('kontaktpersona ir Jānis telefons ir divi seši četri astoņi nulle trīs viens pieci').text, /telefons ir \[REDACTED_PHONE\]$/);
  const text = 'objekts ir krišjāņa barona ielā trīsdesmit divi';
  assert.equal(redact(text).text, text);
});

test("a phone number spoken digit by digit in Persian in Latin letters is found ('sefr noh yek do se shesh …'); Spanish's 'se' is no digit", () => {
  assert.equal(redact('shomare-ye mobile-eshun sefr noh yek do se shesh hasht panj noh chahar haft hast az saat-e hasht').text,
    'shomare-ye mobile-eshun [REDACTED_PHONE] hast az saat-e hasht');
  const text = 'se habla español, se vende casa, se alquila';
  assert.equal(redact(text).text, text);
});

test("a Romanian meter's number under or after its label 'Nr. contor' is no phone; a number after 'sunați la' (call) is", () => {
  const sheet = `Ap.   Nr. contor     Tip             Index ant.   Index act.   Dif.
l2    O9l 44827      Elster BK-G4    OO2l33       OO2l8O       47
l3    O9l 44828      Elster BK-G4    OOl9O2       OOl9S1       49`;
  assert.equal(redact(sheet).text, sheet);
  assert.equal(redact('contor 0721 234 567').text, 'contor 0721 234 567');
  assert.equal(redact('sunați la 0721 234 567').text, 'sunați la [REDACTED_PHONE]');
});

test("a number after Icelandic's 'sími' or 'síma', Finnish's 'puh.' or Hungarian's 'Telefonszám' is a phone, seven digits too; a reading after no cue is not", () => {
  assert.equal(redact('Næturvörður er á vakt, sími 862 4417. Ef brunaviðvörun fer í gang').text, 'Næturvörður er á vakt, sími [REDACTED_PHONE]. Ef brunaviðvörun fer í gang');
  assert.equal(redact('hringið í síma 862 4417').text, 'hringið í síma [REDACTED_PHONE]');
  assert.equal(redact('puh. 040 123 4567').text, 'puh. [REDACTED_PHONE]');
  assert.equal(redact('Telefonszám: 06 30 123 4567').text, 'Telefonszám: [REDACTED_PHONE]');
  assert.equal(redact('meter reading 862 4417 kWh').text, 'meter reading 862 4417 kWh');
});
