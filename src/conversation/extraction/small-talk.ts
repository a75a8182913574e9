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
// "hang on", "one sec", "bear with me": the user is looking the answer up.
const MOMENT = String.raw`(?:a )?(?:sec|second|secs|seconds|min|minute|mo|moment|tick)`;
const WAITING = new RegExp(String.raw`^(?:(?:ok |okay |sure )?(?:hang on|hold on|wait|bear with me|one ${MOMENT}|just ${MOMENT}|give me ${MOMENT})(?: ${MOMENT}| please| let me (?:look|check|find it))*)$`);

/** What Intake says back before asking the question again. */
export const SMALL_TALK_REPLY = { greeting: 'Hello!', thanks: 'You’re welcome.', waiting: 'No rush, take your time.' } as const;

/** 'greeting', 'thanks' or 'waiting' when the whole reply is pleasantries (greetings, "how are you", thanks, "hang on"); else null. */
export function smallTalkKind(reply: string): keyof typeof SMALL_TALK_REPLY | null {
  const words = plainWords(reply).join(' ');
  if (WAITING.test(words)) return 'waiting';
  if (!PLEASANTRY.test(words)) return null;
  return THANKS_ONLY.test(words) ? 'thanks' : 'greeting';
}
