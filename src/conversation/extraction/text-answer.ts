// Free-text answers (organisation and site names): trimmed, a greeting and lead-in phrases
// like "hi, it's called" dropped, bounded in length, never empty.
import type { Answers, Template, TemplateField } from '../template.ts';
import { derived, extracted, notExtracted, type ExtractionResult } from './extraction-result.ts';
import { saysUnsure } from './suggestion.ts';
import { plainWords } from './word-tokens.ts';
import { DONT_KNOW_PHRASES } from './dont-know.ts';
import { detectSpans } from '../../privacy/redactor.ts';

type TextField = Extract<TemplateField, { type: 'text' }>;

const LEAD_IN_PHRASE = String.raw`(?:(?:it['’]?s|it is|this is) for|it['’]?s|it is|we['’]?re|we are|we r|this is|(?:the|our|my) (?:(?:new|main|current) )?(?:site|organi[sz]ation|company|business|firm|employer|name)(?: name)?(?: is|['’]s)|(?:site|organi[sz]ation|company)(?: name)?:|(?:our |the )?name(?:['’]s| is)?:?|we['’]?re called|it['’]?s (?:just |simply )?called|(?:just |simply )?called|(?:(?:you can|we|people)\s+)?(?:just\s+)?call (?:it|us)|(?:it['’]?s |we['’]?re )?known as|(?:our|my) (?:client|customer)(?: is|['’]s)?:?)`;
const LEAD_IN = new RegExp(String.raw`^(?:${LEAD_IN_PHRASE}\s+)+`, 'i');
// "Hi, we're Acme", "ok so it's Riverside": a greeting or filler is dropped when punctuation or a lead-in follows
// it, so "Hello Fresh Ltd" keeps its name.
const OPENER_WORD = String.raw`(?:hi|hello|hey|hiya|(?:good )?(?:morning|afternoon|evening)|ok(?:ay)?|sure|yes|yeah|yep|well|so|um+|uh+|er+|hm+|right)`;
// "hello we need guards": a pronoun after the greeting starts what is said, as punctuation would.
const OPENER = new RegExp(String.raw`^(?:${OPENER_WORD}(?: there)?(?:\s*[,!.;:–—-]+\s*|\s+(?=(?:${OPENER_WORD}|${LEAD_IN_PHRASE}|we|i|i['’]?m|our|my)\s)))+`, 'i');

// "I'm Priya from Brightwell FM", "I am from Acme": the speaker introducing themselves; the name is what they are from.
const SPEAKER_FROM = /^(?:i['’]?m|i am|my name is)\s+(?:[\p{L}'’.-]+\s+){0,3}?from\s+(?=\S)/iu;
// "this is Priya from Meridian FM": a person introducing themselves, then where they are from. Whether the words
// before "from" are a person's name is the PII recognizer's call ("This is Acme Security from Leeds" is a name).
const INTRODUCED_FROM = /^(?:this is|it['’]?s)\s+(.+?)\s+from\s+(?=\S)/i;
// "Sarah from Meridian FM", "Sarah Khan from …": without a lead-in, the recognizer must call the words a person's name.
const NAMED_FROM = /^((?:[\p{L}'’.-]+\s+){0,2}[\p{L}'’.-]+)\s+from\s+(?=\S)/u;

// A transcript in lower case: "its mike from northgate logistics". One or two words before "from" are a speaker's
// name (the recognizer needs a capital or its lexicon to say so).
const SPOKEN_SPEAKER = /^[\p{Ll}'’-]+(?: [\p{Ll}'’-]+)?$/u;
export const UPPER_CASE = /\p{Lu}/u;

// "im dave i work for northgate logistics", "I'm Dave, we run Acme", "my name is Raj and I'm the estates manager for
// Coventry University": the speaker's own name, then what they say of where they work.
const SPEAKER_THEN_WORK = /^(?:i['’]?m|i am|my name is|my name['’]s)\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?\s*[,.;–—-]?\s+(?:and\s+)?(?=(?:i|we)\s+(?:work|run|manage|look after|represent)\s|(?:i['’]?m|i am|we['’]?re|we are)\s+with\s|(?:i['’]?m|i am)\s+(?:the|an?)\s)/iu;

function withoutIntroducedSpeaker(text: string): string {
  text = text.replace(SPEAKER_THEN_WORK, '');
  const leadIn = INTRODUCED_FROM.exec(text);
  const introduced = leadIn ?? NAMED_FROM.exec(text);
  if (!introduced) return text;
  const nameStart = introduced[0].indexOf(introduced[1]!);
  const nameEnd = nameStart + introduced[1]!.length;
  const spoken = leadIn !== null && !UPPER_CASE.test(text) && SPOKEN_SPEAKER.test(introduced[1]!);
  const isPerson = spoken || detectSpans(text).some((span) => span.type === 'PERSON' && span.start === nameStart && span.end === nameEnd);
  return isPerson ? text.slice(introduced[0].length) : text;
}

// "Tom from Apex Facilities here": a speaker introducing themselves without a lead-in says "here" after it.
const SPEAKER_HERE = /^(?:[\p{L}'’.-]+\s+){1,2}?from\s+(.+?)\s+here\b.*$/iu;
// "Priya here from Meridian FM", "Tom here, from Apex", "Sam here, operations manager at Brightside": the speaker's
// name, "here", then where they are from or work (lower-case "here": "Here From Day One Ltd" is a name).
const SPEAKER_HERE_FROM = /^(?:[\p{L}'’.-]+\s+){0,1}[\p{L}'’.-]+\s+here,?\s+(?:(?:the\s+|an?\s+)?(?:[\p{Ll}'’-]+\s+){1,3}?(?:at|for|with)|from)\s+(?=\S)/u;
// "I work for Brightside FM", "we're with Acme", "on behalf of Acme", "I look after security for Greenfield Retail": the
// speaker's organisation follows.
// "I work in facilities at Acme" too.
const SPEAKER_FOR = /^(?:(?:i|we)\s+(?:work|working)\s+(?:in\s+(?:[a-z-]+\s+){1,2}?)?(?:for|at)|(?:i|we)\s+(?:look after|manage|handle|run|oversee|arrange|organi[sz]e|do|cover|provide)\s+(?:the\s+)?(?:security|guarding|facilities|facilities management|operations|estates?|premises)\s+(?:for|at)|(?:i|we)['’]?(?:m|re)\s+with|(?:i am|we are)\s+with|i represent|on behalf of)\s+(?=\S)/i;
// "I'm the site manager for Riverside Hospital", "I am looking after security at Northgate": the speaker's role,
// then where they hold it.
const SPEAKER_ROLE_AT = /^(?:i['’]?m|i am)\s+(?:the|a|an|looking after|responsible for|in charge of)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:at|for|with|of)\s+(?=\S)/iu;
// "I run Acme Security", "we manage a hospital": what the speaker runs follows; a name, or a description (below).
const SPEAKER_RUNS = /^(?:i|we)\s+(?:run|manage|look after|operate|own|oversee)\s+(?=\S)/i;
// What follows "I run" when it describes the site rather than names it: "a warehouse", "three car parks", "our depot";
// and "I'm a property manager": the speaker described.
const RUNS_DESCRIBED = /^(?:an?|some|several|few|many|multiple|various|our|my|the\s+[a-z]|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s/;
const SPEAKER_DESCRIBED = /^(?:i['’]?m|i am)\s+an?\s+[a-z]/i;
// "I'm setting up the Northgate retail park for Brightwell FM": the site set up, then the organisation it is for.
// "Can you set up a site for Lakeside Leisure?", "I'd like to add a site for …" too.
const SETTING_UP_FOR = /^(?:(?:i['’]?m|i am|we['’]?re|we are)\s+(?:(?:just|currently|now)\s+)?(?:setting up|onboarding|registering|adding|arranging|organi[sz]ing|sorting out)|(?:(?:can|could|would) you\s+(?:please\s+)?|please\s+|(?:i|we)['’]?d like to\s+|(?:i|we) (?:want|need) to\s+)(?:set up|onboard|register|add|arrange|organi[sz]e|sort out))\s+([^.!?]*?)\s+for\s+(?=\S)/i;

// Replies that give no name: "I don't know", "n/a", "skip". A name field takes none of them as the name.
const NON_ANSWERS: ReadonlySet<string> = new Set([
  ...DONT_KNOW_PHRASES, 'unknown', 'none', 'nothing', 'n a', 'na', 'not applicable', 'tbc', 'tbd', 'skip', 'pass', 'no', 'nope', 'nah',
  'as above', 'yes', 'yeah', 'yep', 'ok', 'okay', 'sure',
]);

const POINTING_WORDS: ReadonlySet<string> = new Set(['just', 'only', 'the', 'a', 'an', 'one', 'that', 'this', 'it', 'same', 'both', 'all', 'of', 'them', 'there', 'here', 'ones']);

// The speaker pointing at themselves ("me", "just us", "I am"): no name, even with a capital "I".
const SELF_WORDS: ReadonlySet<string> = new Set(['me', 'myself', 'i', 'im', 'am', 'us', 'we', 'ourselves']);

const NO_NAME = /^(?:it |there |we |they |the site |this site )?(?:has |s |is |got )?(?:no|not (?:got )?a|(?:doesnt|does not|hasnt|has not|dont|do not)(?: really| actually)?(?: have| got)? a) (?:real |proper |official |specific )?name\b/;

// "Acme ltd thanks", "Acme Ltd, cheers": thanks at the end are not part of the name.
const TRAILING_THANKS = /\s*[,;]?\s+(?:thanks|thank you|cheers)[.!]*$/i;
// "Apex Tower now", "Apex Ltd instead": a lower-case word after the name saying it is a change. Not "Open Now".
const TRAILING_CHANGE = /\s+(?:now|instead|then|please)[.!?]*$/;

/** Words that open a clause or sentence after a name, shared by the two rules below, which each add their own. */
const CLAUSE_OPENER = String.raw`${LEAD_IN_PHRASE}|we|we['’]ve|i|i['’]m|i am|our|they|located|based|open|opened|please|thanks|thank you`;

// "Brightwell FM, looking after Canary Wharf", "Tower 3 - it's in the docklands": after a comma, semicolon or
// dash, a word that opens a clause (a pronoun, a preposition, a participle) ends the name. Name words after a
// comma ("Smith, Jones and Partners", "Acme, Inc.") are not among them.
const TRAILING_CLAUSE = new RegExp(String.raw`\s*(?:[,;]|\s[–—-])\s*(?:and\s+|but\s+|so\s+)?(?:${CLAUSE_OPENER}|which|who|that|where|at|in|on|for|near|by|with|from|looking|managing|running|covering|responsible|serving|closed|operating|staffed|guarded|manned|just)\b.*$`, 'i');

// "Crown Estates and I need guards for …": "and" then a pronoun opens a clause of its own, with or without a comma.
const AND_CLAUSE = /\s+and\s+(?:i|i['’]m|i am|we|we['’]re|we are|we['’]ve|we have|our|it['’]s|it is|they|they['’]re)\s.*$/i;
// "northgate logistics we have a distribution centre": a transcript has no punctuation, so "we" and a verb start the
// next clause.
const WE_CLAUSE = /\s+(?:we|i)\s+(?:have|need|want|run|require|operate|manage|look after|got)\s.*$|\s+(?:we['’]?ve|we['’]re|we are)\s.*$/i;

// "we're a small charity called Hope Trust", "it's a warehouse called Unit 7", "we are a logistics firm, Northgate
// Logistics": a description, then the name it goes by, capitalised (so the regex is case-sensitive). After a comma or
// dash only for "we"/"they": "it's a warehouse, Leeds" may give a place. Not "I'm a …, Dave": a person.
const DESCRIBED_THEN_NAMED = /^(?:(?:(?:[Ww]e['’]?re|[Ww]e are|[Ww]e r|[Tt]hey['’]?re|[Tt]hey are)\s+[Aa]n?\s+(?:[\p{Ll}'’-]+\s+){0,4}?[\p{Ll}'’-]+\s*[,–—-]\s*)|(?:(?:[Ww]e['’]?re|[Ww]e are|[Ww]e r|[Ii]t['’]?s|[Ii]t is|[Tt]his is|[Tt]hey['’]?re|[Tt]hey are)\s+)?[Aa]n?\s+(?:[\p{Ll}'’-]+\s+){0,4}?[\p{Ll}'’-]+\s+(?:called|named)\s+)(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:&|and|of|the|\p{Lu}[\p{L}\p{N}'’.-]*|\d+))*)/u;

export const NEED_A_NAME = 'I need a name here; what people call it day to day is fine.';

// "there are two warehouses", "we've got three buildings": the site described, not named.
const DESCRIPTION = /^(?:(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:after|wanting|needing|interested\s+in|enquiring|inquiring)|(?:i|we)\s+(?:was|were)|there\s+(?:are|is)|there['’]s|we\s+have|we['’]ve\s+got|we\s+got|it\s+has|it['’]s\s+got|(?:we|i)\s+(?:need|want|require)|(?:a\s+)?quote\s+for|(?:can|could)\s+(?:you|i|we)|(?:we['’]?re|we\s+are|i['’]?m|i\s+am)\s+looking\s+(?:for|to)|looking\s+(?:for|to)|need(?:s|ing)?)\s/i;
// "Looking to get guards for our depot, we're Swift Haulage": after what is wanted, who is asking, capitalised.
const NAMED_LATER = /[,;.!]\s+(?:and\s+)?(?:we['’]re|we are)\s+(?!an?\s)(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:&|and|of|the)\s+)*\p{Lu}[\p{L}\p{N}'’&.-]*)*)/u;
// "it's a retail park with 5 units": an article and a lower-case word describe the site rather than name it.
const DESCRIBED = /^an?\s+[a-z]/;
// "a block of flats in Salford, Riverside Court", "a warehouse - Unit 7": a description, then after a comma or dash
// a capitalised name of two words or more that ends the reply (one word could be a place: "a warehouse, Leeds").
const DESCRIBED_THEN_NAME = /^(?:(?:it['’]?s|it is|this is)\s+)?an?\s+[a-z][^,–—]*?\s*(?:,|\s[–—-])\s*(?:(?:it['’]?s\s+)?(?:called|named)\s+)?(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:&|and|of|the|on|upon|\p{Lu}[\p{L}\p{N}'’.-]*|\d+))+)[.!]?$/u;

// "mobile patrols at our car park please": in lower case, "our" or "my" after other words, or "please", say what is
// wanted, not what it is called ("our lady of lourdes school" is a name); so does "my" at the start ("it's for my dads shop").
const SAID_OF_OURS = /^(?!.*\p{Lu})(?:.+\s(?:our|my)\s|my\s|.*\bplease\b)/u;

// "Riverside Hospital needs 4 guards", "Brightwell FM - a 12 floor office tower": a verb, or a dash or comma then an
// article, after the name starts what is said about it. Lower case only: "Special Needs Trust" is a name.
// "Northgate Logistics, distribution centre, 24/7 …": after a comma, lower case or a number describes; a name goes on
// capitalised ("Smith, Jones and Partners").
const DESCRIBED_AFTER_COMMA = /\s*[,;]\s*[a-z\d].*$/;
const SAID_ABOUT = /(?:(?:\s+and)?\s+(?:needs?|requires?|wants?|is\s+looking\s+for|are\s+looking\s+for|would\s+like)\s|\s*(?:[,;]|\s[–—-])\s*(?:an?|the)\s+[\da-z]).*$/;

// "We're Acme Ltd. The site is North Gate…": a full stop followed by a word that opens a sentence (a pronoun,
// "the", "our", "open" …) ends the name. Other full stops belong to it: "J.P. Morgan", "Smith & Co. Ltd", "St. John".
const NEXT_SENTENCE = new RegExp(String.raw`[.!?]\s+(?:${CLAUSE_OPENER}|the|it|this|there|site|and|so|also)\b.*$`, 'is');

// "same as the company", "same name": the name given to the other name question (the organisation's, for the site).
const SAME_NAME = /^(?:the )?same(?: name)?(?: as (?:the |our |my )?(?:company|organi[sz]ations?|business|firm|above|before|that|the other(?: one)?)(?: name| one)?)?$/;

/**
 * The name answered for the template's one other name question, when the reply says the name is the same; said
 * back (derived), since the user did not type it. Null when the reply says something else or there is no such answer.
 */
export function sameNameAsAnswered(template: Template, field: TextField, reply: string, answers: Answers = {}): ExtractionResult | null {
  if (!SAME_NAME.test(plainWords(reply).join(' '))) return null;
  const named = template.fields.filter((other) => other.type === 'text' && other.key !== field.key && typeof answers[other.key] === 'string');
  if (named.length !== 1) return null;
  const name = answers[named[0]!.key] as string;
  return derived(extracted(name, 0.9, name));
}

// "not sure yet", "don't know": no name. Capitalised past the first word, it is one ("No Idea Studios").
const CAPITAL_AFTER_FIRST_LETTER = /^.\P{Lu}*\p{Lu}/u;

// "… Thanks, Dave at Acme Ltd", "Regards, Sam from St Marys Trust": a sign-off saying where the writer is from names
// it, unless the message named something before it.
const SIGNED_OFF_FROM = /(?:^|[.!?,]\s*)(?:many thanks|thanks|thank you|kind regards|best regards|regards|best wishes|cheers)[,!.]?\s+(?:[\p{L}'’.-]+\s+){1,3}?(?:at|from)\s+(\S.*)$/iu;
// "It's our distribution centre at Trafford Park, we call it DC1": the name said after the description.
const CALLED_LATER = /[,;.]\s*(?:and\s+|but\s+)?(?:(?:we|people|everyone|staff|they)\s+(?:just\s+|all\s+)?call\s+it|(?:it['’]?s\s+)?(?:known as|called))\s+(?=\S)/i;
// "Quote request: 24/7 security, … Company: Apex Distribution Ltd.": a labelled name anywhere in a message.
const LABELLED_NAME = /(?:^|[.;,!?\n]\s*)(?:company|organi[sz]ation|client|customer|business|employer)(?: name)?\s*:\s*(\S[^\n;|]*)/i;
// "Hello from Leeds City Council", "Greetings from the team at Blue Sky Housing".
const GREETING_FROM = /^(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening))(?: there)?,?\s+from\s+(?:(?:all of us|everyone|the team|all)\s+(?:at|in)\s+)?(?=\S)/i;
// "I am contacting you on behalf of Kingsway Properties regarding our office block".
const ON_BEHALF_OF = /^.*?\bon behalf of\s+(?=\S)/i;
// "Re: security quote - Hartley Logistics", "Subject: New site - Hartley Logistics", "FAO onboarding team, from
// Hartley Logistics": an email's subject or addressee line, then the name.
const SUBJECT_LINE = /^(?:(?:re|fwd?|subject)\s*:\s*)+(?:(?:[\p{L}'’]+\s+){0,4}?(?:quote|site|enquiry|inquiry|request|security|guarding|onboarding|cover)\s*(?:[:–—]|\s-)\s*(?=\p{Lu}))?/iu;
const ADDRESSED_TO = /^(?:fao|attn|for the attention of)\b[^,]*,\s*(?:from\s+)?(?=\S)/i;
// "New client here - Pinnacle Facilities Group": the speaker saying who they are to us, then the name.
const NEW_CLIENT = /^(?:(?:we['’]?re|we are|i['’]?m|i am)\s+)?(?:an?\s+)?new\s+(?:client|customer)(?:\s+here)?\s*(?:[,:;.!]+|\s[–—-])\s*(?=\S)/i;
// "we're part of the Acme group": the group is the name.
const PART_OF = /^(?:we['’]?re|we are|it['’]?s|it is)\s+(?:a\s+)?part of\s+(?=\S)/i;
const REGARDING = /\s+(?:regarding|concerning)\s.*$/i;
// "Kingsway Properties here": the speaker's organisation saying it is them.
const HERE_AT_END = /\s+here$/;
// "Acme (we are a subsidiary of Apex)": an aside in brackets that opens a clause; "Acme (UK) Ltd" keeps its brackets.
const ASIDE = /\s*\((?:we|we['’]re|i|it|it['’]s|they|part of|a subsidiary|formerly|previously|trading as)\b[^)]*\)/gi;
// "Riverside NHS Foundation Trust (estates team)", "Hartley Logistics (Leeds branch)": lower-case words in brackets
// at the end, or a part of the organisation, say who is writing or where.
const TRAILING_LOWER_ASIDE = /\s*\((?:[\p{Ll}\s&'’-]+|[^)]*\b(?:branch|site|office|depot|team|division|department|dept|region)\b[^)]*)\)$/u;
// "Hartley Logistics here, need a quote": the speaker's organisation saying it is them, then what they want.
const HERE_THEN = /\s+here\s*[,.;:!–—-].*$/;

/** The reply without who is speaking and how they lead in: "Tom from Apex here", "I work for", "I'm the site manager at", "it's called". */
function withoutSpeaker(reply: string): string {
  return withoutIntroducedSpeaker(reply).replace(SPEAKER_HERE, '$1').replace(SPEAKER_HERE_FROM, '').replace(SPEAKER_FROM, '').replace(SPEAKER_FOR, '')
    .replace(SPEAKER_ROLE_AT, '').replace(SPEAKER_RUNS, '').replace(LEAD_IN, '');
}

/** A name without what the reply goes on to say: the next sentence, thanks, a clause, "regarding …", "here", what the site needs. */
function withoutWhatFollows(name: string): string {
  return name.replace(ASIDE, '').replace(TRAILING_LOWER_ASIDE, '').replace(HERE_THEN, '').replace(NEXT_SENTENCE, '').replace(TRAILING_THANKS, '').replace(TRAILING_CHANGE, '').replace(TRAILING_CLAUSE, '').replace(AND_CLAUSE, '').replace(WE_CLAUSE, '')
    .replace(REGARDING, '').replace(HERE_AT_END, '').replace(SAID_ABOUT, '').replace(DESCRIBED_AFTER_COMMA, '').replace(/[.!]+$/, '').trim();
}

/** A name picked out of a longer message: read with less confidence, and said back so a wrong pick is seen. */
const pickedOut = (named: ExtractionResult): ExtractionResult => (named.ok ? derived({ ...named, confidence: Math.min(named.confidence, 0.85) }) : named);

/**
 * "I'm setting up <site> for <organisation>": the site's name question (the one named after the kind of site) takes
 * what is set up when it is capitalised ("the Northgate retail park", not "security"); otherwise what it is for.
 * Said back, as a few words of a longer message.
 */
function nameSetUpFor(field: TextField, setUp: string, setUpFor: string): ExtractionResult {
  if (field.named_after === undefined && RUNS_DESCRIBED.test(setUpFor)) return notExtracted('no_match', NEED_A_NAME);
  return pickedOut(extractText(field, field.named_after !== undefined && UPPER_CASE.test(setUp) ? setUp : setUpFor));
}

export function extractText(field: TextField, text: string): ExtractionResult {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length === 0) return notExtracted('empty', 'I didn’t catch an answer.');
  const signedOff = SIGNED_OFF_FROM.exec(collapsed);
  if (signedOff !== null) {
    // "Canary House. Thanks, Dave from Acme": a name before the sign-off is the answer.
    const before = signedOff.index > 0 ? extractText(field, collapsed.slice(0, signedOff.index)) : null;
    return before?.ok ? before : extractText(field, signedOff[1]!);
  }
  // For the organisation's name question (the one not named after the kind of site); on the text as written, whose
  // line breaks end the label's value.
  const labelled = field.named_after === undefined ? LABELLED_NAME.exec(text) : null;
  const labelledName = labelled === null ? null : pickedOut(extractText(field, labelled[1]!));
  if (labelledName?.ok) return labelledName;
  const calledLater = CALLED_LATER.exec(collapsed);
  const calledName = calledLater === null ? null : pickedOut(extractText(field, collapsed.slice(calledLater.index + calledLater[0].length)));
  if (calledName?.ok) return calledName;
  const words = plainWords(collapsed).join(' ');
  // "same as the company" with no other name answered (see sameNameAsAnswered) names nothing.
  if (NON_ANSWERS.has(words) || SAME_NAME.test(words)) return notExtracted('no_match', NEED_A_NAME);
  // "no name really, just the address": a place without a name goes by its address.
  if (NO_NAME.test(words)) return notExtracted('no_match', 'If it has no name, its address will do, like “12 High Street”.');
  if (saysUnsure(collapsed) && !CAPITAL_AFTER_FIRST_LETTER.test(collapsed)) return notExtracted('no_match', NEED_A_NAME);
  const opened = collapsed.replace(SUBJECT_LINE, '').replace(ADDRESSED_TO, '').replace(GREETING_FROM, '').replace(OPENER, '').replace(NEW_CLIENT, '').replace(ON_BEHALF_OF, '').replace(PART_OF, '');
  const describedThenNamed = DESCRIBED_THEN_NAMED.exec(opened);
  if (describedThenNamed !== null) {
    const named = extractText(field, describedThenNamed[1]!);
    return named.ok ? { ...named, confidence: Math.min(named.confidence, 0.85) } : named;
  }
  // "a block of flats in Salford, Riverside Court": the name after the description.
  const named = DESCRIBED_THEN_NAME.exec(opened);
  if (named !== null) {
    const after = extractText(field, named[1]!);
    return after.ok ? { ...after, confidence: Math.min(after.confidence, 0.85) } : after;
  }
  const settingUp = SETTING_UP_FOR.exec(opened);
  if (settingUp !== null) return nameSetUpFor(field, settingUp[1]!, opened.slice(settingUp[0].length));
  if (DESCRIPTION.test(opened) || SPEAKER_DESCRIBED.test(opened)) {
    const later = NAMED_LATER.exec(opened);
    return later === null ? notExtracted('no_match', NEED_A_NAME) : pickedOut(extractText(field, later[1]!));
  }
  const runs = SPEAKER_RUNS.exec(opened);
  if (runs !== null && RUNS_DESCRIBED.test(opened.slice(runs[0].length))) return notExtracted('no_match', NEED_A_NAME);
  const withoutLeadIn = withoutWhatFollows(withoutSpeaker(opened));
  if (DESCRIBED.test(withoutLeadIn) || SAID_OF_OURS.test(withoutLeadIn)) return notExtracted('no_match', NEED_A_NAME);
  const value = withoutLeadIn.length > 0 ? withoutLeadIn : collapsed;
  // "not sure, the main one": unsure once what follows it is cut off.
  if (saysUnsure(value) && !CAPITAL_AFTER_FIRST_LETTER.test(value)) return notExtracted('no_match', NEED_A_NAME);
  if (!/[\p{L}\p{N}]/u.test(value)) return notExtracted('no_match', 'That doesn’t look like a name. Please type it in words.');
  // "just the one", "that one": words that point at something, said without a capital, name nothing.
  if (!/\p{Lu}/u.test(value) && plainWords(value).every((word) => POINTING_WORDS.has(word))) return notExtracted('no_match', NEED_A_NAME);
  // "it's me, I'm a sole trader", "just us": the speaker, not a name.
  const valueWords = plainWords(value);
  if (valueWords.some((word) => SELF_WORDS.has(word)) && valueWords.every((word) => SELF_WORDS.has(word) || POINTING_WORDS.has(word))) {
    return notExtracted('no_match', `That reads as you rather than a name; your own name will do if that is what it goes by. ${field.help}`);
  }
  if (value.length > field.max_length) return notExtracted('out_of_range', `Please keep it under ${field.max_length} characters.`);
  return extracted(value, value === collapsed ? 0.95 : 0.85, value);
}
