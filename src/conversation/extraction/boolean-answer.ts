// Yes/no answers: "yeah", "we do", "nope", "we don't"; a reply that says both is ambiguous.
import { extracted, notExtracted, type ExtractionResult } from './extraction-result.ts';
import { findPhrase, wordTokens, type TokenSpan } from './word-tokens.ts';

const YES = ['yes', 'yeah', 'yep', 'yup', 'ya', 'sure', 'correct', 'right', 'affirmative', 'we do', 'we have', 'of course',
  'definitely', 'absolutely', 'indeed', 'true', 'y', 'ok', 'okay', 'certainly', 'it is', 'we are'];
const NO = ['no', 'nope', 'nah', 'none', 'we dont', 'we do not', 'not really', 'never', 'false', 'n', 'negative', 'dont',
  'do not', 'not', 'it isnt', 'it is not', 'we arent', 'we are not', 'we havent', 'we have not'];

const yesPhrases = YES.map(wordTokens);
const noPhrases = NO.map(wordTokens);

function spansOf(tokens: readonly string[], phrases: readonly string[][]): TokenSpan[] {
  return phrases.flatMap((phrase) => findPhrase(tokens, phrase));
}

function inside(span: TokenSpan, others: readonly TokenSpan[]): boolean {
  return others.some((other) => other.start <= span.start && other.end >= span.end && other.end - other.start > span.end - span.start);
}

export function extractBoolean(text: string): ExtractionResult {
  const tokens = wordTokens(text);
  const yesSpans = spansOf(tokens, yesPhrases);
  const noSpans = spansOf(tokens, noPhrases);
  // "we do not" contains "we do": a phrase inside a longer one of the other polarity does not count.
  const saysYes = yesSpans.some((span) => !inside(span, noSpans));
  const saysNo = noSpans.some((span) => !inside(span, yesSpans));
  if (saysYes && saysNo) return notExtracted('ambiguous', 'I heard both a yes and a no. Could you answer just yes or no?');
  if (!saysYes && !saysNo) return notExtracted('no_match', 'Please answer yes or no.');
  const confidence = tokens.length <= 3 ? 0.95 : 0.85;
  return extracted(saysYes, confidence, saysYes ? 'yes' : 'no');
}
