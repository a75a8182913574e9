// Replies that ask about the question instead of answering it ("what do you mean?", "help", "why do you need
// that?"). They are never stored as an answer: a free-text field would otherwise take "what do you mean?" as
// the organisation's name. The step answers them with the question's help, and the funnel counts them as a
// re-ask, which is what they are: the question did not make itself clear.
import { plainWords } from './word-tokens.ts';

/** Whole replies (lower-case words, apostrophes dropped) that ask for help. */
const HELP_PHRASES: ReadonlySet<string> = new Set([
  'help', 'help me', 'help please', 'please help', 'what', 'huh', 'eh', 'pardon', 'sorry', 'come again', 'say again', 'meaning',
  'explain', 'please explain', 'explain please', 'what do you mean', 'what does that mean', 'what does this mean', 'what is that',
  'whats that', 'what is this', 'whats this', 'i dont understand', 'i do not understand', 'dont understand', 'i dont get it',
  'dont get it', 'im confused', 'i am confused', 'confused', 'not sure what you mean', 'i dont know what you mean',
  'why', 'why do you need this', 'why do you need that', 'why do you need to know', 'why do you ask',
  // Asking for the question again.
  'whats next', 'what is next', 'what now', 'now what', 'whats the question', 'what was the question', 'what was the question again',
  'repeat', 'repeat that', 'repeat please', 'repeat the question', 'say that again', 'can you repeat that', 'could you repeat that',
]);

/** A reply ending in '?' that starts with one of these asks something back ("which name do you mean?"). */
const WH_OPENERS: ReadonlySet<string> = new Set(['what', 'whats', 'why', 'how', 'which', 'who', 'whos', 'where', 'when', 'sorry', 'pardon', 'huh', 'eh']);
/** Proposals, not questions: "how about 3?", "what about nights?". */
const PROPOSING = new Set(['about', 'abt']);
/** A yes/no question may carry an answer ("is 24/7 ok?", "can we say 3?"): it is only a question if nothing else reads. */
const YES_NO_OPENERS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'should', 'do', 'does', 'is', 'are', 'will', 'may']);

/**
 * `asks`: the reply asks about the question, whatever else it holds ("what counts as a campus?"); `may_ask`: it
 * is a yes/no question, which is a request for help only if it does not also read as an answer; null: neither.
 */
export function helpRequestKind(reply: string): 'asks' | 'may_ask' | null {
  const trimmed = reply.trim();
  const words = plainWords(trimmed);
  if (words.length === 0) return trimmed.includes('?') ? 'asks' : null;
  if (HELP_PHRASES.has(words.join(' '))) return 'asks';
  if (!trimmed.endsWith('?')) return null;
  if (WH_OPENERS.has(words[0]!) && !PROPOSING.has(words[1] ?? '')) return 'asks';
  return YES_NO_OPENERS.has(words[0]!) ? 'may_ask' : null;
}
