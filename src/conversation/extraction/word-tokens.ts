// Turns free text into comparable word tokens: lower case, no punctuation, plural
// "s" dropped, so "Medical Centres!" and "medical centre" match word for word.

/** Strips a plural ending so "guards"/"guard" and "facilities"/"facility" compare equal. */
export function stemWord(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !/\d/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower-case words without punctuation, not stemmed ("don't" → "dont", "24/7" → "24", "7", "1,200" → "1200"). */
export function plainWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .split(/[^a-z0-9.]+|\.(?!\d)|(?<!\d)\./)
    .filter(Boolean);
}

// Spoken fillers ("um", "er", "erm", "uh", "hmm"), lower case or capitalised: "ER" in capitals is a word.
const FILLER = /(?<![\p{L}\p{N}'’-])(?:[Uu]+[mh]+|[Uu]hm+|[Ee]r+m*|[Aa]h+|[Hh]m+|[Mm]m+)(?![\p{L}\p{N}'’-])[,.]?\s*/gu;
// "the the canary wharf site": a little word said twice in a row.
const DOUBLED = /\b(the|a|an|we|i|it|its|our|is|and|to|of|in|on)\s+\1\b/giu;

// "the site is actually called …": lower case only, so "Actually Brewing" keeps its name.
const FILLER_WORD = /(?<=\s)(?:actually|in fact)\s+/g;

/** A transcript without its fillers and doubled little words: "every er hour" is "every hour". */
export function withoutFillers(text: string): string {
  return text.replace(FILLER, '').replace(FILLER_WORD, '').replace(DOUBLED, '$1');
}

/** Stemmed word tokens of a text; the unit of every phrase comparison. */
export function wordTokens(text: string): string[] {
  return plainWords(text).map(stemWord);
}

// A reply's clauses end at commas, semicolons and sentence ends; a decimal point ends none.
const CLAUSE_BREAK = /[,;!?]|\.(?!\d)/;

/** The clauses of a reply: "2 officers 24/7, 12 hour shifts" says the shift length in a clause of its own. */
export function clausesOf(text: string): string[] {
  return text.split(CLAUSE_BREAK);
}

/** Whether words[index] is a digit of "24/7" (plainWords writes it "24", "7"): round the clock, not a count. */
export function isRoundTheClockDigit(words: readonly string[], index: number): boolean {
  return (words[index] === '24' && words[index + 1] === '7') || (words[index] === '7' && words[index - 1] === '24');
}

/** A phrase found in a token list: token positions [start, end). */
export interface TokenSpan { start: number; end: number }

/** Whether any of a field's cue phrases ("meter", "register") occurs in `tokens`. */
export function saysAnyCue(cues: readonly string[], tokens: readonly string[]): boolean {
  return cues.some((cue) => findPhrase(tokens, wordTokens(cue)).length > 0);
}

/** Every position where `phrase` occurs in `tokens` as a contiguous run of whole words. */
export function findPhrase(tokens: readonly string[], phrase: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  if (phrase.length === 0) return spans;
  for (let start = 0; start + phrase.length <= tokens.length; start += 1) {
    let matches = true;
    for (let offset = 0; offset < phrase.length; offset += 1) {
      if (tokens[start + offset] !== phrase[offset]) { matches = false; break; }
    }
    if (matches) spans.push({ start, end: start + phrase.length });
  }
  return spans;
}

// "we also read the gas meter", "plus gas", "add a supervisor", "we forgot the key log": words that add to what was
// answered. Stemmed, as the tokens compared with them are.
const ADDING_PHRASES = ['also', 'too', 'plus', 'as well', 'additionally', 'add', 'added', 'adding', 'another', 'missing', 'forgot', 'forgotten'].map((phrase) => wordTokens(phrase));

// "too many", "too few": "too" saying how much, not that something is added ("12 guards is too many").
const [TOO] = wordTokens('too');
const TOO_DEGREE: ReadonlySet<string> = new Set(wordTokens('many much few little long short often high low big small early late'));

// "10 guards is too few", "3 shifts aren't enough": a number judged by what follows it, not a number to set.
const JUDGING_VERBS: ReadonlySet<string> = new Set(wordTokens("is are was were isnt arent wasnt seem sound feel look be"));
const [NOT, ENOUGH] = wordTokens('not enough');
const MAX_WORDS_TO_VERB = 3;

/**
 * Whether the number at tokens[index] is judged: within a few words a verb ("is", "seems", "would be"), then
 * "too" with a word for how much, or "not enough" ("isn't enough" too). "10 guards is enough" sets 10.
 */
export function isJudgedNumber(tokens: readonly string[], index: number): boolean {
  for (let verb = index + 1; verb <= index + MAX_WORDS_TO_VERB && verb < tokens.length; verb++) {
    if (!JUDGING_VERBS.has(tokens[verb]!)) continue;
    const [first, second] = [tokens[verb + 1], tokens[verb + 2]];
    if (first === TOO && TOO_DEGREE.has(second ?? '')) return true;
    if (first === ENOUGH) return tokens[verb]!.endsWith('nt');
    return first === NOT && second === ENOUGH;
  }
  return false;
}

/** Whether stemmed tokens say something is added to what was answered. */
export const saysAdding = (tokens: readonly string[]): boolean => ADDING_PHRASES.some((phrase) => findPhrase(tokens, phrase)
  .some((span) => !(phrase.length === 1 && phrase[0] === TOO && TOO_DEGREE.has(tokens[span.end] ?? ''))));

// "8ish to 5ish", "20ish", "15-ish": about that time or many, read as it (as "about 20" is).
const ISH_SUFFIX = /(\d)\s*-?\s*ish\b/gi;

/** The text with "ish" taken off numbers ("8ish" → "8"). */
export const withoutIsh = (text: string): string => text.replace(ISH_SUFFIX, '$1');
