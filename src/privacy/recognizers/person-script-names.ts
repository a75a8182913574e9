// Names in Arabic script (Arabic, and Urdu's letters) and in Hebrew known by their first names, where no label or title stands
// before them (person-scripts.ts reads those): "أنا عائشة المهيري" (I am Aisha al-Muhairi), "مشرف الموقع فهد العتيبي" (the
// site's supervisor Fahd al-Otaibi), "سلطان بن فهد العتيبي", "ومناوب الليل سعود" (and the night guard Saud), Urdu's "میں عائشہ
// ملک" and "سپروائزر نوید اقبال ہیں", Hebrew's "אני מורן אלמוג" (I am Moran Almog) and "זה אבי" (it's Avi).
//
// Decisions: a first name of the lists below (common in the Gulf, Egypt, the Levant, Pakistan and Israel), then a family name
// with the article "ال" ("العتيبي"), or "بن"/"بنت" and a name first, is a full name anywhere; after "I am" (أنا, میں, אני), "my
// name is" (اسمي, میرا نام), "it's" (זה) or a role (supervisor, guard, on duty, technician, manager), the first name alone is a
// name, and the word after it too when it is a known name or, in Hebrew, no word of the sentence's (מנהלת, "manager"). After
// "king", "prince", "sheikh", "street" or "road" it is a place's: "طريق الملك فهد" (King Fahd Road).
import type { DetectedSpan } from '../recognizer.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((word) => word !== ''));

// Arabic script: Arabic's spellings, and Urdu's (ہ, ی, ک) of the names Pakistan shares. Not those that are everyday words as
// often (نور light, أمل hope, جميلة beautiful, سعيد happy, كريم generous, عادل just, جمال beauty, صالح valid, هدى, سمر).
const ARABIC_FIRST_NAMES = words(`محمد أحمد احمد محمود مصطفى علي عمر عثمان خالد سعود فهد فيصل سلطان تركي بندر نايف عبدالله عبدالرحمن عبدالعزيز
يوسف إبراهيم ابراهيم إسماعيل اسماعيل حسن حسين سامح سامي طارق ياسر وليد ناصر ماجد راشد حمد حمدان منصور مشعل عماد هشام
أيمن ايمن رامي زياد باسل نبيل مازن شريف عمرو هاني وائل أسامة اسامة بلال أنس انس حمزة سلمان ثامر نواف محسن فارس مراد
فاطمة عائشة مريم خديجة زينب نورة نورا سارة ريم هند ليلى ياسمين منى رانيا دينا سلمى لينا رنا هبة آمنة أسماء اسماء
شيماء منار دعاء إيمان ايمان سعاد لمياء غادة نادية عبير حنان ريهام مها لطيفة شهد روان
عائشہ فاطمہ نوید عمران کامران فیصل علی زاہد شاہد عاصم حمزہ سعدیہ ثناء مہوش رابعہ صائمہ نازیہ شازیہ جاوید پرویز ارشد اسد آصف
ساجد وقار فرحان نعمان رضوان عثمان حسن حسین بلال`);
// Family names that are no first name's and have no article: Pakistan's and the Levant's.
const ARABIC_FAMILY_NAMES = words('اقبال ملک خان چوہدری بٹ قریشی رضا شاہ مرزا شیخ صدیقی حداد خوري خوری نصار');
const HEBREW_FIRST_NAMES = words(`אבי משה דוד יוסי רון מורן נועה מיכל שירה תמר יעל רותם עומר איתי אורי דניאל יונתן נדב עידו גיל שי ליאור אסף
עמית טל רחל שרה אורית דנה הילה מאיה ענבל קרן רוני שלומי אלי יעקב אברהם חיים שמעון רונית סיגל לימור אתי יוסף אהרון מיכאל ליאת`);
// Words after a Hebrew first name that are the sentence's, not a surname: a role, "from", "in", "the".
const HEBREW_NOT_A_NAME = words('מנהל מנהלת אחראי אחראית מ מה ב של זה היא הוא כאן פה מהחברה מנהל־האחזקה');

const ARABIC_LETTERS = String.raw`[\u0620-\u064A\u066E-\u06D3]`;
const ARABIC_WORD = `${ARABIC_LETTERS}+`;
// "I am", "my name is", and the roles a name follows: a supervisor, an on-duty guard, a guard, a technician, an engineer, a
// manager, the stand-in ("والبديل سعود", and the stand-in Saud), and Urdu's supervisor and guard in English loan words.
const ARABIC_CUE = String.raw`(?:أنا|انا|اسمي|إسمي|میں|میرا نام|مشرف(?: ${ARABIC_WORD})?|ومناوب(?: ${ARABIC_WORD})?|مناوب(?: ${ARABIC_WORD})?|حارس(?: ${ARABIC_WORD})?|فني|مدير(?: ${ARABIC_WORD})?|والبديل|البديل|سپروائزر|گارڈ)`;
// A first name, then "bin" and a name, or a family name with its article.
const ARABIC_FULL_NAME = new RegExp(String.raw`(?<!${ARABIC_LETTERS})(${ARABIC_WORD})(?: (?:بن|بنت|ابن) ${ARABIC_WORD})?(?: (ال${ARABIC_LETTERS}{2,}))(?!${ARABIC_LETTERS})`, 'gu');
const ARABIC_NAME_AFTER_CUE = new RegExp(String.raw`(?<!${ARABIC_LETTERS})${ARABIC_CUE} (${ARABIC_WORD})(?: (${ARABIC_WORD}))?`, 'gu');
// What makes a name after it a place's: "King" or "Prince" (a road, a hospital, a university: "طريق الملك فهد", "جامعة الملك
// سعود"), or a street's, a road's, a square's or a district's word, a sheikh's title between ("شارع الشيخ زايد").
const PLACE_WORD_BEFORE = new RegExp(String.raw`(?:(?:الملك|الأمير|الامير)|(?:شارع|طريق|حي|ميدان|جادة)(?: (?:الملك|الأمير|الامير|الشيخ))?) $`, 'u');
const PLACE_WORD_LOOKBACK = 16;

const ARABIC_FIRST_CODE = 0x0620;
const ARABIC_LAST_CODE = 0x06d3;

/**
 * Whether the name at `start`, in Arabic script, follows a place's word (PLACE_WORD_BEFORE): "طريق الملك |فهد" is King Fahd Road.
 * A name in another script is passed at once: PERSON asks of each span of a non-ASCII text.
 */
export function isAfterArabicPlaceWord(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  return first >= ARABIC_FIRST_CODE && first <= ARABIC_LAST_CODE && PLACE_WORD_BEFORE.test(text.slice(Math.max(0, start - PLACE_WORD_LOOKBACK), start));
}
const HEBREW_LETTERS = '[\\u05D0-\\u05EA]';
// "he is" and "she is" (הוא, היא) cue a known first name too: "איש הקשר באתר הוא אבי מזרחי" (the site's contact is Avi Mizrahi).
const HEBREW_NAME_AFTER_CUE = new RegExp(String.raw`(?<!${HEBREW_LETTERS})(?:אני|זה|זאת|שמי|קוראים לי|הוא|היא) (${HEBREW_LETTERS}+)(?: (${HEBREW_LETTERS}+))?`, 'gu');
// Without a cue, a known first name is a name where what follows it says so: "to" (ל) before it and a number or a comma after
// ("תתקשרו לנועה 054-…", call Noa on …), or a second word and a comma or a parenthesis after both, as a contact is listed
// ("נועה פרץ, טלפון …"). Not the first names that are everyday words as often (אלי "to me", חיים "life", קרן "fund", טל
// "dew", שי "gift", גיל "age"); the prefix is left out of the span.
const HEBREW_NAME_BEFORE_NUMBER = new RegExp(String.raw`(?<!${HEBREW_LETTERS})ו?ל(${HEBREW_LETTERS}+)(?=[ \t]*(?:[,(]|\+?\d))`, 'gu');
const HEBREW_NAME_BEFORE_COMMA = new RegExp(String.raw`(?<!${HEBREW_LETTERS})(${HEBREW_LETTERS}+) (${HEBREW_LETTERS}+(?:-${HEBREW_LETTERS}+)?)(?=[ \t]*[,(])`, 'gu');
const HEBREW_EVERYDAY_FIRST_NAMES = words('אלי חיים קרן טל שי גיל');

/**
 * For each match of a global pattern that ends with a name's first word and perhaps the word after it (groups 1 and 2, its cue
 * before them), a PERSON span over the first word where `isFirst` says it is a name's, and over the second too where
 * `takesSecond` says that is the name's.
 */
function pushCuedNames(pattern: RegExp, text: string, spans: DetectedSpan[], isFirst: (word: string) => boolean, takesSecond: (word: string) => boolean): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const [whole, first, second] = match as unknown as [string, string, string | undefined];
    if (!isFirst(first)) continue;
    const start = match.index + whole.length - first.length - (second === undefined ? 0 : second.length + 1);
    const withSecond = second !== undefined && takesSecond(second);
    spans.push({ type: 'PERSON', start, end: start + first.length + (withSecond ? second.length + 1 : 0) });
  }
}

/** Adds the names in Arabic script known by their first names (see the decisions above). */
function detectArabicScriptNames(text: string, spans: DetectedSpan[]): void {
  ARABIC_FULL_NAME.lastIndex = 0;
  for (let match = ARABIC_FULL_NAME.exec(text); match !== null; match = ARABIC_FULL_NAME.exec(text)) {
    if (!ARABIC_FIRST_NAMES.has(match[1]!) || isAfterArabicPlaceWord(text, match.index)) {
      ARABIC_FULL_NAME.lastIndex = match.index + match[1]!.length;
      continue;
    }
    spans.push({ type: 'PERSON', start: match.index, end: match.index + match[0].length });
  }
  pushCuedNames(ARABIC_NAME_AFTER_CUE, text, spans, (first) => ARABIC_FIRST_NAMES.has(first),
    (second) => ARABIC_FIRST_NAMES.has(second) || ARABIC_FAMILY_NAMES.has(second) || second.startsWith('ال'));
}

/** Adds the Hebrew names whose first name is known after "I am", "it's", "my name is" or "he is", or before a number or a comma (see above). */
function detectHebrewNames(text: string, spans: DetectedSpan[]): void {
  const isFirstName = (first: string): boolean => HEBREW_FIRST_NAMES.has(first);
  const isSurname = (second: string): boolean => !HEBREW_NOT_A_NAME.has(second);
  pushCuedNames(HEBREW_NAME_AFTER_CUE, text, spans, isFirstName, isSurname);
  const isNameWithoutCue = (first: string): boolean => isFirstName(first) && !HEBREW_EVERYDAY_FIRST_NAMES.has(first);
  pushCuedNames(HEBREW_NAME_BEFORE_NUMBER, text, spans, isNameWithoutCue, () => false);
  pushCuedNames(HEBREW_NAME_BEFORE_COMMA, text, spans, isNameWithoutCue, isSurname);
}

// Russian and Ukrainian: the one or two words after "is called" (звати, зовут, звуть; "його звати олег ткачук", his name is
// Oleh Tkachuk; "меня зовут Ирина"), but the sentence's words that follow a name (ну, а, і, и, він, вона, або, та, номер …).
const CYRILLIC_WORD = String.raw`[\u0400-\u04FF]+(?:['ʼ’][\u0400-\u04FF]+)?`;
const CYRILLIC_NOT_A_NAME = words('ну а і и й він вона або та но номер телефон його її мене меня его её ее це это з с у в на');
const CYRILLIC_NAME_AFTER_CUE = new RegExp(String.raw`(?<![\u0400-\u04FF])(?:(?:його|її|мене|меня|его|её|ее) )?(?:звати|зовут|звуть)(?: (?:його|її|мене|меня|его|её|ее))? (${CYRILLIC_WORD})(?: (${CYRILLIC_WORD}))?`, 'giu');

// A form's or a duty log's label and its colon before a name, in Ukrainian and Russian: full name (ПІБ, ФИО), handed over and
// taken over (Здав, Прийняв, Сдал, Принял), the contact and the one responsible. The name's words are capitalised, a surname in
// capitals too ("Прийняв: МЕЛЬНИК Андрій"); "Прийняв: без зауважень" (no remarks) names no one.
const CYRILLIC_NAME_AFTER_LABEL = new RegExp(String.raw`(?<![Ѐ-ӿ])(?:ПІБ|ФИО|П\.І\.Б\.|Ф\.И\.О\.|Здав|Здала|Прийняв|Прийняла|Сдал|Сдала|Принял|Приняла|Контактна особа|Контактное лицо|Відповідальний|Відповідальна|Ответственный|Ответственная)\s*:\s*(${CYRILLIC_WORD})(?: (${CYRILLIC_WORD}))?`, 'gu');
const CYRILLIC_CAPITAL = /^[Ѐ-ЯҐ]/u;

/** Adds the Russian and Ukrainian names after "is called" (see CYRILLIC_NAME_AFTER_CUE) and after a person's label. */
function detectCyrillicNames(text: string, spans: DetectedSpan[]): void {
  const isName = (word: string): boolean => !CYRILLIC_NOT_A_NAME.has(word.toLowerCase());
  pushCuedNames(CYRILLIC_NAME_AFTER_CUE, text, spans, isName, isName);
  const isCapitalisedName = (word: string): boolean => CYRILLIC_CAPITAL.test(word) && isName(word);
  pushCuedNames(CYRILLIC_NAME_AFTER_LABEL, text, spans, isCapitalisedName, isCapitalisedName);
}

/** Whether the text holds Arabic-script, Hebrew or Cyrillic letters: the scans run only then. */
const SCRIPT_LETTER = /[\u0620-\u064A\u066E-\u06D3\u05D0-\u05EA\u0400-\u04FF]/u;

/** Adds the Arabic-script and Hebrew names known by their first names, and the Russian and Ukrainian ones after "is called". */
export function detectNamesByScriptFirstNames(text: string, spans: DetectedSpan[]): void {
  if (!SCRIPT_LETTER.test(text)) return;
  detectArabicScriptNames(text, spans);
  detectHebrewNames(text, spans);
  detectCyrillicNames(text, spans);
}
