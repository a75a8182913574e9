// Texts that repeat one short unit — or a table's row under its header: the inputs that find a pattern re-reading an
// unbounded run from every start, or a check of each finding against all the others (quadratic time).
// test/privacy/hostile-shapes.test.ts bounds each; bench/pii/long-text.ts prints how each scales.
export type HostileShape = string | { header: string; row: string; trailer?: string };

export const HOSTILE_SHAPES: Readonly<Record<string, HostileShape>> = {
  'spaced digits': '1 ', 'dashed digits': '12-', 'dotted digits': '1.', 'bracketed codes': '(+1) ', 'no-break spaced digits': '1\u00a0',
  'fullwidth digits': '１', 'OCR letters and digits': 'O1', 'capitalised words': 'John ', 'upper-case words': 'JOHN ', 'lower-case names': 'john ',
  'repeated cue': 'my name is ', 'titles': 'Mr Smith and ', 'initials': 'J. ', 'apostrophes': "O'", 'apostrophe words': "O'Brien ",
  'at signs': 'a@', 'dots': 'a.', 'address without a domain ending': 'abc.def@ghi', 'hyphenated domain': 'a@b-', 'dotted domain': 'a@b.',
  'spoken dots': 'x dot ', 'spoken at and dot': 'j at g dot ', 'spoken dashes': 'x dash ', 'spoken digits': 'five ', 'ohs': 'oh ',
  'colons': 'a:', 'hex colons': 'ab:', 'IPv4-like': '1.2.3.4.', 'IPv6-like': '::1:', 'pipes': '| ', 'tabs': 'Name\t',
  'CSV header lines': 'Name,Phone\n', 'bracketed at': '[at] ', 'mentions': '@a', 'dashes': '- ', 'underscores': '_1', 'quotes': '"a,',
  'double spaces': 'A  ', 'contact cue': 'contact ', 'tel links': 'tel:1', 'dates': '01/02/2024 ', 'time ranges': '10:00-', 'letters': 'ab',
  'line breaks': 'x\n', 'call cue and digit': 'Call 0 ',
  'register export': { header: 'Time\tVisitor Name\tMobile\tNotes\n', row: '08:15\tJane Doe\t07700 900123\tor 07700 900456, my name is Jo\n' },
  'CSV register export': { header: 'Time,Name,Phone,Notes\n', row: '08:15,Jane Doe,+44 7700 900123,call 07700 900456 ask for Jo\n' },
  'hyphenated capitals': 'AA-', 'OCR digit letters, then a letter': { header: '', row: '0I', trailer: 'A' },
  'spelled names': 'abc, a b c, ', 'listed names': 'Tomasz, ', 'place surnames': 'Peter Hall ', 'OCR-garbled addresses': 'a@b,c ',
  'OCR-garbled domain': { header: 'a@', row: 'bb,' }, 'restated names': 'called grace, ',
  'URL escapes': 'a%40b%2B1+c=', 'names said twice': 'rui rui ', 'names before a predicate': 'Dawn, Faith and Grace is on nights, ',
  'names before their address': 'Sipho sipho@',
  'Spanish spoken digits': 'treinta y tres ', 'place kinds before names': 'Rua Haddock Lobo ', 'OCR digits in names': 'R0CHA ',
  'spoken spelling': 'a c h i e n g ', 'foreign nouns': 'Unterhaltsreinigung ', 'French spoken pairs': 'quatre-vingt-',
  'German spoken pairs': 'zweiundvierzig und ', 'street endings': 'Jozef Guislainstraat ', 'lower-case street kinds': 'rue Jean ',
  'capitals with an OCR l': 'GRABOWSKl ', 'Arabic titles': 'م. خالد ', 'Japanese honorifics': '中村様 ', 'kanji name lines': '山本 和也\n',
  'SSN column': { header: 'name\tssn\n', row: 'x\t123456789\t' },
  'nameless column': { header: 'Time | Supplier | Driver\n', row: '05:12 | Van den Heuvel | Piet de Vries\n' },
  'Italian spoken pairs': 'trentaquattro ', 'Swedish spoken pairs': 'fyrtiofem ', 'spelled serial letters': 'l g eight ', 'recipient keys': 'to=2348031234567 ',
  'Chinese surnames': '王', 'Chinese names before an address': '王小姐', 'Korean names before a title': '박지훈 과장님 ',
  'Korean names spelled apart': { header: '박지훈 씨 ', row: '박 지 훈 ' }, 'Korean names before 씨 and 님': '김가나 씨 김가다 씨 이나라 님 ',
  'year-first chat lines': '[2024/12/10 09:12] 王芳: 好\n', 'address values': { header: '{"address":"', row: 'Frankfurter Allee ' },
  'quoted address keys': '"address":"Peter Hall", ', 'headings in Chinese': { header: '日期 | 姓名 | 电话\n', row: '03/12 | 王 芳 | 139 1234 5678\n' },
};

/** `unit` repeated to `length` characters. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A text of `length` characters in the shape: its unit repeated, or its header, its row repeated and its trailer. */
export function hostileText(shape: HostileShape, length: number): string {
  if (typeof shape === 'string') return repeatTo(shape, length);
  const trailer = shape.trailer ?? '';
  return shape.header + repeatTo(shape.row, length - shape.header.length - trailer.length) + trailer;
}
