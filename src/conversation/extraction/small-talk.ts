// Replies that are only pleasantries ("hi there", "good morning!", "thanks"). They answer no question: a
// free-text field would otherwise take "hi there" as the organisation's name (it did, when a chat opened with
// a greeting). The step greets back and asks the question again; the funnel does not count it as a re-ask,
// since nothing about the question was unclear.
import { plainWords } from './word-tokens.ts';

const GREETING = String.raw`(?:(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)(?: there| all| everyone| team| again)?)`;
const ASKING_AFTER = String.raw`(?:how are you(?: doing)?(?: today)?|how are things|hows it going|nice to meet you|pleased to meet you)`;
const THANKS = String.raw`(?:thanks(?: a lot| very much| so much)?|thank you(?: very much| so much)?|many thanks|cheers|ta)`;
const PLEASANTRY = new RegExp(String.raw`^(?:${GREETING}|${ASKING_AFTER}|${THANKS})(?: (?:${GREETING}|${ASKING_AFTER}|${THANKS}))*$`);
const THANKS_ONLY = new RegExp(String.raw`^${THANKS}(?: ${THANKS})*$`);

/** What Intake says back before asking the question again. */
export const SMALL_TALK_REPLY = { greeting: 'Hello!', thanks: 'You’re welcome.' } as const;

/** 'greeting' or 'thanks' when the whole reply is pleasantries (greetings, "how are you", thanks); else null. */
export function smallTalkKind(reply: string): 'greeting' | 'thanks' | null {
  const words = plainWords(reply).join(' ');
  if (!PLEASANTRY.test(words)) return null;
  return THANKS_ONLY.test(words) ? 'thanks' : 'greeting';
}
