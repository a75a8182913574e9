// Closed-vocabulary grammars per template field. Offline recognisers are poor at
// open English (72 % WER on TTS answers) but near-perfect when told which answers
// are possible, so each question gets a JSGF grammar plus a dictionary of its words.
import type { TemplateField } from '../../conversation/template.ts';
import { keyAsWords } from '../../conversation/wording.ts';
import { numberToWords } from './number-words.ts';
import { pronunciationDictionarySync, type PronunciationDictionary } from './pronunciation-dictionary.ts';

/** Plain data, built once per field; pass as `expected` to `transcribe`. */
export interface ExpectedPhrases {
  field_key: string;
  /** Sample answers the grammar accepts (also used as a prompt hint by remote adapters). */
  phrases: string[];
  /** JSGF source, or null for free-text fields (text, contact, time_range): recognise with the full vocabulary. */
  jsgf: string | null;
  /** pocketsphinx dictionary lines for every word in the grammar. */
  dictionary: string;
  /** Words left out of the grammar because the pronunciation dictionary lacks them. */
  missing_words: string[];
}

const yesWords = ['yes', 'yeah', 'yep', 'correct', 'yes we do', 'yes it is', 'that is right'];
const noWords = ['no', 'nope', 'no we do not', 'no it is not', 'none'];
const unsureWords = ['i do not know', 'not sure'];
const leadIns = ['we run', 'we have', 'there are', 'there is', 'about', 'around', 'roughly', 'the site has', 'we need', 'it is'];
const optionLeadIns = ['the site is a', 'the site is an', 'it is a', 'it is an', 'it is', 'we are a', 'we are an', 'a', 'an', 'we have', 'we use'];
/** Integer fields allowing numbers this large also take digit strings ("four two" for 42). */
const DIGIT_STRING_MIN_MAX = 100;
/** Explicit number lists beyond this many values become a compositional number rule. */
const maxListedNumbers = 200;

/** Lowercase words only; digits spelled out ("24x7" → "twenty four x seven"). */
export function spokenForm(text: string): string {
  return text.toLowerCase()
    .replace(/\d+/g, (digits) => ` ${Number(digits) < 1_000_000 ? numberToWords(Number(digits)) : digits.split('').map((d) => numberToWords(Number(d))).join(' ')} `)
    .replace(/[^a-z' ]+/g, ' ').replace(/'/g, '').replace(/\s+/g, ' ').trim();
}

function alternatives(items: string[]): string {
  return [...new Set(items.filter((item) => item !== ''))].map((item) => `( ${item} )`).join(' | ');
}

function numberRule(min: number, max: number): { rules: string[]; samples: string[] } {
  const low = Math.max(0, min);
  if (max - low <= maxListedNumbers) {
    const numbers = Array.from({ length: max - low + 1 }, (_, i) => numberToWords(low + i));
    return { rules: [`<number> = ${alternatives(numbers)};`], samples: numbers };
  }
  const units = Array.from({ length: 9 }, (_, i) => numberToWords(i + 1));
  const teens = Array.from({ length: 10 }, (_, i) => numberToWords(i + 10));
  const tens = Array.from({ length: 8 }, (_, i) => numberToWords((i + 2) * 10));
  return {
    rules: [
      `<units> = ${alternatives(units)};`,
      `<below100> = zero | <units> | ${alternatives(teens)} | ( ${alternatives(tens)} ) [ <units> ];`,
      '<below1000> = <below100> | <units> hundred [ [ and ] <below100> ];',
      '<number> = <below1000> [ thousand [ <below1000> ] ];',
    ],
    samples: [low, Math.round((low + max) / 2), max].map((n) => numberToWords(Math.min(n, 999_999))),
  };
}

/**
 * The ways a count of this unit is said besides "<number> <unit>", which the text reader understands too: without
 * them the grammar forced "every three hours" into digits ("two three three oh oh two"). (Floors said from the
 * ground floor are left out: espeak's "ground floor only" was not recognised with or without them.)
 */
function unitShapedAnswers(unit: string): { rules: string[]; top: string[]; samples: string[] } {
  switch (unit) {
    case 'hours': return {
      rules: ['<period> = day | night | shift;'],
      top: ['every <number> hours', 'every hour', '[ <number> ] hourly', '( once | twice | <number> times ) ( a | per | each ) <period>'],
      samples: ['every three hours', 'four times a day', 'twice a day', 'hourly'],
    };
    case 'shifts': return {
      rules: ['<shift_name> = days | nights | early | late | mornings | afternoons | evenings | day | night;'],
      top: ['<shift_name> ( [ and ] <shift_name> )+', '<shift_name> only'],
      samples: ['days and nights', 'early late and night', 'nights only'],
    };
    case 'guards': return {
      rules: ['<role> = guard | guards | officer | officers | supervisor | supervisors | dog handler | dog handlers;'],
      top: ['( <number> | a | an ) <role> ( ( and | plus | with ) ( <number> | a | an ) <role> )+'],
      samples: ['two guards and a supervisor'],
    };
    default: return { rules: [], top: [], samples: [] };
  }
}

function grammarBody(field: TemplateField): { rules: string[]; top: string[]; samples: string[] } | null {
  switch (field.type) {
    case 'boolean':
      return { rules: [], top: [alternatives([...yesWords, ...noWords, ...unsureWords])], samples: [...yesWords, ...noWords] };
    case 'enum':
    case 'multi_select': {
      const multiple = field.type === 'multi_select';
      // Words standing for several options ("weekdays") are options to the recognizer; ordered ones take ranges ("monday to friday").
      // A phrase written apart ("week ends") is the same sound as its one-word form: listed twice it only sways the
      // decoder between "weekdays" and "week ends".
      const allGroupPhrases = multiple ? field.groups.flatMap((group) => group.phrases) : [];
      // Written shorthand of letters ("M-F") is not said: as a spoken "m f" it would only buy insertions too.
      const groupPhrases = allGroupPhrases.filter((phrase) => (!phrase.includes(' ') || !allGroupPhrases.includes(phrase.replace(/ /g, '')))
        && !spokenForm(phrase).split(' ').some((word) => word.length === 1 && word !== 'a'));
      // Ordered options are written short ("Mon", "Tue") but said in full: short forms in the grammar only buy
      // insertions ("monday to friday" → "mon to tue friday tue"), so only their labels are spoken words.
      const spokenNames = multiple && field.ranges
        ? field.options.map((option) => option.label)
        : field.options.flatMap((option) => [option.label, keyAsWords(option.value), ...option.synonyms]);
      const options = [...spokenNames, ...groupPhrases].map(spokenForm);
      const rules = [`<option> = ${alternatives(options)};`];
      const item = multiple && field.ranges ? '<option> [ ( to | through | until ) <option> ]' : '<option>';
      const list = multiple ? `${item} ( [ and ] ${item} )*` : '<option>';
      const extras = multiple && field.allow_none ? ['none', 'nothing', 'no'] : [];
      // Articles before a list of options only buy insertions ("a electricity and …").
      const leadIns = multiple ? ['we have', 'we track', 'we use', 'we keep'] : optionLeadIns;
      return {
        rules,
        top: [`[ ${alternatives(leadIns)} ] ${list}`, alternatives([...extras, ...unsureWords])],
        samples: [...options, ...options.slice(0, 3).map((option) => `the site is a ${option}`)],
      };
    }
    case 'integer': {
      const numbers = numberRule(field.min, field.max);
      const unit = spokenForm(field.unit ?? '');
      const keyPhrase = spokenForm(keyAsWords(field.key));
      const periods = ['per shift', 'per day', 'a day', 'each shift', 'every day'];
      const unitPhrases = [unit, keyPhrase, ...periods, ...(unit ? periods.map((period) => `${unit} ${period}`) : [])];
      const shaped = unitShapedAnswers(unit);
      return {
        rules: [...numbers.rules, `<unit> = ${alternatives(unitPhrases)};`, ...shaped.rules],
        // Digit strings ("four two") only stand alone: inside phrases they invite spurious insertions. Where every
        // allowed number is short to say they buy nothing, and the digit loop took "every four hours" as
        // "two three four oh oh two". (The shift names and staff roles here are the ones count-phrasings.ts reads.)
        top: [`[ ${alternatives(leadIns)} ] <number> [ <unit> ]`, ...shaped.top, ...(field.max >= DIGIT_STRING_MIN_MAX ? ['<digits>'] : []), alternatives(unsureWords)],
        samples: [...numbers.samples, ...numbers.samples.slice(0, 2).map((n) => `we run ${n} ${unit || keyPhrase}`), ...shaped.samples],
      };
    }
    default:
      return null;
  }
}

const digitRule = `<digit> = ${Array.from({ length: 10 }, (_, i) => numberToWords(i)).join(' | ')} | oh;\n<digits> = <digit> <digit>+;`;

/** Builds the grammar and its dictionary; `dictionary` is the CMU dictionary (defaults to the system copy, cached). */
export function buildGrammar(field: TemplateField, dictionary: PronunciationDictionary = pronunciationDictionarySync()): ExpectedPhrases {
  const body = grammarBody(field);
  if (!body) return { field_key: field.key, phrases: field.examples.map(spokenForm), jsgf: null, dictionary: '', missing_words: [] };
  const examples = field.examples.map(spokenForm).filter((example) => example !== '');
  let source = [
    '#JSGF V1.0;',
    `grammar ${field.key};`,
    digitRule,
    ...body.rules,
    `public <answer> = ${[...body.top, alternatives(examples)].filter((part) => part !== '').join(' | ')};`,
  ].join('\n');
  const words = new Set(source.replace(/^#JSGF.*$|^grammar .*$|<[a-z0-9_]+>/gm, ' ').replace(/[=;|()[\]*+]/g, ' ').split(/\s+/).filter((w) => /^[a-z]+$/.test(w)));
  const missing = [...words].filter((word) => !dictionary.has(word));
  // An alternative with an unpronounceable word is dropped, never the whole grammar.
  for (const word of missing) source = source.replace(new RegExp(`\\(\\s[^()]*\\b${word}\\b[^()]*\\s\\)\\s*\\|?\\s*`, 'g'), '');
  source = source.replace(/\|\s*;/g, ';').replace(/\|\s*\|/g, '|').replace(/=\s*\|/g, '=');
  if (/=\s*;/.test(source)) return { field_key: field.key, phrases: examples, jsgf: null, dictionary: '', missing_words: missing };
  const dictionaryLines = [...words].filter((word) => dictionary.has(word)).sort().flatMap((word) => dictionary.get(word)!);
  return {
    field_key: field.key,
    phrases: [...new Set([...examples, ...body.samples])],
    jsgf: `${source}\n`,
    dictionary: `${dictionaryLines.join('\n')}\n`,
    missing_words: missing,
  };
}
