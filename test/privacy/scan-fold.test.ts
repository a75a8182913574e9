import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldForScan } from '../../src/privacy/scan-fold.ts';
import { redact } from '../../src/privacy/redactor.ts';
import { profileText } from '../../src/privacy/text-profile.ts';

test('fullwidth forms, no-break spaces and OCR letters among digits are folded for the scan, the text redacted as written', () => {
  assert.equal(redact('email lucie.dubois＠orange.fr today').text, 'email [REDACTED_EMAIL] today');
  assert.equal(redact('携帯 ０９０－１２３４－５６７８').text, '携帯 [REDACTED_PHONE]');
  assert.equal(redact('card 4917\u00a04820\u00a01234\u00a05678 on file').text, 'card [REDACTED_CC] on file');
  assert.equal(redact('SSN 452–81–6630').text, 'SSN [REDACTED_SSN]');
  assert.equal(redact('Tel +44 2O 7946 O321 (OCR)').text, 'Tel [REDACTED_PHONE] (OCR)');
  assert.equal(redact('call 0l71 234 5678').text, 'call [REDACTED_PHONE]');
});

test('words are not folded: O2, CO2, I, lol and a name with a zero stay as written', () => {
  assert.equal(foldForScan('O2 store, CO2 2O ppm, I 2 lol'), '02 store, CO2 20 ppm, I 2 lol');
  for (const text of ['the O2 arena', 'CO2 level 400 ppm', 'Room 1O1 at 10:00–12:00']) assert.equal(redact(text).text, text, text);
});

test('property: folding keeps the length, and the profile says when a text needs it', () => {
  const pieces = fc.constantFrom('0', '7', ' ', 'O', 'o', 'l', 'I', 'S', 'B', 'a', '(', ')', '\u00b7', '\u00a0', '＠', '１', '٥', '۷', '५', '৭', '–', '-', '.', 'x', 'K', 'R', '七', '幺', '공', '이', '楼');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
    const folded = foldForScan(text);
    assert.equal(folded.length, text.length);
    if (folded !== text) assert.ok(profileText(text).needsFold, JSON.stringify(text));
  }), { numRuns: 3000 });
});

test("OCR's S for a 5 and B for an 8 right after a digit, in a word of digits, are read as 5 and 8: '4S', '5S5', '9B7'", () => {
  assert.equal(foldForScan('06 7l 23 4S 88 | 1S8 0l93'), '06 71 23 45 88 | 158 0193');
  assert.equal(redact('Port. : 06 7l 23 4S 88').text, 'Port. : [REDACTED_PHONE]');
  assert.equal(redact('Tel: +90 216 5S5 1O 1O').text, 'Tel: [REDACTED_PHONE]');
  // Before OCR's letter for a digit and a digit, too: "2SO5-8840", "(11) 9 8Sl2-4407".
  assert.equal(foldForScan('2SO5-8840 | (11) 9 8Sl2-4407'), '2505-8840 | (11) 9 8512-4407');
  assert.equal(redact('Zelador: Sr. Edivaldo Rocha - (11) 9 8Sl2-4407').text, 'Zelador: Sr. [REDACTED_NAME] - [REDACTED_PHONE]');
  // After OCR's letter for a digit, too.
  assert.equal(redact('Tech: Cody     Cell 6lS.594.22O8').text, 'Tech: [REDACTED_NAME]     Cell [REDACTED_PHONE]');
  // An S first or before a letter is a word's: a basement, a size, a model.
  for (const text of ['Basement S1 and S2', 'Galaxy S21', 'sizes 4SL and XS', '3Sixty Facilities']) assert.equal(foldForScan(text), text, text);
  // A B likewise for an 8: "9B7", "+39 33B 774 1O29"; first in a word, or before a letter (a flat's, a postcode's), a word's.
  assert.equal(foldForScan('6O1 9B7 442 | +39 33B 774 1O29'), '601 987 442 | +39 338 774 1029');
  assert.equal(redact('kom. 6O1 9B7 442').text, 'kom. [REDACTED_PHONE]');
  for (const text of ['Block B2, flat 3BA', 'London EC1A 1BB', 'ward B12']) assert.equal(foldForScan(text), text, text);
  // A B with no digit after it is a flat's or a gate's, and the profile marks no such text for folding (a second profile each).
  for (const text of ['Flat 4B, Gate 2B.', 'Unit 12B (rear)']) {
    assert.equal(foldForScan(text), text, text);
    assert.equal(profileText(text).needsFold, false, text);
  }
});

test("OCR's S or B first in a group of digits after another group is a 5 or an 8: '7l3-S08-2291', '06 B8 47 12 O3'", () => {
  assert.equal(foldForScan('7l3-S08-2291 | 438.S91.22O7 | 06 6l 72 S0 34 | 06 B8 47 12 O3 | 21O 723 B854'),
    '713-508-2291 | 438.591.2207 | 06 61 72 50 34 | 06 88 47 12 03 | 210 723 8854');
  assert.equal(redact('Supervisora: Sra. Ortiz    Tel. 7l3-S08-2291').text, 'Supervisora: Sra. [REDACTED_NAME]    Tel. [REDACTED_PHONE]');
  assert.equal(redact('Cell. : 438.S91.22O7').text, 'Cell. : [REDACTED_PHONE]');
  assert.equal(redact('GSM : 06 6l 72 S0 34').text, 'GSM : [REDACTED_PHONE]');
  // Two of them after a dash or a dot: "SS2" is 552.
  assert.equal(foldForScan('tel Ol6-SS2 9Ol3.'), 'tel 016-552 9013.');
  assert.equal(redact('Pemandu tel Ol6-SS2 9Ol3.').text, 'Pemandu tel [REDACTED_PHONE].');
  // Not after a single digit, not before a letter, not first in a text or after a word: a block's, a basement's, a model's.
  for (const text of ['Block 4 B12', 'Level 12 B2A', 'Basement S1 and S2', 'Galaxy S21', 'gate 12 SB1', 'gate 12 SS1']) {
    assert.equal(foldForScan(text), text, text);
  }
  for (const text of ['Block 4 B12', 'Flat 12 Bx']) assert.equal(profileText(text).needsFold, false, text);
});

test("OCR's misreads a phone number's group holds: '5SS', '2Bl', '(S33)', '0 S05', 'OlO 2845', 'll 3O6l-8840', '6748·2O15'", () => {
  // S's and B's after a digit, one after another or before OCR's l; a bracketed area code's S; a group's S after a lone trunk 0.
  assert.equal(foldForScan('+962 79 5SS 0187 | +39 347 2Bl 6604'), '+962 79 555 0187 | +39 347 281 6604');
  assert.equal(foldForScan('0 (S33) 61O 92 47 | 0 S05 88l 40 12'), '0 (533) 610 92 47 | 0 505 881 40 12');
  // A word of three such letters, an O first, or "ll", before two groups of digits: a trunk's or an area code's "010", "11".
  assert.equal(foldForScan('OlO 2845 7713 | ll 3O6l-8840'), '010 2845 7713 | 11 3061-8840');
  // A middle dot between digits parts a number's groups as a dot does.
  assert.equal(foldForScan('+507 6748·2O15'), '+507 6748.2015');
  assert.equal(redact('Tel: +962 79 5SS 0187').text, 'Tel: [REDACTED_PHONE]');
  assert.equal(redact('Mob +39 347 2Bl 6604').text, 'Mob [REDACTED_PHONE]');
  assert.equal(redact("raw='0 (S32) 418 77 O5' phone").text, "raw='[REDACTED_PHONE]' phone");
  assert.equal(redact('T. 0 S05 88l 40 12').text, 'T. [REDACTED_PHONE]');
  assert.equal(redact('Eng. Hany, tel OlO 2845 7713').text, 'Eng. [REDACTED_NAME], tel [REDACTED_PHONE]');
  assert.equal(redact('Cel: ll 3O6l-8840').text, 'Cel: [REDACTED_PHONE]');
  assert.equal(redact('C. +507 6748·2O15').text, 'C. [REDACTED_PHONE]');
  // Words stay: a size, a model, a basement in brackets, Italian's and Spanish's "il", "lo", oil, a Catalan "l·l".
  for (const text of ['sizes 4SL and XS', 'Zone (S1) and (B12)', 'il 2845 7713', 'lo 2845 7713', 'OIL 2845 litres', 'col·lecció 2024', 'Level 0 S1']) {
    assert.equal(foldForScan(text), text, text);
  }
});

test('Chinese and Korean numerals, seven or more in a run, are read as digits: a phone number said or written so', () => {
  assert.equal(foldForScan('电话是 幺三八 二六五四 七七零九 对'), '电话是 138 2654 7709 对');
  assert.equal(redact('物业经理 电话是 幺三八 二六五四 七七零九 对 嗯').text, '物业经理 电话是 [REDACTED_PHONE] 对 嗯');
  assert.equal(redact('번호는 공일공 칠칠팔삼 이공일구 이고 음 현장은').text, '번호는 [REDACTED_PHONE] 이고 음 현장은');
  // Fewer in a run are words: "一二三" (one two three), "이사" (a director), "오일" (oil).
  for (const text of ['一二三楼', '이사님 오일 교체', '第一 第二 第三']) {
    assert.equal(foldForScan(text), text, text);
    assert.equal(profileText(text).needsFold, false, text);
  }
});

test("OCR's letters alone between two groups of digits are a group: '+4l 44 268 ll 4O', '+90 212 3S6 OO 18'", () => {
  assert.equal(foldForScan('+4l 44 268 ll 4O | +90 212 3S6 OO 18'), '+41 44 268 11 40 | +90 212 356 00 18');
  assert.equal(redact('Tel: +4l 44 268 ll 4O').text, 'Tel: [REDACTED_PHONE]');
  // A meter's number so read stays a meter's: a compound's "nr" is an identifier's label ("Målernr"), not a contact's name.
  assert.equal(redact('Målernr: 7 O 1 2 3 4 5 6').text, 'Målernr: 7 O 1 2 3 4 5 6');
  assert.equal(redact('Telefonnr: 0171 234 5678').text, 'Telefonnr: [REDACTED_PHONE]');
  // Not a word among words, nor one beside a single number.
  for (const text of ['floors 2 I 3', 'at 5 I will call', 'gate 4 IO panel', 'Block O 12']) assert.equal(foldForScan(text), text.replace('2 I 3', '2 1 3'), text);
});

test("three of OCR's letters after a calling code, before a group of digits, are a mobile's prefix: '+2O lOO 482 7731'", () => {
  assert.equal(foldForScan('M: +2O lOO 482 7731 | +20 lOO 482 7731'), 'M: +20 100 482 7731 | +20 100 482 7731');
  // The profile marks it for folding with nothing else to fold.
  assert.equal(redact('M: +20 lOO 482 7731').text, 'M: [REDACTED_PHONE]');
  // Not after a word's '+', nor before a word.
  for (const text of ['a+20 lOO 482', '+20 lOO units', 'route 20 lOO 482']) assert.equal(foldForScan(text), text, text);
});

test("OCR's two letters alone as a number's last group, after groups of digits, are that group: '+41 44 8S3 21 OO', '+47 22 98 41 OO'", () => {
  assert.equal(foldForScan('Kone (Schweiz)  +41 44 8S3 21 OO  Aufzug 4'), 'Kone (Schweiz)  +41 44 853 21 00  Aufzug 4');
  assert.equal(redact('Mob:  +47 22 98 41 OO').text, 'Mob:  [REDACTED_PHONE]');
  // After a single number, or before a letter, they are a word's.
  for (const text of ['Room 12 OO', 'gate 4 IO panel', 'lvl 2 12 Ol']) assert.equal(foldForScan(text), text, text);
});

test("OCR's letters beside a bracket or dash next to a digit: a trunk zero '(O)', a country code 'l-'", () => {
  assert.equal(redact('Tel +44 (O)113 897 6279 Company: DHL').text, 'Tel [REDACTED_PHONE] Company: DHL');
  assert.equal(redact('Tel l-602-824-6718 Badge C-654').text, 'Tel [REDACTED_PHONE] Badge C-654');
  for (const text of ['Block O-12 is closed', 'Zone (I) and Zone (II)']) assert.equal(redact(text).text, text, text);
});

test("OCR's 0 and 1 in a word of four letters or more, a letter last, are read as O and l or I: 'CHIDI 0KAFOR', 'R0CHA', 'Brandi Ke11er'", () => {
  assert.equal(foldForScan('CHIDI 0KAFOR | Ke11er | R0CHA'), 'CHIDI OKAFOR | Keller | ROCHA');
  // A 0 first before lower-case letters is a capital O: "Tunde 0gunleye".
  assert.equal(foldForScan('Tunde 0gunleye | 0lusegun'), 'Tunde Ogunleye | Olusegun');
  assert.equal(redact('NAME | FIRM\nTunde 0gunleye | Screwfix').text, 'NAME | FIRM\n[REDACTED_NAME] | Screwfix');
  assert.equal(redact('Visitor: CHIDI 0KAFOR').text, 'Visitor: [REDACTED_NAME]');
  assert.equal(redact('NAME | FIRM\nBrandi Ke11er | Acme').text, 'NAME | FIRM\n[REDACTED_NAME] | Acme');
  // A serial, a room or a model keeps its digits: fewer letters, or other digits too.
  for (const word of ['KS01A', 'E17UP04429', 'RM101', 'B1', 'SN0412', 'MK10E', 'AHU01', 'GATE1', 'Room10', 'LEVEL0']) assert.equal(foldForScan(word), word, word);
});

test("OCR's 0 in a word of three letters and one digit, one letter no hex digit, is read as O: 'T0re', 'QU0C'; an IPv6 group and a code keep theirs", () => {
  assert.equal(foldForScan('T0re Lunde | TRAN QU0C BAO'), 'Tore Lunde | TRAN QUOC BAO');
  assert.equal(redact('Man-Fre 19-07 : Ola Berg / T0re Lunde').text, 'Man-Fre 19-07 : [REDACTED_NAME] / [REDACTED_NAME]');
  // Hex letters only are an IPv6 address's group; two digits, or a digit last, a code's.
  for (const word of ['e5ff', 'd0ae', 'D0AE', 'c0de', 'RM10', 'K01A', 'AB10']) assert.equal(foldForScan(word), word, word);
  assert.equal(redact('NVR at 2001:db8:dadb::c4b2:e5ff and fe80::d0ae:1').text, 'NVR at [REDACTED_IP] and [REDACTED_IP]');
});

test("OCR's digits in a word beyond 0 and 1 inside it: a 0 last ('ALESSANDR0'), a 4 or a 5 between letters ('R4HUL'), accented words ('M0ntalvão'), an Irish O ('0'NEILL')", () => {
  // A 0 last in a word in capitals that is no English word, or a name with its O, is OCR's O.
  assert.equal(foldForScan('C0NTI ALESSANDR0 | Mrs BELL0 | TREJ0 | GATE0 | FLOOR0'), 'CONTI ALESSANDRO | Mrs BELLO | TREJO | GATE0 | FLOOR0');
  // A 4 or a 5 between two letters, one no OCR digit's, is OCR's A or S; a code's or a number's stays.
  assert.equal(foldForScan('R4HUL SINGH | Jo5eph | 4BAY | SN45 | O5OOhrs'), 'RAHUL SINGH | Joseph | 4BAY | SN45 | O5OOhrs');
  // In a word with Latin's accented letters too.
  assert.equal(foldForScan('Rececionado por: Sandra M0ntalvão'), 'Rececionado por: Sandra Montalvão');
  // An Irish surname's O before its apostrophe; a number's 0 before one stays.
  assert.equal(foldForScan("c1are 0'NEILL | Sean 0'Brien | room 0's"), "clare O'NEILL | Sean O'Brien | room 0's");
  assert.equal(redact("Visitor: Sean 0'Brien").text, 'Visitor: [REDACTED_NAME]');
  assert.equal(redact('Page 3, row 14 name came out as "R4HUL SINGH"').text, 'Page 3, row 14 name came out as "[REDACTED_NAME]"');
});

test("OCR's l for I in a word in capitals is read as I: 'TOMASZ GRABOWSKl', 'JAVlER SOTO'", () => {
  assert.equal(foldForScan('GRABOWSKl | JAVlER | lSABEL | Kowal | HTML'), 'GRABOWSKI | JAVIER | ISABEL | Kowal | HTML');
  assert.equal(redact('Kierownik obiektu: TOMASZ GRABOWSKl        podpis nieczytelny').text, 'Kierownik obiektu: [REDACTED_NAME]        podpis nieczytelny');
  // A capital past ASCII in the word too: "BABlĆ".
  assert.equal(foldForScan('MARKO BABlĆ | ŽIVKOVlĆ'), 'MARKO BABIĆ | ŽIVKOVIĆ');
  assert.equal(redact('Visitor: JAVlER SOTO').text, 'Visitor: [REDACTED_NAME]');
  // Not in a word of fewer capitals, or with other lower-case letters: "OKl", "Wel", "McDONAlD" stay as written.
  assert.equal(foldForScan('OKl Wel McDONAlD'), 'OKl Wel McDONAlD');
});

test("Arabic-Indic and Eastern Arabic-Indic digits are read as digits: a Gulf mobile written '٠٥٥ ٤١٨ ٢٢٩٠', an Urdu one '۰۳۰۰ ۱۲۳۴۵۶۷'", () => {
  assert.equal(foldForScan('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹'), '0123456789 0123456789');
  assert.equal(redact('المشرف جواله ٠٥٥ ٤١٨ ٢٢٩٠ شكرا').text, 'المشرف جواله [REDACTED_PHONE] شكرا');
  assert.equal(redact('الجوال: ٠٥٠٣٢١٧٧٤٨').text, 'الجوال: [REDACTED_PHONE]');
  assert.equal(redact('mobile ۰۳۰۰ ۱۲۳۴۵۶۷').text, 'mobile [REDACTED_PHONE]');
  // Devanagari and Bengali digits likewise.
  assert.equal(foldForScan('०१२३४५६७८९ ০১২৩৪৫৬৭৮৯'), '0123456789 0123456789');
  assert.equal(redact('মোবাইল: ০১৭১১-৩৪৫৬৭৮').text, 'মোবাইল: [REDACTED_PHONE]');
  // A date, a time and a count in those digits stay, as they would in ASCII ones.
  for (const text of ['التاريخ: ١٤٤٥/٠٨/١٢ هـ', 'من الساعة ٦ مساءً إلى ٦ صباحاً، البوابة رقم ٤', 'الدخول ٩:١٠ الخروج ١١:٤٠']) assert.equal(redact(text).text, text, text);
});

test("OCR's l for a capital I first in a word, before a consonant no word starts with after an l, is read as I: 'Salma ldrissi', 'lbrahim'", () => {
  assert.equal(foldForScan('Salma ldrissi, lbrahim Musa'), 'Salma Idrissi, Ibrahim Musa');
  assert.equal(redact('Salma ldrissi called about the keys').text, '[REDACTED_NAME] called about the keys');
  // Three letters ("lbs"), an l before a vowel, r, l or y ("late", "lrf", "llama", "lymph") are words as written.
  for (const text of ['3 lbs of salt', 'late llama lymph lrf']) assert.equal(foldForScan(text), text, text);
});

test("OCR's letters for an area code in brackets ('(ll) 9 7l88-2043') and a B last in a number's last group ('O1O/23 45 3B', 'O9l7 334 56B') are read as digits", () => {
  assert.equal(foldForScan('tel (ll) 9 7l88-2043'), 'tel (11) 9 7188-2043');
  assert.equal(foldForScan('Tél. : O1O/23 45 3B | O9l7 334 56B'), 'Tél. : 010/23 45 38 | 0917 334 568');
  assert.equal(redact('motorista informou tel (ll) 9 7l88-2043, aguardou no pátio').text, 'motorista informou tel [REDACTED_PHONE], aguardou no pátio');
  assert.equal(redact('kontakt údržba O9l7 334 56B').text, 'kontakt údržba [REDACTED_PHONE]');
  // A Roman two in brackets, a flat's or a dock's letter after a word's number, stay.
  for (const text of ['Zone (II) 3', 'Flat 3B, Block 12 14B', 'Gate 2 Dock 14 3B']) assert.equal(foldForScan(text), text, text);
});

test("OCR's O for a trunk's zero in brackets after a calling code is read as 0 ('+44 (O) 141 496 O233'); a list's '(O)' is left", () => {
  assert.equal(foldForScan('Emergency contact: +44 (O) 141 496 O233'), 'Emergency contact: +44 (0) 141 496 0233');
  assert.equal(redact('Emergency contact: +44 (O) 141 496 O233').text, 'Emergency contact: [REDACTED_PHONE]');
  assert.equal(foldForScan('Option 2 (O) 3 items'), 'Option 2 (O) 3 items');
});
