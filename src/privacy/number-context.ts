// Context words around a digit run that say "this is an identifier, not PII" or "this is a phone".
// Compiled once: these run on the hot path of every numeric candidate.

import { APOSTROPHE, COLON, EQUALS_SIGN, isAsciiLetter, isAsciiUpper, QUOTATION_MARK, SPACE } from './char-codes.ts';

const LOOKBEHIND_CHARS = 40;
const ORDINAL_MARK = 0xba; // 'º'
const DEGREE_SIGN = 0xb0; // '°'
const LOWER_N = 110;

/** What ends a label before its value: "serial no. 4821", "ticket #77", a JSON key's `":"`, a logfmt key's "=". */
export const FIELD_SEPARATOR_END = String.raw`(?:\s*[:#]?\s*|\s*["']?\s*[:=]\s*["']?\s*)$`;

// A label immediately before the number (with optional "no."/"#"/":"), e.g. "serial no. 4821", "ticket #77".
// A meter "reads" its reading too: "the meter reads one two three four five six seven" is no phone number.
const IDENTIFIER_LABELS = ['serial', 's/n', 'sn', 'ticket', 'tkt', 'ref', 'reference', 'invoice', 'inv', 'order', 'po', 'meter', 'reading', 'reads', 'id', 'account',
  'acct', 'job', 'case', 'asset', 'tag', 'batch', 'lot', 'model', 'part', 'unit', 'version', 'ver', 'firmware', 'fw', 'build', 'release', 'v',
  'incident', 'inc', 'wo', 'work order', 'badge', 'pin', 'code', 'barcode', 'sku', 'imei', 'plate', 'registration', 'reg', 'policy', 'claim', 'docket',
  'fob', 'fobs', 'permit', 'certificate', 'cert', 'consignment', 'tracking', 'licence', 'license', 'contract', 'voucher', 'receipt', 'mpan', 'mprn', 'uprn', 'sia', 'iccid', 'sim', 'acc', 'a/c', 'sort code',
  // A patrol's checkpoint tags; Australia's meter (NMI) and business (ABN) numbers; tax numbers (VAT, GST, the UAE's TRN).
  'tags', 'nmi', 'abn', 'vat', 'gst', 'trn',
  // A range of badge or key numbers ("badge_range: 040000-040999"); Sweden's ID06 site card ("ID06 nr").
  'range', 'id06',
  // A postal address's box, its P.O. spelled or said: "P.O. Box 45512-00100", "p o box four five five …".
  'po box', 'p o box', 'p.o. box',
  // Our users' other languages: a ticket (chamado, protocolo), an order (pedido), an invoice (factura, factuur, Rechnung),
  // a meter (contador, compteur, licznik), a maker's serial (Polish nr fabr., numer fabryczny), a contract (Vertrag, contrato).
  'chamado', 'protocolo', 'pedido', 'factura', 'factuur', 'rechnung', 'contador', 'compteur', 'licznik', 'licznika', 'fabr', 'fabryczny',
  'vertrag', 'contrato', 'contratto', 'auftrag', 'cta',
  // A serial's label: Spanish and Portuguese serie, German Seriennummer, Dutch serienummer, Polish (nr) seryjny.
  'serie', 'série', 'seriennummer', 'serienummer', 'seryjny',
  // A meter's in German and Portuguese (Zählernummer, relógio de luz); France's electricity and gas meter points (PDL, PRM,
  // PCE); a freight carrier's PRO number.
  'zähler', 'zählernummer', 'zählernr', 'relógio', 'relogio', 'relógio de luz', 'relogio de luz', 'relógio de água', 'pdl', 'prm', 'pce', 'pro',
  // A firm's tax or register number in our users' countries: Italy's P.IVA, Spain's NIF and CIF, France's SIRET, SIREN and TVA,
  // Norway's org.nr. and MVA, the Netherlands' KvK and BTW, Brazil's CNPJ and CPF, Mexico's RFC, Peru's RUC, Argentina's CUIT,
  // Colombia's NIT, the US's EIN and TIN, India's GSTIN, Pakistan's NTN, Indonesia's NPWP.
  'p.iva', 'piva', 'partita iva', 'iva', 'nif', 'cif', 'siret', 'siren', 'tva', 'org.nr', 'orgnr', 'mva', 'kvk', 'btw', 'cnpj', 'cpf', 'rfc', 'ruc', 'cuit', 'nit',
  'ein', 'tin', 'gstin', 'ntn', 'npwp',
  // A goods-in log's consignment notes: the CMR, a bill of lading (BOL), an air waybill (AWB), Poland's WZ (wydanie zewnętrzne),
  // Mexico's remisión and guía; a utility's premise number (Dubai's DEWA).
  'cmr', 'bol', 'awb', 'waybill', 'wz', 'remision', 'remisión', 'guia', 'guía', 'premise', 'premises',
  // A delivery note's or an order's article or item, in English, German (Art.-Nr.), Spanish, Italian and Portuguese.
  'item', 'article', 'art', 'artikel', 'artículo', 'articulo', 'articolo', 'artigo',
  // Spanish's meter (medidor), Romanian's (contor); Dubai's Makani, a building entrance's ten-digit number.
  'medidor', 'contor', 'makani'];
// The label may be said, not written: "the ticket is …", "the reading was …", "the serial number's …", in Spanish, French
// and German too ("el medidor es …", "le compteur est …"), and whose it is may be said between ("the meter from CAESS is …",
// "el contador de Iberdrola es …"); or written short with its dot: "Ref. 0485/77.21.09", "Inv. 20240115".
const SAID_AFTER_LABEL_WORDS = String.raw`['’]s|(?:\s+(?:de|del|from|of)\s+[a-z]+)?\s+(?:is|was|es|era|est|ist)`;
// A field's key is a label too, in JSON, logfmt or a query string, as a word of the key's name: `"imei":"3569…"`,
// `consignment=4539…`, `order_id: 4000…`, `meter_serial="7891…"`.
// A Germanic or Nordic compound's "nr" is a label of its own ("Målernr", "Kundennr", "Auftragsnr"), but for a phone's
// ("Telefonnr", "Tlfnr", "Mobilnr").
// So is a compound's meter word, a number after it or not ("Fjernvarmemåler nr.", "Wärmezähler", "Vesimittari"), and a
// German compound's contract ("Wartungsvertrag Nr.").
const METER_WORDS = ['måler', 'mätare', 'mittari', 'zähler'];
// A compound's "nummer" or "numero" is one too ("Tilausnumero", "Bestellnummer", "Kundennummer"), but for a phone's, a fax's,
// a hotline's or an emergency's ("Telefonnummer", "telefoonnummer", "puhelinnumero", "Rufnummer", "Notfallnummer").
const PHONE_COMPOUND_ENDS = ['fon', 'foon', 'tlf', 'mobil', 'mobiel', 'handy', 'fax', 'puhelin', 'ruf', 'natel', 'gsm', 'sms', 'kontakt', 'kontakti', 'wahl',
  'hotline', 'service', 'notfall', 'nood', 'pager', 'whatsapp'];
const COMPOUND_NUMBER_LABEL = String.raw`(?!tele|tlf|mob|handy|fax)[a-zà-ÿ]{3,}nr|[a-zà-ÿ]{3,}(?<!${PHONE_COMPOUND_ENDS.join('|')})(?:nummer|numero)|[a-zà-ÿ]{2,}(?:${METER_WORDS.join('|')})|[a-zà-ÿ]{2,}vertrag`;
// "Nr." alone, with its dot, labels a delivery note's, a meter's or a contract's number ("LIEFERSCHEIN Nr. 8004417552", "Elster
// BK-G4, Nr. 0871 5532"), but after a phone's word ("mój nr. 601 …", "Tel. Nr. 0171 …"). (Polish writes "Nr" before a phone too.)
const NUMBER_LABEL = String.raw`nr(?=\.)(?<!\b(?:tel|tlf|telefon|telefonu|kom|kontakt|contact|mój|moj|jego|jej)\.?\s*nr)`;
const IDENTIFIER_LABEL_BEFORE = new RegExp(String.raw`(?:\b|(?<=_))(?:${IDENTIFIER_LABELS.map((label) => label.replace('/', '\\/')).join('|')}|${COMPOUND_NUMBER_LABEL}|${NUMBER_LABEL})\.?[\s_]*(?:no\.?|number|num|nr\.?|n[º°]\.?|#)?(?:${SAID_AFTER_LABEL_WORDS})?${FIELD_SEPARATOR_END}`, 'i');

// With the Philippines' CP (cellphone), and the words of our users' other languages: German Handy and Telefon, Polish
// kom(órka), numer and "mój nr" (my number; not "Nr." alone, a meter's, a contract's or a serial's as often: "Nr. 1
// ISK00 4471 2239"), Spanish and Portuguese móvil, cel(ular), teléfono, tlf, ofic(ina), número, escritório,
// portaria; Italian ufficio, cellulare;
// a switchboard's (PBX), an office's ("w el office 01-334 219 ext 12"), Norwegian sentralbord, the Nordic and Dutch office (kontor, kantoor), the French and German one (bureau, Büro); the
// verbs for calling (Portuguese ligue/ligar, Spanish llamar, French appelez, German anrufen,
// Dutch bellen, Italian chiamare, Polish zadzwoń and dzwoń) and Portuguese telefone and telemóvel, a word with a non-ASCII
// letter by the ASCII letters before it ("zadzwo", "telem": \b reads only ASCII words); and, in a pattern of their own
// without \b, Russian, Chinese, Japanese, Korean, Hebrew, Arabic, Vietnamese and Greek ones (τηλ., κινητό), French's accented
// "tél", Catalan's "telèfon", Slovak's "telefón" and Latvian's "tālrunis"; Lithuanian's "telefonas"; Turkish's
// "(cep) telefonu" and the Benelux's "GSM" for a mobile (not Turkish's "cep" alone: Brazil's postcode is a "CEP"); Singapore's
// and Malaysia's "hp", "H/P", "H.P." (handphone); Chinese "打我" and "打给" (call me, call) and "拨打" (dial); Arabic "واتس" (WhatsApp) and
// "رقمه" (his number; "ورقمه", and his number), "رقمي", "رقمها", not "رقم" alone, which a meter's number has too ("رقم العداد"), and "اتصل" (call: "اتصلوا بـ 0661234578");
// Swahili's "simu" (phone) and "namba yake" (his or her number; not "namba" alone, a meter's too: "mita ya umeme namba …")
// and Haitian Creole's "nimewo" (number); Finnish's "puh" and "puhelin", Icelandic's "sími", "farsími" and "síma" ("hringið í síma …"), Hungarian's
// "telefonszám" and "mobilszám".
const PHONE_CUE_BEFORE =
  /\b(?:call(?:ed|ing)?|phone|tel|telephone|mobile|mob|ph|cp|cell|cellphone|number|num|no\.|reach|ring|text|whatsapp|dial|landline|fax|contact|extension|ext|hotline|on call|handy|telefon|kom|komórka|(?:mój|moj|jego|jej) nr|numer|móvil|movil|celular|cel|teléfono|telefono|tlf|tfno|ofic|oficina|número|numero|office|sentralbord|kontor|kontoret|kantoor|bureau|büro|escritório|escritorio|portaria|ufficio|cellulare|telefone|telemovel|telem|ligue|ligar|liga|marcar|marca al|marcame|msisdn|centrala|fijo|contactar|contacto|contato|contatto|contactez|llamar|llama|llame|appelez|appeler|appelle|portable|anrufen|bellen|chiamare|chiama|chiamami|zadzwo|dzwo|telefonu|telefonas|gsm|hp|h\/p|h\.p|namba (?:yake|yangu|yetu)|simu|nimewo|pbx|switchboard|puh|puhelin)\b[^\n|]{0,24}$/i;
const NON_ASCII_PHONE_CUE_BEFORE = /(?:моб|тел|手机|电话|座机|打我|打给|拨打|携帯|電話|휴대폰|전화|(?<!제조|계기|고객|주문|관리|등록|차량|접수|모델|일련|사업자|계량기)번호|연락처|טלפון|נייד|جوال|هاتف|موبايل|تليفون|واتس|رقمه|رقمي|رقمها|رقم الهاتف|رقم الجوال|اتصل|sđt|điện thoại|tél|téléphone|telèfon|telefón|tālr|τηλ|κινητ|sím[ia]|telefonszám|mobilszám)[^\n|]{0,24}$/i;
const NON_ASCII = /[^\0-\x7f]/;
// A message gateway's or a messaging API's key for a recipient or sender, whose value is a number written without its '+'
// ("to=2348031234567", `"wa_id":"48601987345"`, "sender: 4477…", an SMPP log's "dst=233244551830", a WhatsApp webhook's
// "display_phone_number"; not its "phone_number_id"): a cue as a key, right
// before the value, not as a word
// ("from 0800 to 1700"). The number must still be valid in full, calling code first (phone.ts).
const PHONE_KEY_BEFORE = /(?:^|[^A-Za-z0-9_])(?:to|from|wa_id|recipient|sender|destination|dest|msisdn|src|dst|source_addr|dest_addr|destination_addr|display_phone_number|phone_number)["']?\s*[:=]\s*["']?$/i;

/** Whether a key's '=' or ':' stands before `start`, quotes and blanks after it passed over: the cheap check before PHONE_KEY_BEFORE. */
function isKeySeparatorBefore(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && (text.charCodeAt(at) === QUOTATION_MARK || text.charCodeAt(at) === APOSTROPHE || text.charCodeAt(at) === SPACE)) at--;
  return text.charCodeAt(at) === EQUALS_SIGN || text.charCodeAt(at) === COLON;
}

// What may follow a label inside an IDENTIFIER_LABEL_BEFORE match, apart from the letters of "no"/"number":
// ASCII whitespace, '.', '#', ':', a key's '=', '_' and quotes (non-ASCII characters are let through as if they were whitespace).
const IS_LABEL_TRAILER = new Uint8Array(128);
for (const character of '\t\n\v\f\r .#:="\'_') IS_LABEL_TRAILER[character.charCodeAt(0)] = 1;

/**
 * Whether IDENTIFIER_LABEL_BEFORE can match text.slice(from, end), without slicing: a match ends with a word
 * whose last letter is ASCII (a non-unicode /i never matches a non-ASCII character to an ASCII letter),
 * followed only by trailer characters. Most numbers after a '|', '(' or digit fail here and skip the regex.
 */
function mayEndWithIdentifierLabel(text: string, from: number, end: number): boolean {
  for (let index = end - 1; index >= from; index--) {
    const code = text.charCodeAt(index);
    // Romance languages' "nº" / "n°" after a label ("relógio de luz nº"): a trailer, as "no." is.
    if ((code === ORDINAL_MARK || code === DEGREE_SIGN) && (text.charCodeAt(index - 1) | 32) === LOWER_N) { index--; continue; }
    if (isAsciiLetter(code)) return endsWithLabelWord(text, from, index + 1) || endsWithSaidLabel(text, from, index + 1);
    if (code < 128 && IS_LABEL_TRAILER[code] === 0) return false;
  }
  return false;
}

const SAID_AFTER_LABEL = new RegExp(`(?:${SAID_AFTER_LABEL_WORDS})$`, 'i');
const MAX_SAID_AFTER_LABEL = 30;

/** Whether the ASCII letters ending at `end` are "is", "was" or "'s" after a label's word (SAID_AFTER_LABEL_WORDS): "the ticket is". */
function endsWithSaidLabel(text: string, from: number, end: number): boolean {
  const said = SAID_AFTER_LABEL.exec(text.slice(Math.max(from, end - MAX_SAID_AFTER_LABEL), end));
  if (said === null) return false;
  const labelEnd = end - said[0].length;
  return labelEnd > from && isAsciiLetter(text.charCodeAt(labelEnd - 1)) && endsWithLabelWord(text, from, labelEnd);
}

// The last word of each label, and the words for "number" that may follow one (written on to it, too: "serialno").
const LABEL_LAST_WORDS: ReadonlySet<string> = new Set(IDENTIFIER_LABELS.map((label) => label.split(/[ /]/).at(-1)!));
const NUMBER_WORDS = ['no', 'number', 'num', 'nr', 'nummer', 'numero'];

/**
 * Whether the ASCII letters ending at `end` can end an IDENTIFIER_LABEL_BEFORE match: they are a label's last word,
 * or end with a word for "number". Most numbers follow other words ("call me on"), and skip the regex.
 */
function endsWithLabelWord(text: string, from: number, end: number): boolean {
  let start = end - 1;
  while (start > from && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end).toLowerCase();
  if (LABEL_LAST_WORDS.has(word) || NUMBER_WORDS.some((number) => word.endsWith(number))) return true;
  // A word with a Latin letter past ASCII in it: "Zählernummer", "Wärmezähler" (the regex's \b reads "éserial" as "serial").
  if (start === from || !isLatinLetter(text.charCodeAt(start - 1))) return false;
  while (start > from && isLatinLetter(text.charCodeAt(start - 1))) start--;
  const latinWord = text.slice(start, end).toLowerCase();
  return LATIN_LABEL_WORDS.some((label) => latinWord.endsWith(label));
}

// The letters a label's word may have: ASCII's and Latin-1's and Latin Extended-A's and -B's ("Zählernummer", "relógio"),
// not the multiplication and division signs.
// The label words with such a letter, and the compound labels' meter words: a word that ends with one may end a label (the
// regex's \b stands before any ASCII letter after such a letter, so "äZählernummer" ends with the label "Zählernummer").
const LATIN_LABEL_WORDS = [...[...LABEL_LAST_WORDS].filter((word) => NON_ASCII.test(word)), ...METER_WORDS];
const MULTIPLICATION_SIGN = 0xd7;
const DIVISION_SIGN = 0xf7;
const isLatinLetter = (code: number): boolean => isAsciiLetter(code) || (code >= 0xc0 && code <= 0x24f && code !== MULTIPLICATION_SIGN && code !== DIVISION_SIGN);

export function precedingText(text: string, start: number): string {
  return text.slice(Math.max(0, start - LOOKBEHIND_CHARS), start);
}

/**
 * Whether a table's heading (column-headings.ts) is an identifier's label and no phone's: "ID NO", "meter_sn", "PRO / BOL #",
 * "No. REMISION", not "Tel No" or "Contact number".
 */
export function isIdentifierHeading(heading: string): boolean {
  return IDENTIFIER_LABEL_BEFORE.test(`${heading}:`) && !PHONE_CUE_BEFORE.test(heading) && !NON_ASCII_PHONE_CUE_BEFORE.test(heading);
}

export function hasIdentifierLabelBefore(text: string, start: number): boolean {
  if (mayEndWithIdentifierLabel(text, Math.max(0, start - LOOKBEHIND_CHARS), start) && IDENTIFIER_LABEL_BEFORE.test(precedingText(text, start))) return true;
  // The label, then the utility's or the issuer's acronym: "Meter no. CEB 0412-7781", "Cta. SACMEX 07-22-118-…".
  const acronymStart = acronymStartBefore(text, start);
  return acronymStart !== -1 && mayEndWithIdentifierLabel(text, Math.max(0, acronymStart - LOOKBEHIND_CHARS), acronymStart)
    && IDENTIFIER_LABEL_BEFORE.test(precedingText(text, acronymStart));
}

const MIN_ACRONYM_LETTERS = 2;
const MAX_ACRONYM_LETTERS = 6;

/** Where a word of two to six capitals ends one blank before `start` starts, a blank before it too; or -1. */
function acronymStartBefore(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== SPACE) return -1;
  let wordStart = start - 1;
  while (wordStart > 0 && start - 1 - wordStart < MAX_ACRONYM_LETTERS && isAsciiUpper(text.charCodeAt(wordStart - 1))) wordStart--;
  const letters = start - 1 - wordStart;
  return letters >= MIN_ACRONYM_LETTERS && text.charCodeAt(wordStart - 1) === SPACE ? wordStart : -1;
}

/** Whether a recipient's or sender's key stands right before `start` (PHONE_KEY_BEFORE): it cues a number though the key ends "_id". */
export function hasPhoneKeyBefore(text: string, start: number): boolean {
  return isKeySeparatorBefore(text, start) && PHONE_KEY_BEFORE.test(precedingText(text, start));
}

export function hasPhoneCueBefore(text: string, start: number): boolean {
  return endsWithPhoneCue(precedingText(text, start));
}

/** The checks above on a precedingText() already cut, for a caller asking both. */
export function endsWithIdentifierLabel(preceding: string): boolean {
  return mayEndWithIdentifierLabel(preceding, 0, preceding.length) && IDENTIFIER_LABEL_BEFORE.test(preceding);
}

// A business card's one-letter label at a line's start, in capitals: T(elephone), M(obile), P(hone), D(irect), O(ffice), C(ell),
// H(ome), W(ork), F(ax) ("T  1300 945 766", "M: 0412 345 678"). Its window's start may be no line's, but a window of blanks
// and one letter is a text's start or a line's.
const CARD_LABEL_BEFORE = /(?:^|\n)[ \t]*[TMPDOCHWF]\.?[ \t]*:?[ \t]*$/;

export function endsWithPhoneCue(preceding: string): boolean {
  // The other scripts' cue words are tried only where the text before holds a non-ASCII character: most has none.
  return PHONE_CUE_BEFORE.test(preceding) || CARD_LABEL_BEFORE.test(preceding) || (NON_ASCII.test(preceding) && NON_ASCII_PHONE_CUE_BEFORE.test(preceding));
}

/** True when the span is a cell of a pipe-separated register row (`14:05 | name | company | phone | Gate 2`). */
export function isRegisterCell(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  let after = end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  const openedByPipe = before >= 0 && text[before] === '|';
  const closedByPipe = after < text.length && text[after] === '|';
  return (openedByPipe && (closedByPipe || after >= text.length || text[after] === '\n')) || (closedByPipe && openedByPipe);
}

// A date written as one token: day and month (either order) then the year, or the year first ("04/03/2024", "4.3.24",
// "2024-06-14"), its two separators alike, not inside a longer run of digits and separators (a full stop after it ends a
// sentence: "from 01/04/2025. 6 floors").
const DATE_TOKEN = /(?:\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([./-])\d{1,2}\2\d{1,2})(?![\d/-]|\.[\d./-])/y;

/** The end of the date token that starts at `start` in text, or -1 if none does there (the caller checks what stands before it). */
export function dateTokenEnd(text: string, start: number): number {
  DATE_TOKEN.lastIndex = start;
  return DATE_TOKEN.test(text) ? DATE_TOKEN.lastIndex : -1;
}
