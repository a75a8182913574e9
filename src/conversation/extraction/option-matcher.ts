// Matches free text against enum and multi-select options by whole words,
// using each option's value, label and synonyms; negated mentions ("not a
// factory") do not count.
import type { TemplateField } from '../template.ts';
import { findPhrase, wordTokens, type TokenSpan } from './word-tokens.ts';
import { keyAsWords } from '../wording.ts';

type OptionField = Extract<TemplateField, { type: 'enum' | 'multi_select' }>;

/** The best mention of one option in a text. */
export interface OptionMatch { value: string; label: string; score: number; span: TokenSpan; exact: boolean }

const NEGATORS = new Set(['not', 'no', 'never', 'isnt', 'arent', 'dont', 'doesnt', 'without', 'nor', 'neither']);
const phraseCache = new WeakMap<OptionField['options'], Array<{ value: string; label: string; phrases: string[][]; notWithin: string[][] }>>();

function optionPhrases(field: OptionField): Array<{ value: string; label: string; phrases: string[][]; notWithin: string[][] }> {
  const cached = phraseCache.get(field.options);
  if (cached) return cached;
  const built = field.options.map((option) => ({
    value: option.value,
    label: option.label,
    phrases: [keyAsWords(option.value), option.label, ...option.synonyms]
      .map((phrase) => wordTokens(phrase))
      .filter((tokens) => tokens.length > 0),
    notWithin: option.not_within.map((phrase) => wordTokens(phrase)),
  }));
  phraseCache.set(field.options, built);
  return built;
}

// Words a negation reaches past to the option: "not a factory", "don't need the visitor book", "don't really use gas",
// "we don't read the water meter".
const NEGATION_FILLERS = new Set(['a', 'an', 'the', 'any', 'need', 'have', 'want', 'use', 'keep', 'run', 'got', 'really', 'actually',
  'read', 'do', 'check', 'log', 'record', 'monitor', 'take', 'our', 'their']);
const NEGATION_REACH = 4;

/** Whether a negation comes just before `span`, past fillers ("not a factory", "don't need the visitor book"). */
export function isNegated(tokens: readonly string[], span: TokenSpan): boolean {
  for (let index = span.start - 1; index >= 0 && index >= span.start - NEGATION_REACH; index--) {
    if (NEGATORS.has(tokens[index]!)) return true;
    if (!NEGATION_FILLERS.has(tokens[index]!)) return false;
  }
  return false;
}

/** Every option's phrases as word tokens: its value, label and synonyms. */
export function optionPhraseTokens(field: OptionField): string[][] {
  return optionPhrases(field).flatMap((option) => option.phrases);
}

/** Whether `span` lies inside one of `phrases` said in `tokens` ("car" inside "car park"). */
function withinPhrase(tokens: readonly string[], span: TokenSpan, phrases: readonly string[][]): boolean {
  return phrases.some((phrase) => findPhrase(tokens, phrase).some((around) => around.start <= span.start && around.end >= span.end));
}

/** Each option mentioned (and not negated) in `tokens`, with its longest matching phrase as score. */
export function matchOptions(field: OptionField, tokens: readonly string[]): OptionMatch[] {
  const matches: OptionMatch[] = [];
  for (const option of optionPhrases(field)) {
    let best: OptionMatch | null = null;
    for (const phrase of option.phrases) {
      for (const span of findPhrase(tokens, phrase)) {
        if (isNegated(tokens, span) || withinPhrase(tokens, span, option.notWithin)) continue;
        if (!best || phrase.length > best.score) {
          best = { value: option.value, label: option.label, score: phrase.length, span, exact: phrase.length === tokens.length };
        }
      }
    }
    if (best) matches.push(best);
  }
  return dropShadowedMatches(matches);
}

/** The options mentioned only negated in `tokens` ("we don't need the water meter", "no vehicle log"). */
export function negatedOptions(field: OptionField, tokens: readonly string[]): string[] {
  const mentioned = new Set(matchOptions(field, tokens).map((match) => match.value));
  return optionPhrases(field)
    .filter((option) => !mentioned.has(option.value) && option.phrases.some((phrase) => findPhrase(tokens, phrase).some((span) => isNegated(tokens, span))))
    .map((option) => option.value);
}

/** A match lying inside a longer match of another option ("centre" in "data centre") is not a mention. */
function dropShadowedMatches(matches: OptionMatch[]): OptionMatch[] {
  return matches.filter((match) => !matches.some((other) => other !== match && other.score > match.score
    && other.span.start <= match.span.start && other.span.end >= match.span.end));
}
