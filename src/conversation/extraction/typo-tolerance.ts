// Typos in the words of a choice ("warehose", "hosptial", "electricty and watter"): when a reply to a choice
// question matches no option, each longer word that is not one of the options' words is read as the one option
// word nearest to it in edit distance (fastest-levenshtein), if that is close enough and no other is as close.
// The reply read that way is then matched as usual; the caller says the answer back, so a wrong guess is seen.
import { distance } from 'fastest-levenshtein';
import type { TemplateField } from '../template.ts';
import { stemWord } from './word-tokens.ts';

type OptionField = Extract<TemplateField, { type: 'enum' | 'multi_select' }>;

// Shorter words are not corrected: "gass" or "clok" could be many words. A transposition costs 2 here
// ("hosptial"), so 2 is allowed only in longer words. A word may be corrected to a four-letter option word ("keyes"),
// from the same first letter.
const MIN_CORRECTED_LENGTH = 5;
const MIN_OPTION_WORD_LENGTH = 4;
const LONG_WORD_LENGTH = 7;

const maxDistance = (word: string): number => (word.length >= LONG_WORD_LENGTH ? 2 : 1);

const WORD = /\p{L}+/gu;
const vocabularyCache = new WeakMap<OptionField['options'], { words: string[]; stems: ReadonlySet<string> }>();

/** The options' words (value, label, synonyms) long enough to be a correction, and the stems of all of them. */
function vocabulary(field: OptionField): { words: string[]; stems: ReadonlySet<string> } {
  let cached = vocabularyCache.get(field.options);
  if (!cached) {
    const all = field.options.flatMap((option) => [option.value.replace(/_/g, ' '), option.label, ...option.synonyms])
      .flatMap((phrase) => phrase.toLowerCase().match(WORD) ?? []);
    cached = { words: [...new Set(all.filter((word) => word.length >= MIN_OPTION_WORD_LENGTH))], stems: new Set(all.map(stemWord)) };
    vocabularyCache.set(field.options, cached);
  }
  return cached;
}

/** The one option word nearest to `word` within its allowed distance, or null if none is, or two are as near. */
function nearestOptionWord(word: string, words: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = maxDistance(word) + 1;
  let tied = false;
  for (const candidate of words) {
    // A short option word only from the same first letter: "keyes" is keys, "small" is no mall.
    if (candidate.length < MIN_CORRECTED_LENGTH && candidate[0] !== word[0]) continue;
    const apart = distance(word, candidate);
    if (apart < bestDistance) { best = candidate; bestDistance = apart; tied = false; } else if (apart === bestDistance) tied = true;
  }
  return tied ? null : best;
}

/** The reply with its misspelt option words replaced by the option words meant, or null if no word was corrected. */
export function correctOptionTypos(field: OptionField, text: string): string | null {
  const { words, stems } = vocabulary(field);
  let corrected = false;
  const read = text.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < MIN_CORRECTED_LENGTH || stems.has(stemWord(lower))) return word;
    const meant = nearestOptionWord(lower, words);
    if (meant === null) return word;
    corrected = true;
    return meant;
  });
  return corrected ? read : null;
}
