// Names written in Arabic, Japanese, Chinese, Korean or Greek script, which the Latin-letter scans pass over: "م. خالد العتيبي"
// (Eng. Khalid al-Otaibi), "المراجع: أحمد سمير" (reviewer: Ahmed Samir), "中村様" (Mr/Ms Nakamura), a card's or a signature's
// "山本 和也" on a line of its own, "王小姐" (Ms Wang), "박지훈 과장님" (Manager Park Ji-hoon); and Vietnamese names and Korean
// ones romanised, in Latin letters but with given names the English-word checks turn down ("Nguyễn Thị Thu Hà", "Park Hyun-seok").
//
// Decisions: in Arabic, the one or two words after a title (م. for an engineer, د. for a doctor, أ/ م/ د/ as Egypt writes
// them, السيد, الأستاذ, المهندس,
// الدكتور, الشيخ and their feminine forms) or after a person's label and its colon (الاسم, المراجع, المسؤول, المشرف,
// المستلم), but for words that say what follows a name (جواله, "his mobile"). In Japanese, the one to three kanji (and a
// given name after a blank, or four kanji without it) before an honorific (様, さん, 氏, 殿) but a role's (部長, 運転手),
// and a line that is two runs of one to three kanji parted by a blank, as names are printed; a department's or a firm's
// name is longer or has kana.
import type { DetectedSpan } from '../recognizer.ts';
import { HYPHEN, isAsciiDigit, isAsciiLetter, LEFT_PARENTHESIS, SPACE } from '../char-codes.ts';
import { nameTokenFlags, NOT_A_NAME_OR_ORGANISATION } from './person-word-flags.ts';
import { detectNamesByScriptFirstNames } from './person-script-names.ts';

// Persian joins a word's parts with a zero-width non-joiner: "کاظمی‌نژاد" is one surname.
const ARABIC_WORD = '[\\u0620-\\u064A\\u066E-\\u06D3]+(?:\\u200C[\\u0620-\\u064A\\u066E-\\u06D3]+)*';
// Egypt's titles written short with a slash too: أ/ (Ustaz, Mr), م/ (Eng.), د/ (Dr).
// Persian's, a blank after them: آقای (Mr), جناب (his excellency), خانم (Mrs, Ms), مهندس (Eng.), دکتر (Dr) — "آقای کاظمی", "خانم نسرین اکبری";
// two of them too ("آقای مهندس رضا کاظمی‌نژاد", Mr Eng. Reza Kazeminejad).
const ARABIC_TITLE = '(?:م\\.|د\\.|[أمد]/|ال(?:سيد|أستاذ|استاذ|مهندس|دكتور)ة?|الشيخ|(?:آقای|جناب|خانم|مهندس|دکتر)(?= ))';
// A label and its colon, or the one in charge of or supervising something, said before the name ("المسؤول عن الموقع", the
// one in charge of the site).
// Urdu's too: نام (name), ولدیت (parentage, the father's name a form asks for).
// The place one is in charge of or supervises may be named in more words when "is" (هو, هي) ends it: "المشرف على موقع
// التجمع الخامس هو …" (the supervisor of the Fifth Settlement site is …).
// The reader of a meter (القارئ), an officer of something (مسؤول السلامة, the safety officer), Urdu's contact (رابطہ), and the
// supervisor in charge or on duty when "is" follows ("المشرف المسؤول هو …").
// Urdu's guard's label (گارڈ:); and with no colon his, her or my name (اسمه، اسمها، اسمي: "المشرف بتاعه اسمه محمود عبد الحليم", his
// supervisor's name is …), and a letter's dear (عزيزي، عزيزتي: "عزيزي فيصل،"; not "عزيزي العميل", dear customer: no first name takes
// the article). A guard or a supervisor before a name with no colon, where his number or "on" it follows the name ("حارس الأمن
// سانجاي على 050…", the security guard Sanjay on 050…; not "حارس جديد على البوابة", a new guard at the gate).
const ARABIC_LABEL = `(?:(?:الاسم|المراجع|المسؤول|المشرف|المستلم|القارئ|رابطہ|گارڈ|مسؤول ${ARABIC_WORD}|(?<!ک[ای] )نام|ولدیت)\\s*:|(?:اسمه|اسمها|اسمي)(?= )|(?:حارس|الحارس|مشرف|المشرف)(?: الأمن| الامن)?(?= (?!ال)[\\u0620-\\u064A]+ (?:على ?[+\\d\\u0660-\\u0669]|رقمه|ورقمه|جواله|وجواله|هاتفه|موبايله))|(?:عزيزي|عزيزتي)(?= (?!ال))|(?:المسؤول|المشرف) (?:عن|على) ${ARABIC_WORD}(?:(?: ${ARABIC_WORD}){1,3}(?= (?:هو|هي) ))?|(?:المشرف|المسؤول) (?:المسؤول|المناوب)(?= (?:هو|هي) ))`;
// The words that follow a name and are none of it: his/her mobile, phone, number; Persian's too.
const ARABIC_NOT_A_NAME = new Set(['جواله', 'جوالها', 'جوال', 'وجواله', 'وجوالها', 'هاتف', 'وهاتفه', 'رقم', 'رقمه', 'ورقمه', 'رقمها', 'تليفون', 'موبايل', 'وموبايله', 'في', 'من', 'على',
  // Persian's: dear, respected, number, phone, mobile, please; is and are ("آقای رضا کاظمی هستند", it is Mr Reza Kazemi).
  'عزیز', 'گرامی', 'محترم', 'شماره', 'تلفن', 'همراه', 'لطفا', 'هستند', 'هست', 'است']);
// A title may follow a label, and "is" (هو, هي) before it: "المسؤول عن الموقع م. خالد العتيبي", "المسؤول عن الأمن هو الأستاذ …".
// "Abd" and "Abu" join the word after them: "أحمد عبد الرحمن" is two names, Ahmed Abd al-Rahman.
const ARABIC_NAME_WORD = `(?:(?:عبد|أبو|ابو) )?${ARABIC_WORD}`;
// A third word where the name ends a line or stands before its number or a comma (Urdu's "عائشہ صدیقہ بٹ").
const ARABIC_NAME_AFTER_CUE = new RegExp(`(?<![\\u0620-\\u06FF])(?:${ARABIC_TITLE}(?:\\s*${ARABIC_TITLE})?|${ARABIC_LABEL}(?:\\s*(?:هو|هي))?(?:\\s*${ARABIC_TITLE})?)\\s*(${ARABIC_NAME_WORD})(?: (${ARABIC_NAME_WORD})(?: (${ARABIC_NAME_WORD})(?=[ \\t]*(?:$|[\\n،,.؛()+0-9])))?)?`, 'gu');

// Hebrew: the one or two words after a person's label and its colon: שם (name), שם מלא (full name), איש קשר (contact, a word
// may say what for: איש קשר לחירום, for emergencies), אחראי (in charge); and the one word after a greeting's שלום before its
// comma ("שלום יוסי,"), but "שלום רב," and "שלום לכולם," (greetings, hello all); and the one word that ends a line after a thanks and
// its comma, a message's signature ("תודה, שירה"), but "תודה, רבה" and the like.
const HEBREW_NAME_AFTER_LABEL = /(?<![\u05D0-\u05EA])(?:(?:שם(?: מלא)?|איש קשר(?: [\u05D0-\u05EA]+)?|אחראי|אחראית)\s*:\s*([\u05D0-\u05EA]+(?:[-' ][\u05D0-\u05EA]+)?)|שלום (?!רב|לכולם|לכם|וברכה)([\u05D0-\u05EA]+)(?=,)|תודה, ?(?!רבה|לכולם|לכם|מראש)([\u05D0-\u05EA]+)(?=[^\u05D0-\u05EA\n]*(?:\n|$)))/gu;
// Hebrew: the one or two words (or a "son of" name, עומר בן דוד) after a guard's, a patroller's or a cleaner's role, or a shift
// lead's (אחראית משמרת בוקר, the morning shift's lead), where the name ends: before a cell's bar or comma, a blank run, a phone,
// the line's end, or a verb of the report (בדק checked, דיווח reported, מצא found …) — "הסייר עומר בן דוד בדק", "מאבטח דניאל פרץ |".
// Hebrew has no capitals: a verb right after the role ("המאבטח בדק את הדלת") is no name, nor one that ends a line.
const HEBREW_REPORT_VERBS = 'בדק|בדקה|דיווח|דיווחה|הודיע|הודיעה|מסר|מסרה|מצא|מצאה|הגיע|הגיעה|סגר|סגרה|פתח|פתחה|ביצע|ביצעה|טיפל|טיפלה|ראה|ראתה';
const HEBREW_NAME_AFTER_ROLE = new RegExp(String.raw`(?<![\u05D0-\u05EA])(?:ה?(?:מאבטח|מאבטחת|סייר|סיירת|מנקה|מנקת|שומר|שומרת)|אחראי(?:ת)? משמרת(?: (?:בוקר|ערב|לילה))?) (?!(?:${HEBREW_REPORT_VERBS})(?![\u05D0-\u05EA]))([\u05D0-\u05EA]+(?: בן [\u05D0-\u05EA]+| (?!(?:${HEBREW_REPORT_VERBS})(?![\u05D0-\u05EA]))[\u05D0-\u05EA]+)?)(?=[ \t]*[,|]|[ \t]{2}| ?\+?\d{3}| (?:${HEBREW_REPORT_VERBS})(?![\u05D0-\u05EA]))`, 'gu');

// Greek: the one or two capitalised words after a title (κ. and κα / κος for Mr and Mrs, κύριος, κυρία, Δρ.) or after a name's
// label and its colon (Ονοματεπώνυμο, full name; Όνομα; Επώνυμο, surname): "η κ. Παπαδοπούλου", "Ονοματεπώνυμο: Νίκος Αλεξίου".
// A role's label is left: "Υπεύθυνος: Τεχνική Υπηρεσία" (technical service) names a department as often.
const GREEK_NAME_WORD = '[\\u0386\\u0388-\\u038F\\u0391-\\u03A9][\\u03AC-\\u03CE]+';
const GREEK_TITLE = '(?:[κΚ]\\.|[κΚ]α\\.?|[κΚ]ος\\.?|[κΚ]υρ[ίι]ας?|[κΚ][ύυ]ριο[ςυ]?|[κΚ]υρ[ίι]ου|[δΔ]ρ\\.)';
const GREEK_NAME_LABEL = '(?:[ΟΌοό]νοματεπώνυμο|[ΟΌοό]νομα|[ΕΈεέ]πώνυμο)\\s*:';
const GREEK_NAME_AFTER_CUE = new RegExp(`(?<!\\p{L})(?:${GREEK_TITLE}|${GREEK_NAME_LABEL})\\s*(${GREEK_NAME_WORD}(?: ${GREEK_NAME_WORD})?)`, 'gu');

// Cyrillic and Greek: a surname with its initials after it, as Russian and Ukrainian lists and signatures write them ("ТКАЧУК О.В.",
// "Иванов И. И."), or with a given name's initial or its first letters before it ("О.В. Ткачук", "И. Димитров", "Αθ. Γεωργιάδης"
// for Athanasios, "Ντ. Παπαδόπουλος"). Not a Greek street's, square's, saint's or number's short word before a name ("Οδ.
// Πατησίων", Οδ. for οδός; Πλ., Αγ., Αρ.); Cyrillic's ("ул.", "пр.", "г.") are lower case.
const CYRILLIC_UPPER = '[\\u0400-\\u042F\\u0490]';
const CYRILLIC_LOWER = '[\\u0430-\\u045F\\u0491]';
const CYRILLIC_SURNAME = `(?:${CYRILLIC_UPPER}${CYRILLIC_LOWER}{2,}(?:-${CYRILLIC_UPPER}${CYRILLIC_LOWER}{2,})?|${CYRILLIC_UPPER}{3,})`;
const CYRILLIC_INITIALS = `${CYRILLIC_UPPER}\\.(?: ?${CYRILLIC_UPPER}\\.)?`;
const CYRILLIC_NAME_WITH_INITIALS = new RegExp(`(?<![\\u0400-\\u04FF])(?:${CYRILLIC_SURNAME} ${CYRILLIC_INITIALS}|${CYRILLIC_INITIALS} ?${CYRILLIC_SURNAME}(?![\\u0400-\\u04FF]))`, 'gu');
const GREEK_NOT_A_GIVEN_NAME = new Set(['Οδ', 'Πλ', 'Αγ', 'Αρ', 'Τκ', 'Τη', 'Λε', 'Νο', 'Σε']);
const GREEK_NAME_AFTER_INITIAL = new RegExp(`(?<![\\u0370-\\u03FF\\u1F00-\\u1FFF])[\\u0391-\\u03A9][\\u03AC-\\u03CE]?\\. ${GREEK_NAME_WORD}`, 'gu');

// Ethiopic, Tamil, Devanagari, Bengali, Hebrew and Cyrillic: the one or two words after a title, which these scripts write before a name: Amharic's
// አቶ (Mr), ወይዘሮ and ወ/ሮ (Mrs), ወይዘሪት and ወ/ሪት (Miss), ዶ/ር (Dr), and these and the English ones in Latin letters
// before an Ethiopic name, as a mixed message writes them ("talk to W/ro ሂወት ገብረመድህን"); Tamil's திரு (Mr), திருமதி (Mrs), செல்வி (Miss); Hindi's
// श्री, श्रीमती, सुश्री, कुमारी; Bengali's জনাব, মিস্টার, মিসেস, শ্রী, শ্রীমতী; and a Bengali name before ভাই or আপা (brother, sister,
// said after a name as "Mr" is before it: "তানভীর হাসান ভাইয়ের সাথে", with Tanvir Hasan).
const ETHIOPIC_WORD = '[\\u1200-\\u135A]+';
const TAMIL_WORD = '[\\u0B80-\\u0BFF]+';
const DEVANAGARI_WORD = '[\\u0900-\\u0963]+';
const BENGALI_WORD = '[\\u0980-\\u09E3]+';
// Hebrew's and the Cyrillic scripts' titles too: ד"ר (Dr), גב' (Mrs), מר (Mr), עו"ד (advocate), פרופ' (Prof), אינג' (Eng), their
// marks as a keyboard types them or as gershayim and geresh; Bulgarian's г-н, г-жа, г-ца (Mr, Mrs, Miss) and Ukrainian's пан, пані,
// before one or two capitalised words ("г-н Стоянов", "пан Андрій Коваль").
const HEBREW_NAME_WORD = '[\\u05D0-\\u05EA]+(?:-[\\u05D0-\\u05EA]+)?';
const CYRILLIC_NAME_WORD = '[\\u0400-\\u042F\\u0490][\\u0430-\\u045F\\u0491]+(?:-[\\u0400-\\u042F\\u0490][\\u0430-\\u045F\\u0491]+)?';
// A blank or a dot after the title: "திருச்சி" (Tiruchi) and "श्रीनगर" (Srinagar) start with a title's letters.
const titled = (title: string, word: string, letters: string): string => `(?<!${letters})(?:${title})(?:\\. ?| )(${word}(?: ${word})?)`;
const NAME_AFTER_SCRIPT_TITLE = new RegExp([
  titled('አቶ|ወይዘሮ|ወ/ሮ|ወይዘሪት|ወ/ሪት|ዶ/ር', ETHIOPIC_WORD, '[\\u1200-\\u135A]'),
  titled('Ato|W/ro|W/rt|W/t|Mr|Mrs|Ms|Dr', ETHIOPIC_WORD, '[A-Za-z\\u1200-\\u135A]'),
  titled('திருமதி|திரு|செல்வி', TAMIL_WORD, '[\\u0B80-\\u0BFF]'),
  titled('श्रीमती|सुश्री|श्री|कुमारी', DEVANAGARI_WORD, '[\\u0900-\\u0963]'),
  titled('জনাব|মিস্টার|মিসেস|শ্রীমতী|শ্রী', BENGALI_WORD, '[\\u0980-\\u09E3]'),
  titled(`ד["״]ר|גב['׳]|עו["״]ד|פרופ['׳]|אינג['׳]|מר`, HEBREW_NAME_WORD, '[\\u05D0-\\u05EA]'),
  titled('г-н|г-жа|г-ца|пан|пані', CYRILLIC_NAME_WORD, '[\\u0400-\\u04FF]'),
].join('|'), 'gu');
const HAS_CYRILLIC = /[\u0400-\u04FF]/u;
const HAS_GREEK_CAPITAL = /[\u0391-\u03A9]/u;
const HAS_TITLED_SCRIPT = /[\u0900-\u09FF\u0B80-\u0BFF\u1200-\u135A\u05D0-\u05EA\u0400-\u04FF]/u;
// Bengali's role before a name, the name then ending at a comma or before its mobile or number ("কেয়ারটেকার রফিকুল ইসলাম, মোবাইল …",
// caretaker Rafiqul Islam, mobile …); "সুপারভাইজার দরকার" (a supervisor is needed) ends at neither.
const BENGALI_NAME_AFTER_ROLE = new RegExp(`(?<![\\u0980-\\u09E3])(?:কেয়ারটেকার|সুপারভাইজার|ম্যানেজার|গার্ড|প্রহরী|দারোয়ান) (${BENGALI_WORD}(?: ${BENGALI_WORD})?)(?=[,،]| (?:মোবাইল|নম্বর|ফোন))`, 'gu');
// Bangladesh's "Md." (মো., মোঃ, Mohammad) is a name's first part, not a title before it: "মো. রফিকুল ইসলাম" whole.
const BENGALI_NAME_AFTER_MD = new RegExp(`(?<![\\u0980-\\u09E3])(?:মোঃ|মো\\.) ?${BENGALI_WORD}(?: ${BENGALI_WORD})?`, 'gu');
const BENGALI_NAME_BEFORE_SIBLING = new RegExp(`(?<![\\u0980-\\u09E3])${BENGALI_WORD}(?: ${BENGALI_WORD})?(?= (?:ভাই|আপা|আপু)[\\u0980-\\u09E3]*)`, 'gu');

const KANJI_RUN = '[\\u4E00-\\u9FFF]{1,3}';
// A full name before an honorific may be written without the blank: four kanji ("田中健一さん").
const JAPANESE_NAME_BEFORE_HONORIFIC = new RegExp(`(?<![\\u4E00-\\u9FFF])(?:${KANJI_RUN}(?:[ \\u3000]${KANJI_RUN})?|[\\u4E00-\\u9FFF]{4})(?=様|さん|氏|殿)`, 'gu');
// The roles Japanese addresses with さん as it does a name: a department head's, a driver's, a guard's ("部長さん", "運転手さん").
const JAPANESE_ROLES = new Set(['部長', '課長', '社長', '店長', '所長', '係長', '次長', '室長', '主任', '運転手', '警備員', '担当者', '管理人', '清掃員', '業者', '大家', '守衛', '受付']);
const JAPANESE_NAME_LINE = new RegExp(`^[ \\u3000]*(${KANJI_RUN}[ \\u3000]${KANJI_RUN})[ \\u3000]*$`, 'gmu');
// And anywhere in a text with kana (a Japanese one), such two runs one blank apart, three kanji or more, no kanji or kana beside
// them: a name as a form, a log or a mail writes it ('依頼者: 森田 健二 <…>', 'old="森田 浩"', '施設管理課の高橋 美咲になります' has
// kana beside it, and is left). Japanese prose has no blanks between its words; a role's or a department's word ('管理部 課長'),
// or an address's part ('東京都 港区'), is none, nor a counter's word after its number ('2号機 停止', lift no. 2 stopped).
const JAPANESE_SPACED_NAME = new RegExp(`(?<![\\u3040-\\u30FF\\u4E00-\\u9FFF][ \\u3000]?)(?<![0-9A-Za-z])${KANJI_RUN}[ \\u3000]${KANJI_RUN}(?![ \\u3000]?[\\u3040-\\u30FF\\u4E00-\\u9FFF])`, 'gu');
const HAS_KANA = /[\u3040-\u30FF]/u;
const MIN_SPACED_NAME_KANJI = 3;
// The last kanji of a department's (部, 課, 室, 係, 局, 所, 班, 隊, 店) or an address's part (都, 道, 府, 県, 市, 区, 町, 村, 丁目) word.
const NOT_A_NAME_END = /[部課室係局所班隊店都道府県市区町村目]$/u;
const isNoSpacedName = (name: string): boolean => name.length - 1 < MIN_SPACED_NAME_KANJI
  || name.split(/[ \u3000]/u).some((part) => JAPANESE_ROLES.has(part) || NOT_A_NAME_END.test(part));

// Chinese: a common surname, then a given name of up to two characters or none, before a form of address or a job title
// ("王小姐", "李建国经理", Cantonese's "陳生" for Mr Chan); a word that starts with no surname is none ("学生", "先生您好").
const CHINESE_SURNAMES = '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋方白邹鄒孟熊秦邱江尹薛段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴武戴莫孔汤湯';
const CHINESE_ADDRESS = '先生|小姐|女士|太太|经理|經理|师傅|師傅|主任|老师|老師|生(?![\\u4E00-\\u9FFF])';
const CHINESE_NAME_BEFORE_ADDRESS = new RegExp(`[${CHINESE_SURNAMES}][\\u4E00-\\u9FFF]{0,2}?(?=${CHINESE_ADDRESS})`, 'gu');
// Korean: a common surname and a given name of two syllables, before "씨", "님" or a job title ("박지훈 과장님", "김민수 씨"),
// and the same syllables spelled out apart where the text names them so ("박 지 훈"). Two syllables before "님" are a title or a
// word ("선생님", "고객님"), and surnames that start such words are left out (부, 과, 사, 회).
const KOREAN_SURNAMES = '김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용';
const KOREAN_TITLE = '씨|님|과장|대리|팀장|부장|실장|주임|사원|소장|반장|차장|이사|대표|선생님|기사님|기사|매니저';
const KOREAN_NAME_BEFORE_TITLE = new RegExp(`(?<![\\uAC00-\\uD7A3])[${KOREAN_SURNAMES}][\\uAC00-\\uD7A3]{2}(?= ?(?:${KOREAN_TITLE}))`, 'gu');
// And before "입니다" (I am …, it is …), but a word that ends as a title does ("고객님입니다", it is the customer).
const KOREAN_NAME_BEFORE_I_AM = new RegExp(`(?<![\\uAC00-\\uD7A3])[${KOREAN_SURNAMES}][\\uAC00-\\uD7A3][\\uAC00-\\uD7A3](?<![님씨])(?=입니다)`, 'gu');

// A person's label or key, then its value in Chinese, Japanese or Korean script ('"name":"松尾 里沙"', 'Name: 黃志明', '姓名：王建国',
// '이름: 김민수'): a common Chinese surname and one or two characters, two runs of one to three kanji parted by a blank (a
// Japanese name as printed), or a Korean surname and two syllables; then the value's end (a quote, a comma, a blank, the
// line's end). A firm's, a place's or a department's name in these scripts is longer, or starts with no surname ("総務部").
// The words a person's name key starts with ("first_name", "visitorName"), the separator after a key or a label, and where
// a value ends: the CJK and the uncased scripts' labels share them.
const NAME_KEY_PREFIXES = 'full|first|last|visitor|contact|guard|driver|person|employee|staff';
const KEY_VALUE_SEPARATOR = String.raw`["']?\s*[:=：]\s*["'“「]?`;
const VALUE_END = String.raw`(?=["'”」,，、;；|\s()（）]|$)`;
// Chinese labels of the people a visit, an audit or a duty concerns end in 人员 (受稽人員, audited staff; 值班人员, on duty).
// Korean's receiver, writer, checker, inspector, applicant, visitor, manager, driver, guard, meter reader, patroller: "인수자: 박서연",
// "배송기사: 최재혁", "순찰자: 김민수"; Chinese's consignee, deliverer and signer: "收货人：李文静", "送货人：张伟强"; a ticket's handler,
// complainant, reporter, applicant and clerk ('"处理人":"刘婷"', 投诉人, 报告人, 申请人, 经办人), and a lost item's finder, claimant and
// owner (拾获人, 领取人, 失主).
const KOREAN_PERSON_LABELS = '인수자|수령자|수령인|작성자|확인자|점검자|신청자|방문자|책임자|관리자|요청자|보고자|운전자|배송기사|기사|경비원|점검원|검침원|순찰자|근무자';
// An audit log's old and new values of a name's field: 'field=name old="徐志远" new="徐致远"'.
const OLD_AND_NEW_NAME_KEYS = String.raw`(?<=\bname\b[^\n]{0,40})\b(?:old|new|from|to|before|after)`;
const CJK_PERSON_LABEL = String.raw`(?:\b(?:(?:${NAME_KEY_PREFIXES})[ _-]?)?name|\bcontact(?:[ _-]?person)?|\bvisitor|\bguard|\bdriver|\bhost|\brequester|\breceiver|\buser|被访人|受访人|接待人|[\u4E00-\u9FFF]{1,3}人[员員]|姓名|名前|氏名|联系人|聯絡人|聯繫人|负责人|負責人|收货人|收貨人|送货人|送貨人|签收人|簽收人|处理人|處理人|投诉人|投訴人|报告人|報告人|申请人|申請人|经办人|經辦人|拾获人|拾獲人|领取人|領取人|失主|担当者|担当|이름|성명|담당자|${KOREAN_PERSON_LABELS}|${OLD_AND_NEW_NAME_KEYS})`;
const CJK_PERSON_VALUE = String.raw`[${CHINESE_SURNAMES}][\u4E00-\u9FFF]{1,2}|${KANJI_RUN}[ \u3000]${KANJI_RUN}|[${KOREAN_SURNAMES}][\uAC00-\uD7A3]{2}`;
// Or a label said in a sentence, then "is" (Cantonese 係, Mandarin 是, 為, 为): "site contact 係 陳嘉欣 (Kay)", "联系人是王小明，".
const CJK_IS = String.raw`\s*[係是為为]\s*`;
const CJK_NAME_AFTER_LABEL = new RegExp(String.raw`${CJK_PERSON_LABEL}(?:${KEY_VALUE_SEPARATOR}|${CJK_IS})(${CJK_PERSON_VALUE})${VALUE_END}`, 'giu');

// Chinese: a name after "I am", "I'm called" or "my surname is …" (我是陈晓燕, 我姓王 王建国, and mid-sentence "…，姓陈，陈晓峰"), after a shift's name (早班是刘子涵,
// the early shift is Liu Zihan), or after a building manager's or a guard leader's role, "is" or not (總幹事林志豪, 總幹事是陳志明), the name ending
// where the Chinese does: a common surname and one or two characters. "我是那个 …" (I'm that …) starts with no surname.
// And after a manager's, a leader's, a supervisor's or a contact's role and "is" or "is called" (物业经理是陈志强, 队长叫 刘海波),
// or "he/she is called" (她叫周丽), a blank allowed before the name.
// "I am" may name where the speaker works first, up to its "的" (我是林口廠區的吳宗翰, I'm Wu Zonghan of the Linkou plant), and a
// name may be a nickname of 阿 and a character, alone or before the full name (組長是阿德 林俊德).
const CHINESE_ROLE = '经理|經理|主管|负责人|負責人|队长|隊長|组长|組長|班长|班長|联系人|聯絡人|聯繫人';
const CHINESE_NAME_AFTER_CUE = new RegExp(String.raw`(?:我是(?:[\u4E00-\u9FFF]{2,8}?的)?|我叫|(?:我|[，,] ?)姓[${CHINESE_SURNAMES}][，,]? ?|(?:早班|晚班|夜班|中班|白班)(?:是|：|:)?|(?:總幹事|总干事|保安队长|保安隊長)(?:是|叫)?|(?:${CHINESE_ROLE})(?:是|叫) ?|[他她]叫 ?)((?:阿[\u4E00-\u9FFF] ?)?[${CHINESE_SURNAMES}][\u4E00-\u9FFF]{1,2}|阿[\u4E00-\u9FFF])(?![\u4E00-\u9FFF])`, 'gu');
// The surname said alone: "my, his or her surname is" (我姓王, 他姓李; after a comma, "租户，姓陈"), or the polite answer to "your surname?" (免贵姓张). The
// character after it is the surname whatever it is, but 名 (姓名, full name).
const CHINESE_SURNAME_SAID = /(?<=(?:[我他她，,]|免[贵貴]|[，,] )姓)[\u4E00-\u9FFF](?<!名)/gu;
// A surname before 总 (boss: 周总, 陈总监, 林总经理), but where 总 starts a word of its own: a total (总额, 总数, 总计, 总共), a
// headquarters (总部), a summary (总结), a whole (总体), a main line, table, station or team (总线, 总表, 总站, 总台, 总队).
const CHINESE_SURNAME_BEFORE_BOSS = new RegExp(`[${CHINESE_SURNAMES}](?=[总總](?![额額部数數计計共结結体體是线線表量价價值站台队隊]))`, 'gu');

// Japanese: a name after the one in charge (責任者, 担当者, 担当, 管理人) and its "は" ("現地責任者は山本（携帯 …）": the one in
// charge on site is Yamamoto), starting with a common surname's first kanji and ending where the kanji do ("未定", undecided,
// starts with none).
const JAPANESE_SURNAME_FIRSTS = '佐鈴高田伊渡山中小加吉松井木林斎斉清森池橋阿石前岡長藤後近村遠青坂福太西金三原竹和上柴酒工横宮内安谷大丸今河武杉増平菅久千岩桜野菊新';
const JAPANESE_NAME_AFTER_IN_CHARGE = new RegExp(String.raw`(?:責任者|担当者|担当|管理人)は([${JAPANESE_SURNAME_FIRSTS}][\u4E00-\u9FFF]{0,2}(?:[ \u3000][\u4E00-\u9FFF]{1,3})?)(?![\u4E00-\u9FFF\u3040-\u30FF])`, 'gu');
// In a text with kana, a name as a form's boxes set it, four kanji one blank apart from a common surname's first ("中 村 翔 太"),
// and a surname alone in a role's column, the role (JAPANESE_ROLES, and 隊長, 担当, 責任者, 班長) and the surname each followed
// by two blanks or the line's end ("警備隊長    岡田    内線 2204"): a roster or an emergency sheet.
const JAPANESE_SPACED_FOUR_KANJI_NAME = new RegExp(String.raw`(?<![\u3040-\u30FF\u4E00-\u9FFF] ?)[${JAPANESE_SURNAME_FIRSTS}](?: [\u4E00-\u9FFF]){3}(?! ?[\u3040-\u30FF\u4E00-\u9FFF])`, 'gu');
const JAPANESE_SURNAME_IN_ROLE_COLUMN = new RegExp(String.raw`(?:${[...JAPANESE_ROLES, '隊長', '担当', '責任者', '班長'].join('|')})[ \u3000]{2,}([${JAPANESE_SURNAME_FIRSTS}][\u4E00-\u9FFF]{1,3})(?=[ \u3000]{2,}|[ \u3000]*$)`, 'gmu');
const CHINESE_ADDRESS_END = new RegExp(`(?:${CHINESE_ADDRESS})$`, 'u');

// Scripts without capitals (Arabic, Hebrew, Thai, Devanagari, Bengali): a name under a person's key or label, or the "name"
// of a person's object in JSON ('"profile":{"name":"أحمد عبد الرحمن"}', a chat's profile; '"requester":{"name":"ณัฐยา …"}'),
// one to three words to the value's end. A bare "name" key names a site or a firm as often, so only a person's object's.
const UNCASED_WORD = String.raw`(?:[\u0620-\u064A\u066E-\u06D3]+|[\u05D0-\u05EA]+|[\u0E01-\u0E4E]+|[\u0900-\u0963]+|[\u0980-\u09E3]+)`;
const PERSON_OBJECT_NAME = String.raw`"(?:profile|requester|contact|visitor|sender|user|guard|driver|host|author|assignee|reporter|caller|customer|employee|staff|person)"\s*:\s*\{\s*"name`;
// Hindi's and Bengali's labels of a name, a guard, a supervisor and a contact ("पहरेदार: राम बहादुर थापा", "নাম: …"): no \b
// stands before their letters. A title after one is read as a title (NAME_AFTER_SCRIPT_TITLE): "संपर्क: श्री राजेश".
const INDIC_PERSON_LABEL = String.raw`(?<![\u0900-\u09FF])(?:नाम|पहरेदार|गार्ड|सुपरवाइजर|संपर्क|নাম|প্রহরী|গার্ড|সুপারভাইজার|যোগাযোগ)(?=\s*:\s*(?!\s|(?:श्रीमती|सुश्री|श्री|कुमारी|জনাব|শ্রীমতী|শ্রী)[ .]))`;
const UNCASED_PERSON_LABEL = String.raw`(?:${PERSON_OBJECT_NAME}|${INDIC_PERSON_LABEL}|\b(?:(?:${NAME_KEY_PREFIXES}|requester|customer|display|profile|user)[ _-]?name|contact(?:[ _-]?person)?|visitor|guard|driver|requester|receiver|caller|reporter|assignee))`;
const UNCASED_NAME_AFTER_LABEL = new RegExp(String.raw`${UNCASED_PERSON_LABEL}${KEY_VALUE_SEPARATOR}(${UNCASED_WORD}(?: ${UNCASED_WORD}){0,2})${VALUE_END}`, 'giu');

// Thai: the given name and surname after คุณ (Khun, Mr or Ms), written on without a blank ("คุณธนากร วงศ์ประเสริฐ"), but a
// word that starts so (คุณภาพ quality, คุณสมบัติ property, คุณค่า value, คุณแม่ mother …) and thanks' ขอบคุณ ("ขอบคุณค่ะ"); and after a person's label and its
// colon (ผู้ติดต่อ contact, ผู้จด recorder, ชื่อ name, ผู้ประสานงาน coordinator, ผู้รับ receiver). The surname is a word after
// a blank that is none of the words said after a name (โทร call, เบอร์ number, ครับ and ค่ะ the polite ends …).
const THAI_WORD = '[\u0E01-\u0E4E]+';
const THAI_AFTER_NAME = 'โทร|เบอร์|ครับ|ค่ะ|คะ|นะ|จะ|ได้|ที่|อยู่|เป็น|และ|หรือ';
const THAI_NAME = `(${THAI_WORD}(?: (?!(?:${THAI_AFTER_NAME})(?![\u0E01-\u0E4E]))${THAI_WORD})?)`;
// Thai's titles written joined to the name, a surname after a blank: นาย (Mr), นางสาว (Miss), นาง (Mrs) — "นายวีระพงษ์ ทองดี". Not
// the words that start so: นายก (mayor), นายจ้าง (employer), นายหน้า (broker), นายช่าง (foreman), นายทะเบียน (registrar).
const THAI_TITLE = '(?:นาย(?!ก|จ้าง|หน้า|ช่าง|ทะเบียน|อำเภอ|ทหาร|ตำรวจ|ประตู|ด่าน|ท่า)|นางสาว|นาง(?!ฟ้า|งาม|พยาบาล))';
const THAI_NAME_AFTER_CUE = new RegExp(`(?:(?<!ขอบ)คุณ(?!ภาพ|สมบัติ|ค่า|ธรรม|ประโยชน์|ลักษณะ|วุฒิ|แม่|พ่อ|ครู)|(?:ผู้ติดต่อ|ผู้จด|ชื่อ|ผู้ประสานงาน|ผู้รับ)\\s*:\\s*)${THAI_NAME}`, 'gu');
const THAI_NAME_AFTER_TITLE = new RegExp(`(?<![\u0E01-\u0E4E])${THAI_TITLE}(${THAI_WORD} (?!(?:${THAI_AFTER_NAME})(?![\u0E01-\u0E4E]))${THAI_WORD})`, 'gu');

// A chat's @mention of a Chinese or Korean name: a common surname and one or two characters, or two syllables ("@陈晓燕",
// "@김민수"); a team's handle starts with no surname ("@全体成员", everyone).
const CJK_MENTION = new RegExp(String.raw`(?<=@)(?:[${CHINESE_SURNAMES}][\u4E00-\u9FFF]{1,2}|[${KOREAN_SURNAMES}][\uAC00-\uD7A3]{2})(?![\u4E00-\u9FFF\uAC00-\uD7A3])`, 'gu');

const KOREAN_SPELLED_SYLLABLES = /(?<![\uAC00-\uD7A3])[\uAC00-\uD7A3](?: [\uAC00-\uD7A3](?![\uAC00-\uD7A3]))+/gu;
// A Chinese or Korean name written with a blank between its characters, as a form's box or OCR sets them ("吳 佩 珊", "이 승 현"):
// exactly three characters alone, one blank apart, the first a common surname. Two are a heading as often ("日 期", date; "金 额",
// amount), and four or more a spaced heading or line.
const SPACED_CJK_NAME = new RegExp(String.raw`(?<![\u4E00-\u9FFF\uAC00-\uD7A3] ?)(?:[${CHINESE_SURNAMES}](?: [\u4E00-\u9FFF]){2}|[${KOREAN_SURNAMES}](?: [\uAC00-\uD7A3]){2})(?! ?[\u4E00-\u9FFF\uAC00-\uD7A3])`, 'gu');
// Three syllables and the two blanks between them.
const SPELLED_NAME_LENGTH = 5;

/** Whether the text holds Greek, Cyrillic, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai or Ethiopic letters, kanji or hanzi, or Hangul, so names in them may stand there. */
export const mayHoldNonLatinName = (text: string): boolean => /[\u0391-\u03A9\u0400-\u04FF\u0620-\u064A\u05D0-\u05EA\u0905-\u0939\u0985-\u09B9\u0B85-\u0BB9\u0E01-\u0E2E\u1200-\u135A\u4E00-\u9FFF\uAC00-\uD7A3]/u.test(text);

/** The Korean names before a title, and the same names spelled out syllable by syllable elsewhere in the text. */
function pushKoreanNames(text: string, spans: DetectedSpan[]): void {
  const names = new Set<string>();
  KOREAN_NAME_BEFORE_TITLE.lastIndex = 0;
  for (let match = KOREAN_NAME_BEFORE_TITLE.exec(text); match !== null; match = KOREAN_NAME_BEFORE_TITLE.exec(text)) {
    spans.push({ type: 'PERSON', start: match.index, end: match.index + match[0].length });
    names.add(match[0]);
  }
  if (names.size === 0) return;
  // One scan for syllables spelled apart, each looked up: a search per name was quadratic in a long list of names.
  KOREAN_SPELLED_SYLLABLES.lastIndex = 0;
  for (let match = KOREAN_SPELLED_SYLLABLES.exec(text); match !== null; match = KOREAN_SPELLED_SYLLABLES.exec(text)) {
    // A run of syllables alone, one blank apart ("아 박 지 훈"): each three in a row, a name's length, may spell one.
    for (let at = match.index; at + SPELLED_NAME_LENGTH <= match.index + match[0].length; at += 2) {
      if (names.has(text[at]! + text[at + 2]! + text[at + 4]!)) spans.push({ type: 'PERSON', start: at, end: at + SPELLED_NAME_LENGTH });
    }
  }
}

// Vietnamese: a name of a common surname and two or three words after it, in title case or in capitals ("Nguyễn Thị Thu Hà",
// "TRẦN VĂN AN"): its given names are everyday words as often ("Thu", autumn), so the surname decides. Not Phan, which
// starts a city's name too (Phan Thiết).
const VIETNAMESE_SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương'];
// In a lower-case transcript, the surname then văn or thị (the middle names that mark a man's and a woman's name) and a
// given name or two, the second not a word said after a name ("ờ", "là", "số" …): "anh trần văn minh ờ …".
const VIETNAMESE_AFTER_NAME = 'ờ|à|ạ|ơi|là|và|có|số|của|anh|chị|em|ấy|làm|ở|nhé|nha|thì|bên|đã|sẽ|đang';
const VIETNAMESE_LOWER_CASE_NAME = String.raw`(?:${VIETNAMESE_SURNAMES.map((name) => name.toLowerCase()).join('|')}) (?:văn|thị) \p{Ll}+(?: (?!(?:${VIETNAMESE_AFTER_NAME})(?!\p{L}))\p{Ll}+)?`;
const VIETNAMESE_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:${VIETNAMESE_SURNAMES.join('|')})(?: \p{Lu}\p{Ll}+){1,3}|(?:${VIETNAMESE_SURNAMES.map((name) => name.toUpperCase()).join('|')})(?: \p{Lu}+){1,3}|${VIETNAMESE_LOWER_CASE_NAME})(?![\p{L}\p{N}])`, 'gu');
// Letters only Vietnamese writes among our users' languages: the scan runs where one stands.
const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂĐƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/u;

// And any capitalised name, one to four words, after "I am" (mình là, tôi là, em là …: "Chào bạn, mình là Thu Hà bên quản lý").
const VIETNAMESE_NAME_AFTER_I_AM = /(?<!\p{L})(?:[Mm]ình|[Tt]ôi|[Ee]m|[Aa]nh|[Cc]hị) là (\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})(?![\p{L}\p{N}])/gu;
// And a capitalised name after a kin word said mid-sentence as a form of address (anh, chị, em, cô, chú, bác, ông, bà: "hoặc anh Tuấn
// bên kỹ thuật", or brother Tuấn in maintenance).
const VIETNAMESE_NAME_AFTER_KIN_WORD = /(?<![\p{L}\p{N}])(?:anh|chị|em|cô|chú|bác|ông|bà) (\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,2})(?![\p{L}\p{N}])/gu;

/** Adds the Vietnamese names in a text that holds Vietnamese letters (VIETNAMESE_NAME, VIETNAMESE_NAME_AFTER_I_AM, VIETNAMESE_NAME_AFTER_KIN_WORD). */
export function detectVietnameseNames(text: string, spans: DetectedSpan[]): void {
  if (!VIETNAMESE_LETTER.test(text)) return;
  VIETNAMESE_NAME.lastIndex = 0;
  for (let match = VIETNAMESE_NAME.exec(text); match !== null; match = VIETNAMESE_NAME.exec(text)) {
    spans.push({ type: 'PERSON', start: match.index, end: match.index + match[0].length });
  }
  pushNamesEndingMatches(VIETNAMESE_NAME_AFTER_I_AM, text, spans);
  pushNamesEndingMatches(VIETNAMESE_NAME_AFTER_KIN_WORD, text, spans);
}

// Korean names written in Latin letters, the given name's two syllables hyphened ("Park Hyun-seok", "CHOI EUN-YOUNG", "Min-jun
// Kim"): a common surname before or after it, each syllable shaped as the Revised and the older romanisations spell them
// (an initial, a vowel, a final: "hyun" is h-yu-n, "seok" s-eo-k). A hyphened word of English ("Co-op", "Follow-up") has a
// syllable no romanisation spells, or no such surname beside it.
const KOREAN_ROMAN_SURNAMES = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Jeong', 'Kang', 'Cho', 'Yoon', 'Yun', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon',
  'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Noh', 'Kwak', 'Sung', 'Cha', 'Joo', 'Woo', 'Ryu',
  'Chung', 'Byun', 'Chae'];
const TITLE_CASE_KOREAN_SURNAMES: ReadonlySet<string> = new Set(KOREAN_ROMAN_SURNAMES);
const UPPER_CASE_KOREAN_SURNAMES: ReadonlySet<string> = new Set(KOREAN_ROMAN_SURNAMES.map((surname) => surname.toUpperCase()));
const LONGEST_KOREAN_SURNAME = Math.max(...KOREAN_ROMAN_SURNAMES.map((surname) => surname.length));
// The given name in title case ("Hyun-seok") or in capitals ("EUN-YOUNG"); in capitals, the surname before it only.
const TITLE_CASE_GIVEN = /^[A-Z][a-z]{1,4}-[a-z]{2,5}$/;
const UPPER_CASE_GIVEN = /^[A-Z]{2,5}-[A-Z]{2,5}$/;
const LONGEST_SYLLABLE = 5;
const KOREAN_ROMAN_SYLLABLE = /^(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj)?(?:yeo|yae|wae|ae|ai|eo|eu|oe|ui|wa|we|wi|wo|ya|ye|yo|yu|ou|oo|ee|a|e|i|o|u)(?:ng|n|k|l|m|p|t)?$/;
const isKoreanRomanGivenName = (given: string): boolean => given.toLowerCase().split('-').every((syllable) => KOREAN_ROMAN_SYLLABLE.test(syllable));
const isNameBoundary = (code: number | undefined): boolean => code === undefined || !(isAsciiLetter(code) || isAsciiDigit(code) || code === HYPHEN || code > 0x7f);

/** The start of the surname (of `surnames`) that ends one blank before `at`, or -1. */
function surnameBefore(text: string, codes: Uint16Array, at: number, surnames: ReadonlySet<string>): number {
  if (codes[at - 1] !== SPACE) return -1;
  let start = at - 1;
  while (start > 0 && at - 1 - start < LONGEST_KOREAN_SURNAME && isAsciiLetter(codes[start - 1]!)) start--;
  return isNameBoundary(codes[start - 1]) && surnames.has(text.slice(start, at - 1)) ? start : -1;
}

/** The end of the surname (of `surnames`) that starts one blank after `at`, or -1. */
function surnameAfter(text: string, codes: Uint16Array, at: number, surnames: ReadonlySet<string>): number {
  if (codes[at] !== SPACE) return -1;
  let end = at + 1;
  while (end < codes.length && end - at - 1 < LONGEST_KOREAN_SURNAME && isAsciiLetter(codes[end]!)) end++;
  return isNameBoundary(codes[end]) && surnames.has(text.slice(at + 1, end)) ? end : -1;
}

/**
 * Adds the Korean names written in Latin letters (above). Read from each hyphen between letters, the given name around it
 * checked first: a scan of the whole text for the name's pattern cost a hundredth of redaction's time, most texts having none.
 */
export function detectKoreanRomanNames(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (let hyphen = text.indexOf('-'); hyphen !== -1; hyphen = text.indexOf('-', hyphen + 1)) {
    if (!isAsciiLetter(codes[hyphen - 1] ?? 0) || !isAsciiLetter(codes[hyphen + 1] ?? 0)) continue;
    let start = hyphen;
    while (start > 0 && hyphen - start <= LONGEST_SYLLABLE && isAsciiLetter(codes[start - 1]!)) start--;
    let end = hyphen + 1;
    while (end < codes.length && end - hyphen <= LONGEST_SYLLABLE + 1 && isAsciiLetter(codes[end]!)) end++;
    if (!isNameBoundary(codes[start - 1]) || !isNameBoundary(codes[end])) continue;
    const given = text.slice(start, end);
    const titleCase = TITLE_CASE_GIVEN.test(given);
    if ((!titleCase && !UPPER_CASE_GIVEN.test(given)) || !isKoreanRomanGivenName(given)) continue;
    const surnameStart = surnameBefore(text, codes, start, titleCase ? TITLE_CASE_KOREAN_SURNAMES : UPPER_CASE_KOREAN_SURNAMES);
    if (surnameStart !== -1) {
      spans.push({ type: 'PERSON', start: surnameStart, end });
      continue;
    }
    const surnameEnd = titleCase ? surnameAfter(text, codes, end, TITLE_CASE_KOREAN_SURNAMES) : -1;
    if (surnameEnd !== -1) spans.push({ type: 'PERSON', start, end: surnameEnd });
  }
}

// Turkish: a capitalised name, one word or two, before "bey" or "hanım" (Mr, Ms, said after the name): "Hüseyin bey gelmedi",
// "Ayşe Hanım". Not a word of our users' vocabulary before it ("Gece Bey").
const TURKISH_NAME_BEFORE_HONORIFIC = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)?(?= (?:[Bb]ey|[Hh]an[ıi]m)(?![\p{L}\p{N}]))/gu;
// The honorific alone, which most texts lack: one scan for a blank before B/b or H/h. (Four searches for " bey",
// " han" … cost five times as much, and " han" and " bey" start "handover" and "beyond".)
const HONORIFIC_AFTER_BLANK = / (?:[Bb]ey|[Hh]an[ıi]m)(?![\p{L}\p{N}])/u;

/** Adds the names before a Turkish honorific (TURKISH_NAME_BEFORE_HONORIFIC). */
export function detectTurkishNames(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  if (!HONORIFIC_AFTER_BLANK.test(text)) return;
  TURKISH_NAME_BEFORE_HONORIFIC.lastIndex = 0;
  for (let match = TURKISH_NAME_BEFORE_HONORIFIC.exec(text); match !== null; match = TURKISH_NAME_BEFORE_HONORIFIC.exec(text)) {
    if ((nameTokenFlags(text, codes, match.index, match.index + match[1]!.length) & NOT_A_NAME_OR_ORGANISATION) !== 0) continue;
    spans.push({ type: 'PERSON', start: match.index, end: match.index + match[0].length });
  }
}

/**
 * For each match of a global pattern whose group 1, 2 or 3 (a name) ends the match (its label before it), a PERSON span over the
 * name, but where `isNoName` says the name is none.
 */
function pushNamesEndingMatches(pattern: RegExp, text: string, spans: DetectedSpan[], isNoName?: (name: string) => boolean): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // The name is the group that took part: a pattern may have one for each of its alternatives.
    const name = match[1] ?? match[2] ?? match[3]!;
    if (isNoName?.(name) === true) continue;
    const end = match.index + match[0].length;
    spans.push({ type: 'PERSON', start: end - name.length, end });
  }
}

/** For each match of a global pattern (a name whole), a PERSON span over it, but where `isNoName` says it is none. */
function pushWholeMatches(pattern: RegExp, text: string, spans: DetectedSpan[], isNoName?: (name: string) => boolean): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (isNoName?.(match[0]) !== true) spans.push({ type: 'PERSON', start: match.index, end: match.index + match[0].length });
  }
}

/** Adds the names written in Arabic, Chinese, Japanese, Korean, Hebrew or Greek script (see the decisions above). */
export function detectNonLatinNames(text: string, spans: DetectedSpan[]): void {
  ARABIC_NAME_AFTER_CUE.lastIndex = 0;
  for (let match = ARABIC_NAME_AFTER_CUE.exec(text); match !== null; match = ARABIC_NAME_AFTER_CUE.exec(text)) {
    const [whole, first, second, third] = match as unknown as [string, string, string | undefined, string | undefined];
    if (ARABIC_NOT_A_NAME.has(first)) continue;
    const start = match.index + whole.length - [first, second, third].filter((word) => word !== undefined).join(' ').length;
    let end = start + first.length;
    if (second !== undefined && !ARABIC_NOT_A_NAME.has(second)) end += 1 + second.length;
    if (second !== undefined && !ARABIC_NOT_A_NAME.has(second) && third !== undefined && !ARABIC_NOT_A_NAME.has(third)) end += 1 + third.length;
    spans.push({ type: 'PERSON', start, end });
  }
  pushWholeMatches(JAPANESE_NAME_BEFORE_HONORIFIC, text, spans, (name) => JAPANESE_ROLES.has(name));
  pushWholeMatches(CHINESE_NAME_BEFORE_ADDRESS, text, spans);
  pushWholeMatches(CJK_MENTION, text, spans);
  pushKoreanNames(text, spans);
  pushWholeMatches(SPACED_CJK_NAME, text, spans);
  pushNamesEndingMatches(HEBREW_NAME_AFTER_LABEL, text, spans);
  pushNamesEndingMatches(HEBREW_NAME_AFTER_ROLE, text, spans);
  pushNamesEndingMatches(GREEK_NAME_AFTER_CUE, text, spans);
  // The scans below need their script's letters: one cheap test each spares a text without them the pattern's walk.
  if (HAS_CYRILLIC.test(text)) pushWholeMatches(CYRILLIC_NAME_WITH_INITIALS, text, spans);
  if (HAS_GREEK_CAPITAL.test(text)) pushWholeMatches(GREEK_NAME_AFTER_INITIAL, text, spans, (name) => GREEK_NOT_A_GIVEN_NAME.has(name.slice(0, name.indexOf('.'))));
  if (HAS_TITLED_SCRIPT.test(text)) {
    NAME_AFTER_SCRIPT_TITLE.lastIndex = 0;
    for (let match = NAME_AFTER_SCRIPT_TITLE.exec(text); match !== null; match = NAME_AFTER_SCRIPT_TITLE.exec(text)) {
      const name = match.slice(1).find((group) => group !== undefined)!;
      const end = match.index + match[0].length;
      spans.push({ type: 'PERSON', start: end - name.length, end });
    }
    pushWholeMatches(BENGALI_NAME_BEFORE_SIBLING, text, spans);
    pushNamesEndingMatches(BENGALI_NAME_AFTER_ROLE, text, spans);
    pushWholeMatches(BENGALI_NAME_AFTER_MD, text, spans);
  }
  pushNamesEndingMatches(CJK_NAME_AFTER_LABEL, text, spans);
  pushNamesEndingMatches(UNCASED_NAME_AFTER_LABEL, text, spans);
  pushWholeMatches(KOREAN_NAME_BEFORE_I_AM, text, spans);
  // "我是王经理": the name before the title is found as such (CHINESE_NAME_BEFORE_ADDRESS).
  pushNamesEndingMatches(CHINESE_NAME_AFTER_CUE, text, spans, (name) => CHINESE_ADDRESS_END.test(name));
  pushWholeMatches(CHINESE_SURNAME_SAID, text, spans);
  pushWholeMatches(CHINESE_SURNAME_BEFORE_BOSS, text, spans);
  pushNamesEndingMatches(JAPANESE_NAME_AFTER_IN_CHARGE, text, spans);
  pushNamesEndingMatches(THAI_NAME_AFTER_CUE, text, spans);
  pushNamesEndingMatches(THAI_NAME_AFTER_TITLE, text, spans);
  JAPANESE_NAME_LINE.lastIndex = 0;
  for (let match = JAPANESE_NAME_LINE.exec(text); match !== null; match = JAPANESE_NAME_LINE.exec(text)) {
    const start = match.index + match[0].indexOf(match[1]!);
    spans.push({ type: 'PERSON', start, end: start + match[1]!.length });
  }
  if (HAS_KANA.test(text)) {
    pushWholeMatches(JAPANESE_SPACED_NAME, text, spans, isNoSpacedName);
    pushWholeMatches(JAPANESE_SPACED_FOUR_KANJI_NAME, text, spans);
    pushNamesEndingMatches(JAPANESE_SURNAME_IN_ROLE_COLUMN, text, spans, (name) => NOT_A_NAME_END.test(name));
  }
  detectNamesByScriptFirstNames(text, spans);
}

// A name found in Latin letters with the same name in its own script in brackets after it, as a card, a report or a register
// writes both ("Ramesh Yadav (रमेश यादव)", "Tanaka Hiroshi (田中 博)", "Ahmed Ali (أحمد علي)"): the bracket's words, of no Latin
// script and as many as the name's, are the person's name too; or, in Chinese characters, two to four of them unspaced ("Chen
// Jianhong (陳建宏)"). A role in brackets after a name is one word ("นายวีระพงษ์ ทองดี (หัวหน้าช่าง)", "张伟 (前台)": the name
// itself in no Latin letters), and a place's own name so written follows no PERSON span ("Gulshan (গুলশান)").
const NATIVE_NAME_IN_BRACKETS = /[ \t]*\(((?:[\p{L}\p{M}]+[ ・·]?){1,4})\)/uy;
const LATIN_NAME = /^[\p{Script=Latin}'’.-]+(?: [\p{Script=Latin}'’.-]+){1,3}$/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** Adds, after each PERSON span, the name in its own script in brackets (above). */
export function takeNativeScriptNames(text: string, spans: DetectedSpan[]): void {
  const found = spans.length;
  for (let index = 0; index < found; index++) {
    const span = spans[index]!;
    if (span.type !== 'PERSON' || (text.charCodeAt(span.end) !== SPACE && text.charCodeAt(span.end) !== LEFT_PARENTHESIS)) continue;
    NATIVE_NAME_IN_BRACKETS.lastIndex = span.end;
    const match = NATIVE_NAME_IN_BRACKETS.exec(text);
    if (match === null || LATIN_LETTER.test(match[1]!)) continue;
    const name = text.slice(span.start, span.end);
    const native = match[1]!.trimEnd();
    if (!LATIN_NAME.test(name) || (native.split(/[ ・·]/).length !== name.split(' ').length && !HAN_NAME.test(native))) continue;
    const start = span.end + match[0].indexOf('(') + 1;
    spans.push({ type: 'PERSON', start, end: start + native.length });
  }
}
