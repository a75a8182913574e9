import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { emailRecognizer, WRITTEN_EMAIL } from '../../../src/privacy/recognizers/email.ts';
import { redact } from '../../../src/privacy/redactor.ts';
import { found } from './recognizer-cases.ts';

test('an address whose local part or domain has non-ASCII letters is found whole', () => {
  assert.deepEqual(found(emailRecognizer, 'mail jürgen.müller@firma.de today'), ['jürgen.müller@firma.de']);
  assert.deepEqual(found(emailRecognizer, 'cc anna-lena.schröder@bäckerei-süd.de'), ['anna-lena.schröder@bäckerei-süd.de']);
});

test("a mail header's message identifier is no address; the sender's and the addresses elsewhere in brackets are", () => {
  const headers = 'From: Kenji Moriyama <k.moriyama@hoshino-fm.co.jp>\nMessage-ID: <20240326170355.4412@mail.hoshino-fm.co.jp>\nIn-Reply-To: <abc.123@mail.example.com>\nSubject: 契約';
  assert.deepEqual(found(emailRecognizer, headers), ['k.moriyama@hoshino-fm.co.jp']);
  assert.deepEqual(found(emailRecognizer, 'reply to <ops@example.com> or see Message-ID below'), ['ops@example.com']);
});

test('finds written emails, including upper-case OCR and plus tags', () => {
  assert.deepEqual(found(emailRecognizer, 'Contact me at john.doe@example.com for details'), ['john.doe@example.com']);
  assert.deepEqual(found(emailRecognizer, 'INVOICES: J.SMITH@APEXFM.CO.UK'), ['J.SMITH@APEXFM.CO.UK']);
  assert.deepEqual(found(emailRecognizer, 'cc ops+site3@corp.example.org.'), ['ops+site3@corp.example.org']);
});

test('finds emails spoken in transcripts without eating the words before', () => {
  assert.deepEqual(found(emailRecognizer, 'my email is sam dot reed at gmail dot com thanks'), ['sam dot reed at gmail dot com']);
  // Speech runs a two-word domain together as two words ("acmefm.co.uk").
  assert.deepEqual(found(emailRecognizer, 'her email is sharon dot oconnor at acme fm dot co dot uk'), ['sharon dot oconnor at acme fm dot co dot uk']);
  assert.deepEqual(found(emailRecognizer, 'we meet at the gate dot then walk to reception'), []);
});

test('a spoken address whose local part ends in number words, or is said as two words, is found whole', () => {
  assert.deepEqual(found(emailRecognizer, "it's priya underscore ramanathan eighty six at gmail dot com"), ['priya underscore ramanathan eighty six at gmail dot com']);
  assert.deepEqual(found(emailRecognizer, 'rajesh dot kumar eighty four at yahoo dot in'), ['rajesh dot kumar eighty four at yahoo dot in']);
  assert.deepEqual(found(emailRecognizer, "it's john smith at gmail dot com no spaces"), ['john smith at gmail dot com']);
  assert.deepEqual(found(emailRecognizer, "it's s kowalski at wp dot pl"), ['s kowalski at wp dot pl']);
  assert.deepEqual(found(emailRecognizer, 'my email is sam at gmail dot com'), ['sam at gmail dot com']);
});

test('an address whose "@" is said as "at" but whose dots are written is found, when its local part or a cue says e-mail', () => {
  assert.deepEqual(found(emailRecognizer, 'Email me at john.smith at gmail.com'), ['john.smith at gmail.com']);
  assert.deepEqual(found(emailRecognizer, 'reach me on j_okafor84 at yahoo.co.uk thanks'), ['j_okafor84 at yahoo.co.uk']);
  assert.deepEqual(found(emailRecognizer, 'my email is priya at outlook.com'), ['priya at outlook.com']);
  assert.deepEqual(found(emailRecognizer, 'e-mail: Tomasz AT wp.pl'), ['Tomasz AT wp.pl']);
  // Plain words before "at" a web address are no address, nor is a version.
  for (const text of ['we meet at site.com reception', 'the brochure is at acme.co.uk', 'details at docs.example.com', 'v2.1 at acme.com', 'logged 3 at example.com']) {
    assert.deepEqual(found(emailRecognizer, text), [], text);
  }
});

test('finds emails written to dodge harvesters, "at" and "dot" in brackets', () => {
  assert.deepEqual(found(emailRecognizer, 'contact john [at] example [dot] com'), ['john [at] example [dot] com']);
  assert.deepEqual(found(emailRecognizer, 'email john(at)example.co.uk please'), ['john(at)example.co.uk']);
  assert.deepEqual(found(emailRecognizer, 'J.SMITH { AT } ACME { DOT } CO { DOT } UK'), ['J.SMITH { AT } ACME { DOT } CO { DOT } UK']);
});

test('finds emails typed with a blank beside the "@", dots written or said', () => {
  assert.deepEqual(found(emailRecognizer, 'mail jo @ example.com today'), ['jo @ example.com']);
  assert.deepEqual(found(emailRecognizer, 'mail jo@ example.co.uk'), ['jo@ example.co.uk']);
  assert.deepEqual(found(emailRecognizer, 'write to jo @ example dot com'), ['jo @ example dot com']);
  assert.deepEqual(found(emailRecognizer, 'jo [at] example dot co dot uk please'), ['jo [at] example dot co dot uk']);
});

test('leaves look-alikes alone', () => {
  for (const text of ['meet at gate 2 at 06:00', 'price @ 4.50 each', 'user@localhost', 'the dot matrix at reception', 'meet (at) 6pm', 'see [at] gate', 'meet @ 14:00', 'ping me @ reception', 'price @ 4.50 each']) {
    assert.deepEqual(found(emailRecognizer, text), [], text);
  }
});

test('property: the scan started near each "@" finds what a scan of every offset finds', () => {
  const emailish = fc.string({ maxLength: 120, unit: fc.constantFrom(...'aZ09._%+\'-@@.. xy.comüß'.split(''), 'a'.repeat(70), '@ex.org', ' ') });
  fc.assert(fc.property(emailish, (text) => {
    const reference: string[] = [];
    const everyOffset = new RegExp(WRITTEN_EMAIL.source, WRITTEN_EMAIL.flags);
    for (let match = everyOffset.exec(text); match !== null; match = everyOffset.exec(text)) if (!match[0].includes('..')) reference.push(match[0]);
    // Written addresses: the loosely typed ones have a blank beside their '@', and an OCR-garbled one ("a@ex.org.c0") is
    // no WRITTEN_EMAIL match whole.
    const writtenWhole = new RegExp(`^(?:${WRITTEN_EMAIL.source})$`, 'u');
    const written = emailRecognizer.detect(text).map((span) => text.slice(span.start, span.end)).filter((value) => value.includes('@') && !/\s/.test(value) && writtenWhole.test(value));
    assert.deepEqual(written, reference);
  }), { numRuns: 2000 });
});

test('a spoken address whose local part is spelled out letter by letter is found whole', () => {
  assert.deepEqual(found(emailRecognizer, 'my email is b o g d a n at gmail dot com'), ['b o g d a n at gmail dot com']);
  assert.deepEqual(found(emailRecognizer, "it's k dot o k a f o r at outlook dot com"), ['k dot o k a f o r at outlook dot com']);
  assert.deepEqual(found(emailRecognizer, 'blocks a b and c: email ops at acme dot com'), ['ops at acme dot com']);
  // An apostrophe said or written in the local part: "o apostrophe brien", "o'brien".
  assert.deepEqual(found(emailRecognizer, 'my email address is j dot o apostrophe brien at eircom dot net'), ['j dot o apostrophe brien at eircom dot net']);
  assert.deepEqual(found(emailRecognizer, "it's sean dot o'brien at eircom dot net"), ["sean dot o'brien at eircom dot net"]);
});

test('an address OCR garbled (a comma or a spaced dot in its domain, a zero or one in its ending) is found whole', () => {
  assert.equal(redact('| ADEBAYO | adebayo.o@gmail,com | 0712 |').text.includes('gmail'), false);
  assert.equal(redact('e-mail k.wojcik@sentinelfm .co.uk').text, 'e-mail [REDACTED_EMAIL]');
  assert.equal(redact('EMAIL k.wojcik@gmail.c0m').text, 'EMAIL [REDACTED_EMAIL]');
  assert.equal(redact('email adebayo.o@yahoo.co,uk').text, 'email [REDACTED_EMAIL]');
  // An '@' and the words after it are no address.
  for (const text of ['ping me@home, later', 'meet @ 14:05, gate 2', 'email me@work, co-worker']) assert.equal(redact(text).text, text, text);
});

test('an Indian English "at the rate of" for the "@" of a spoken address', () => {
  assert.deepEqual(found(emailRecognizer, 'email is like vikram dot s at the rate of infosys dot com'), ['vikram dot s at the rate of infosys dot com']);
  assert.deepEqual(found(emailRecognizer, 'mail anil at the rate gmail dot com'), ['anil at the rate gmail dot com']);
});

test('a spoken address whose domain says "dash" or "hyphen", or whose country ending is spelled out ("dot n l")', () => {
  assert.deepEqual(found(emailRecognizer, 'my email is nadia dot rahman at zurich dash survey dot co dot uk thanks'), ['nadia dot rahman at zurich dash survey dot co dot uk']);
  assert.deepEqual(found(emailRecognizer, 'his email is p dot devries at biolab dot n l um'), ['p dot devries at biolab dot n l']);
  assert.deepEqual(found(emailRecognizer, 'write to camille dot dubois at orion hyphen analytics dot io'), ['camille dot dubois at orion hyphen analytics dot io']);
  assert.deepEqual(found(emailRecognizer, 'we meet at gate two dot then walk to reception'), []);
});

test("a spoken address may end in any country's domain our users are in: Kenya's, the Philippines', Brazil's, New Zealand's", () => {
  for (const [text, address] of [
    ['and my email is k dot mwangi at savannahfm dot co dot ke', 'k dot mwangi at savannahfm dot co dot ke'],
    ['email me at rommel dot cruz at makati dot com dot ph', 'rommel dot cruz at makati dot com dot ph'],
    ['o email é ana dot lima at predial dot com dot br', 'ana dot lima at predial dot com dot br'],
    ['it is tama at kiwifm dot co dot nz thanks', 'tama at kiwifm dot co dot nz'],
    ['email is sherryann underscore m at caribfreight dot co dot tt thanks', 'sherryann underscore m at caribfreight dot co dot tt'],
    ['her email is dana at kingstonfm dot com dot jm', 'dana at kingstonfm dot com dot jm'],
  ]) assert.deepEqual(found(emailRecognizer, text!), [address], text);
});

test('a spoken address said in Spanish or Portuguese ("punto", "ponto", "arroba", "guion bajo") is found whole', () => {
  for (const [text, address] of [
    ['su correo es n punto castells arroba campusnord fm punto es y el móvil', 'n punto castells arroba campusnord fm punto es'],
    ['o email dela é fernanda ponto lima arroba torresul ponto com ponto br', 'fernanda ponto lima arroba torresul ponto com ponto br'],
    ['mi correo es marisol guion bajo vega arroba iberoffices punto es', 'marisol guion bajo vega arroba iberoffices punto es'],
    ['my email is marisol punto vega arroba iberoffices punto es sorry', 'marisol punto vega arroba iberoffices punto es'],
  ]) assert.deepEqual(found(emailRecognizer, text!), [address], text);
  for (const text of ['el punto de encuentro es la puerta dos', 'llegamos a las ocho en punto al almoxarifado ponto de coleta']) {
    assert.deepEqual(found(emailRecognizer, text), [], text);
  }
});

test("a spoken address whose domain's first label is said as three words is found whole", () => {
  assert.deepEqual(found(emailRecognizer, 'her email is siti underscore hajar at t three ops dot com dot sg and'), ['siti underscore hajar at t three ops dot com dot sg']);
});

test('a spoken address said in Dutch or German ("punt", "apenstaartje", "punkt", "klammeraffe") is found whole', () => {
  assert.deepEqual(found(emailRecognizer, 'of je mailt naar s punt devries apenstaartje woonzorg-amstel punt nl en eh'), ['s punt devries apenstaartje woonzorg-amstel punt nl']);
  assert.deepEqual(found(emailRecognizer, 'schreiben sie an j punkt weber klammeraffe stadtwerke punkt de bitte'), ['j punkt weber klammeraffe stadtwerke punkt de']);
  assert.deepEqual(found(emailRecognizer, 'der treffpunkt ist punkt acht am tor'), []);
});

test('a spoken address said in Italian or Swedish ("chiocciola", "snabel-a") is found whole', () => {
  assert.deepEqual(found(emailRecognizer, 'e la mail è giulia punto ferri chiocciola gmail punto com grazie'), ['giulia punto ferri chiocciola gmail punto com']);
  assert.deepEqual(found(emailRecognizer, 'mejla till erik punkt lund snabel-a fastighet punkt se tack'), ['erik punkt lund snabel-a fastighet punkt se']);
  assert.deepEqual(found(emailRecognizer, 'la chiocciola è sulla tastiera, il punto anche'), []);
});

test("an address whose domain a blank broke is found whole, inside a label or inside its ending ('ionut.margarit@gmai l.com', 'dmk.perera@accessengsl.c om'); a word after an address is not taken", () => {
  assert.equal(redact('| ionut.margarit@gmai l.com    | I.M.').text, '| [REDACTED_EMAIL]    | I.M.');
  assert.equal(redact('E-mail: dmk.perera@accessengsl.c om').text, 'E-mail: [REDACTED_EMAIL]');
  assert.equal(redact('mail a@b.com and more').text, 'mail [REDACTED_EMAIL] and more');
  assert.equal(redact('ping me@home for details.com').text, 'ping me@home for details.com');
});

test("a spoken address may end with a region's or a continent's domain: 'xmcastro arroba portovigo punto gal', '… dot africa'", () => {
  assert.equal(redact('o correo é xmcastro arroba portovigo punto gal, grazas').text, 'o correo é [REDACTED_EMAIL], grazas');
  assert.equal(redact('my email is kofi at mensah dot africa').text, 'my email is [REDACTED_EMAIL]');
});

test("a spoken address after 'at' said twice is found after the first: 'email me at kofi at mensah dot com'", () => {
  assert.equal(redact('email me at kofi at mensah dot com').text, 'email me at [REDACTED_EMAIL]');
  assert.equal(redact('send it to me at jo dot bloggs at gmail dot com thanks').text, 'send it to me at [REDACTED_EMAIL] thanks');
});
