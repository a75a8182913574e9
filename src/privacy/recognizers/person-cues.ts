// The phrases after which PERSON looks for a name, and the first word of each phrase, so the shared text
// profile can find cue positions by a Set lookup per word instead of four regex scans per text.
import { TITLES } from './person-word-flags.ts';
import { THANKS_WORDS } from './person-vocabulary.ts';

/** A word's ASCII letters before its first other character: how the profile reads a cue's first word ("síndico" by "s"). */
const leadingAsciiLetters = (word: string): string => /^[a-z]*/.exec(word)![0];
const words = (list: string): string[] => list.split(/\s+/).filter((word) => word !== '');

// A structured record's key for a person's name, in JSON (`"first_name":"Ngozi"`, `{"hostName": "Will Summer"}`) or logfmt
// (`visitor_name=Chidi`, `last="Owusu"`): the key's last quote or its '=' ends the cue, the value's opening quote too. JSON
// escaped inside a string, as an error's request body is logged (`\"lastname\":\"Montalbán\"`), escapes its quotes.
// Not a customer's, a tenant's or an owner's name's key: our users' customers and tenants are firms, and so is many an owner.
const NAME_KEY_WORDS = 'first|last|given|family|middle|full|display|contact|visitor|guard|person|employee|caller|driver|staff|officer|engineer|technician|manager|supervisor|cleaner|keyholder|guest';
const KEY_VALUE_SEPARATOR = String.raw`(?:\\?["']\s*:\s*\\?["']?|=\\?["']?)`;
// A role's key alone is one in JSON, as "contact:" is in prose (`"guard":"Daisy Field"`, a card's `"holder":"RENATA C MOURA"`); not "host", "driver", "owner" or
// "tenant", as often a machine's, a library's, a team's or a customer firm's.
const ROLE_KEY_WORDS = 'contact|visitor|guard|manager|supervisor|caretaker|keyholder|officer|engineer|technician|cleaner|receptionist|holder|cardholder|payer|payee';
// A visitor's host's key needs its separator ("host_name"): "hostname" is a machine's, in every pino log line. A bare "name",
// "first" or "last" key is a weak cue (WEAK_CUE): a logger's, a queue's or a file's name is in lower case ("name":"intake").
const NAME_KEY = String.raw`(?:(?:(?:${NAME_KEY_WORDS})[ _-]?names?|host[ _-]names?|surname|forename)${KEY_VALUE_SEPARATOR}|(?:${ROLE_KEY_WORDS})s?\\?["']\s*:\s*\\?["']?)`;
// A role's word in Spanish and Portuguese, said before "es" or "é" and the name ("o nosso supervisor é o …"); person.ts reads
// one lower-case word after it as no name (ROMANCE_ROLE_BEFORE).
// Portuguese's "responsável" and a building's "síndico" (its elected manager) and French's roles too ("o responsável pela
// manutenção é o …", "o síndico é o …", "le gardien chef c'est …"); and such a role before a form of address ("o síndico seu valdir
// nogueira", "la encargada doña Rosa").
export const ROMANCE_ROLE_WORDS = 'supervisor|supervisora|encargado|encargada|gerente|responsable|responsável|responsavel|administrador|administradora|porteiro|porteira|zelador|zeladora|vigilante|jefe|jefa|chefe|capataz|coordinador|coordinadora|coordenador|coordenadora|gardien|gardienne|superviseur|concierge|síndico|sindico|síndica|sindica';
// What may stand between such a role and "is": what it is in charge of ("del turno", "pela manutenção", "de la sécurité") or a rank ("chef").
export const ROMANCE_ROLE_OF = String.raw`(?: (?:del?|da|do|van de|van het|della|pela|pelo|de la|du) [a-zà-ÿ]+| chef| principal)?`;
// The verb: Spanish's and Portuguese's "es", "é", Italian's "è", Dutch's "is", French's "est" and "c'est".
export const ROMANCE_IS = String.raw`(?:es|é|is|è|est|c['’]est)`;
// A record's key for a name, a first name or a surname in our users' other languages, weak as "name" is (`"nom":"Bergeron"`,
// `"nachname":"Pohlmann"`, `apellidos=Ruiz`): written without accents, as keys are.
const OTHER_LANGUAGE_NAME_KEYS = 'nom|prenom|nombre|apellidos?|nome|sobrenome|cognome|vorname|nachname|voornaam|achternaam|nazwisko|imie';
// A cue whose next words are a name even in lower case; a speaker's filler may stand between ("the contact is uh …"). A
// form's label may be glued to its value ("Name:Kofi Boateng") or stand two spaces before it ("Surname      OYELARAN").
// Our users' other languages say it too: German "ich bin", "heißt", Hindi "(mera) naam … hai", Spanish "(su) nombre es", "se llama",
// Portuguese "se chama", "meu nome é", Italian "si chiama", French "s'appelle", "mon nom est", Dutch "(mijn) naam is", Swedish
// "heter", Polish "nazywa się", Swahili "mimi ni" (I am), "jina langu ni" (my name is), "naitwa", Malay and Indonesian "nama
// saya", Tagalog "ako si", "pangalan ko", Dutch "(u) spreekt met" (you are speaking to, on the phone), Haitian "mwen rele" (my
// name is), Finnish "yhteyshenkilö (on)" (the contact is) and "nimeni on", Croatian and Serbian "zovem se" (my name is), "zove se", Czech
// "jmenuji se", Romanian "mă numesc", Jamaican and West African patois "mi name" (my name [is]), the Nordic languages' "kontaktperson blir / er / är" (the contact will be, is), Latvian's "kontaktpersona ir", Dutch's "met"
// after a greeting on the phone ("goedemiddag eh met marloes van der heijden", it's Marloes … speaking; not "ja met mij", "hallo
// met wie spreek ik"); where the phrase's first word is a common one ("se", "mi", "mon"), the cue starts at its second.
// A son is "my son", "our son" or "a son": Spanish and Catalan "son" is "are" ("son tres turnos de ocho horas").
// A speller's "prénom", "Vorname" or "Nachname" before a lower-case name, as "surname" is ("… sans e prénom thierry", "ich
// buchstabiere … vorname jarek"), but a sentence's word ("karim de son prénom et son portable …"); Hungarian's "neve" and "nevem"
// (his, her or my name [is]: "a portás neve kovács bence").
// A card's holder and a payment's payer in logfmt too (`holder="ADEBAYO R OYELARAN"`, `payer="Con Papadopoulos"`), and the name on it in Portuguese and Spanish ("nome no
// cartão", "nombre en la tarjeta", "Titular:").
export const STRONG_CUE = new RegExp(String.raw`\b(?:${NAME_KEY}|(?:first|last|given|family|middle)[ _-]?names? ?:|surname ?:|surname(?:['’]s| is| was)|(?:first|last|given|family|middle) name(?= )|forename(?:\(s\))? ?:|(?:(?:first|last|given|family|middle) )?names?(?=[ \t]{2})|(?:guardia|vigilante|encargad[oa]|porter[oa]|porteir[oa]|zelador|zeladora|gardien|gardienne|agente),(?= )|surname(?=[ \t]{2})|forename(?:\(s\))?(?=[ \t]{2})|name on (?:the )?card(?: is)?:?|nome no cart[ãa]o:?|nombre en (?:la )?tarjeta:?|titular(?: do cart[ãa]o| de (?:la )?tarjeta)?:|(?:(?:card[ _-]?)?holder|payer|payee)=\\?["']?|gave (?:his |her |their |a )?name(?: as)?|my name is|my name's|my names|name is|name's|names?(?: \([^()\n]{1,32}\))? ?:|surname(?= [a-z])|nevem?(?= [a-zá-ű])|(?:pr[ée]nom|vorname|nachname)(?= (?!(?:et|est|c|de|du|des|le|la|und|ist|der|die|das|bitte)\b)[a-z])|(?:it['’]?s|it is|this is)(?=(?: (?:uh|um|er|erm|eh))? [a-z]+ here\b)|(?:manager|supervisor|caretaker|lead|officer|guard|engineer|technician|administrator|admin|coordinator|contact|contact person|contact name|point of contact|foreman|warden|marshal|director|owner|landlord|tenant|cleaner|receptionist|visitor|card ?holder|key ?holder|guy|lady|chap|bloke|fella|apprentice|assistant|relief|trainee)(?: on (?:duty|site|shift|nights|days|file|record))?(?:['’]s| is(?: (?:usually|normally|always|now|currently))?| was| will be| would be| used to be|s are|s were|s:| there is| there was|:| -| –|,)|(?:contacto|contato|contactpersoon|referente|${ROMANCE_ROLE_WORDS})${ROMANCE_ROLE_OF} ${ROMANCE_IS}(?: (?:el|la|o|a|il|de|le))?|(?<=\b(?:${ROMANCE_ROLE_WORDS}) )(?:seu|dona|don|doña)|(?:the )?person to (?:ring|call|contact|ask for|speak to|talk to) is|that(?:['’]d|['’]ll| would| will) be|(?:he|she)(?:['’]s| is)|(?<=\bin )charge(?: of [a-z]+)?(?: at night| on nights| on days| there| here)? is|ask for|asking for|reach|(?:speak|spoke|spoken|speaking) (?:to|with)|talk to|(?:issued|given|assigned|allocated|lent|loaned) to:?|signed by|sign(?:ed)? off by|signed:|signature:|sig\.?:|sign:|sgd\.?:?|witness(?:ed by)? ?:|testigo:|testemunha:|(?<=\bt[ée])moin ?:|temoin ?:|zeug(?:e|in) ?:|getuige ?:|testimone ?:|attn:?|attention:?|called|named|visitor:|hand(?:s|ed|ing)?(?: over| (?:the )?keys?)? to|handover to|property of|belongs to|belonging to|in (?:the )?name of|(?:(?:my |our |a )?(?:colleague|kollega|collega|kolega|kolegica|boss|deputy|partner|husband|wife|daughter|brother|sister)|(?:my|our|a) son)(?: is| was)?|(?:it['’]?s|it is|there['’]?s) me,?|(?:is|was|there['’]?s)(?=\s+(?:uh|um|umm|uhm|er|erm)[,.]?\s)|myself and|ich bin|ich hei(?:ß|ss)e|hei(?:ß|ss)t|mein name ist|ansprechpartner(?:in)?:?|naam(?: is)?|nombre es|(?<=\b(?:se|me) )(?:llama|llamo|chama|chamo)|chamo-me|(?<=\b(?:si|mi) )chiam[ao]|(?<=\bmeu )nome [ée]|(?<=\bmon )nom est|(?<=\b[sm]['’])appelle|heter|nazywa(?:m)? się|mimi ni|jina langu ni|naitwa|nama saya(?: adalah| ialah)?|ako si|pangalan ko(?: ay)?|spreekt met|(?:mwen|(?<!['’])m) rele|non (?:mwen|li) se|yhteyshenkilö(?: on)?|(?:predao|predala|preuzeo|preuzela|primio|primila) ?:|mlinzi anaye(?:kabidhi|pokea) ?:|nimeni on|kontaktperson(?:en|a)?(?: (?:blir|er|är|bliver|ist|wird|ir)| ?:)|(?<=\b(?:goedemorgen|goedemiddag|goedenavond|hallo|ja)(?: (?:eh|uh|ehm|euh))? )met(?! (?:mij|me|wie|wat|u|jou|je|ons|hun|hen|vriendelijke|de|het|een|dank)\b)|zovem se|zove se|jmenuj[iu] se|(?<=\bm[aă] )numesc|(?<=\bmi )name|(?:checked|approved|verified|signed|received|recd|rcvd|recv|recvd|prepared|issued|reported|escorted|inspected|collected|authori[sz]ed|completed|logged|raised|accompanied|relieved|replaced)(?: in| out| off)? by ?:?)(?:\s+|(?<=[:"'=])(?=\S))(?:(?:uh|um|umm|uhm|er|erm|eh|ehm|euh|ah|like)[,.]?\s+)?`, 'gi');
// A greeting followed by a self-introduction: "hi this is meera", "hello, i'm rohan".
export const GREETING_CUE = /\b(?:hi|hello|hey|morning|good (?:morning|afternoon|evening))[,.!]?\s+(?:this is|it's|its|it is|i'm|i am|im|my name is)\s+/gi;
// Our users' other languages' "call", "speak to", "ask for": Portuguese ligue para, fala com, pergunte por; Spanish llama a,
// habla con, pregunta por, and what was done ("liguei para", "falei com", "llamé a", "hablé con"); French appelez, demandez; Italian
// chiama, chiedi di; Polish zadzwoń do; Tagalog tawagan si; Dutch vraag naar, gevraagd naar (asked for), bel (dan) (call, then); Icelandic hringið í,
// hringdu í; German rufen Sie, fragen Sie nach; Swahili mpigie (call him or her), mcheki (check with), muulize (ask), ongea na
// (talk to), wasiliana na (contact).
const CALL_IN_OTHER_LANGUAGES = String.raw`(?:(?:ligue|liga|ligar|liguei|fala|falar|fale|falei)(?: para| pra| com)(?: o| a)?|contact(?:ar|e|ez)(?: a| o| com| con)?|llam(?:a|ar|e|en|é)(?: a)?|habl(?:a|ar|e|é) con|pregunt(?:a|ar|e) por|pergunt(?:a|ar|e) por|appel(?:ez|er|le)|demandez|zadzwo[nń](?: do)?|chiam(?:a|are|ate)|chied(?:i|ere) di|tawagan si|(?:ge)?vraagd? naar|bel(?: (?:dan|maar|even|gerust))?(?: met)?|hringi[ðd] í|hringdu í|rufen sie|fragen sie nach|mpigie|mcheki|muulize|(?:ongea|wasiliana) na)`;
// A cue whose next word is a name only if capitalised or in the lexicon.
// Its name is on the same line ("Hello⏎Pls cc the night team" starts a sentence), except after a letter's sign-off at
// the end of its line ("Kind regards,⏎PRIYA NAIR"): there the name is on the next line. "phone" and "whatsapp" take one
// space only: a tab or two spaces after them part a table's headings ("Phone\tVISITOR'S NAME").
// Our users' other languages' greetings before a name: "Hallo Detlef", "Kia ora Mereana", "Hola Ximena", "Olá Joaquim", "Bonjour
// Gaëlle", "Habari Wanjiku", "Buenos días Maite", "Bom dia Cláudio", "Guten Morgen Detlef", the name right after the greeting: after its "!" or its comma a sentence starts ("Hej! Vi behöver …",
// "Merhaba, Maslak'taki ofis"). A greeting to all is our vocabulary's: "Hallo zusammen", "Hola a todos".
const GREETINGS_IN_OTHER_LANGUAGES = String.raw`(?:hallo|moin|servus|kia ora|hola|ol[áa]|bonjour|salut|ciao|salam|merhaba|habari|jambo|sawubona|hej|hei|buen(?:os)? d[íi]as|buenas(?: tardes| noches)?|bom dia|boa (?:tarde|noite)|buongiorno|buonasera|bonsoir|guten (?:morgen|tag|abend)|goedemorgen|goedemiddag)`;
// (The weak cues "this is" and "it's" in Danish, Norwegian and Swedish, "det er", "det är", Afrikaans, "dis", and Zulu, "ngu":
// "ja hej det er lærke bøgh", "goeie middag dis pieter van der westhuizen hier", "isupervisor ngu lwazi ngcobo"; a colleague in
// Afrikaans, Dutch, the Nordic languages and Italian, "my kollega annelie", a strong cue as "my colleague" is.)
// (And weak too: Portuguese's "seu" before a man's name, "o zelador é o seu Raimundo", "your" far more often, so a capitalised
// or a lexicon's name only; "cc" with Spanish's "a", "pon en cc a Paty", and as a chat asks it, "loop in Tamika too", "ponle copia a
// Franklin"; someone's PA or assistant, "my PA Liezl"; Māori's personal article "ki a", "kōrero ki a Whetu".)
// "I am" in Spanish, Portuguese, Italian, French, Polish, Romanian and Croatian before a name ("soy Luz Marina Cárdenas", "sou o João", "sono Marco",
// "jestem Ania", "sunt Mihaela", "ja sam Ivana"), Portuguese's "here is" ("aqui é a Thaís"), and Indonesian's and Malay's "I" ("saya Rizky danru
// shift pagi"): weak, as "I'm" is, so "soy nueva", "sono disponibile", "saya mau" stay.
// An article after it ("sono la Dott.ssa Greco", "soy el encargado") is no name's: a title or a role follows.
const I_AM_IN_OTHER_LANGUAGES = String.raw`(?:soy|sou(?: o| a)?|aqui [ée](?: o| a)?|sono|je suis|jestem|sunt|ja sam|saya|aku)(?![^\S\r\n]+(?:la|el|il|lo|le|un|una|une)\b)`;
// A message's thanks before its sender's name in our users' other languages, as "Thanks, Geert" is: "Merci, Geert", "Gracias, Maite",
// "Dankie, Liezl", "Obrigada, Thaís", "Tack, Åsa" — our vocabulary's thanks (THANKS_WORDS) that start with three ASCII letters,
// as the profile finds a cue's first word by its letters before an accent.
const MIN_THANKS_FIRST_LETTERS = 3;
const THANKS_IN_OTHER_LANGUAGES = words(THANKS_WORDS).filter((word) => leadingAsciiLetters(word).length >= MIN_THANKS_FIRST_LETTERS);
export const WEAK_CUE = new RegExp(String.raw`\b(?:(?:names?|first|last|${OTHER_LANGUAGE_NAME_KEYS})${KEY_VALUE_SEPARATOR}|(?:phone|whatsapp) |${CALL_IN_OTHER_LANGUAGES}[^\S\r\n]+|${GREETINGS_IN_OTHER_LANGUAGES}[^\S\r\n]+|${I_AM_IN_OTHER_LANGUAGES}[^\S\r\n]+|(?:call me|calls (?:me|him|her)|rele|by|used by|i am|i'm|this is|uncle|aunty|auntie|it's|det er|det är|dis|ngu|contact|dear|hi|hiya|hey|yo|hello|(?:good )?(?:morning|afternoon|evening)|thanks|thank you|thx|tks|cheers|ta|cc(?: a)?|loop in|copia a|(?<=\b(?:my|our|his|her) )(?:pa|p\.a\.|secretary|assistant)|seu|ki a|ask|tell|email|call|ring|try|message|meet|met w\/|met with|meeting with|met|via|text|see|swap with|swapped with|cover for|covering for)[^\S\r\n]+|(?:thanks|thank you|thx|cheers|ta|hi|hello|hey|dear|(?:(?:kind|best|warm) )?regards|rgds|best|best wishes|many thanks|(?:talk|speak) soon|${THANKS_IN_OTHER_LANGUAGES.join('|')}),[^\S\r\n]+|(?:(?:(?:kind|best|warm) )?regards|rgds|br|best|many thanks|thanks|thank you|thx|tks|ta|cheers|best wishes|(?:talk|speak) soon|(?:yours )?sincerely|yours (?:faithfully|truly))[,.!]?[ \t]*\r?\n\s*)`, 'gi');
// The titles PERSON's word flags know (TITLES: the Philippines' kuya, tito, tita, manong and manang, "Tawagan si Kuya Jun";
// Spanish, Portuguese and Polish forms of address), and those said before a name only: "mister", "missus", and Nigeria's
// Barr. with its dot (Barr is a surname too). Its name is on its line: a domain's ".mx" ends one ("sibajio.com.mx⏎www.…").
const CUE_ONLY_TITLES = ['mister', 'missus', "ma['’]am"];
// The titles that are a title only with their dot: Nigeria's "Barr." (above), Bangladesh's "Mst." (MST is a time zone, "19:00 MST Friday"),
// Austria's "Mag." ("mag" is a word), Latin America's captain, "Cap." (a cap is a word).
const DOTTED_ONLY_TITLES = ['barr', 'mst', 'mag', 'cap'];
// Spanish's "don" is a title after a Spanish word only ("es don chuy", "y don Chepe"): English's verb is "staff must don PPE".
const SPANISH_DON = String.raw`(?<=\b(?:el|es|y|a|al|con|de|del|que|se llama|llama a|pregunta por|habla con) )don`;
// A speaker's filler may follow the title ("il geometra uh marco d'alessandro").
export const TITLE = new RegExp(String.raw`\b(?:${[...TITLES, ...CUE_ONLY_TITLES].filter((title) => !DOTTED_ONLY_TITLES.includes(title)).join('|')}|(?:${DOTTED_ONLY_TITLES.join('|')})(?=\.)|${SPANISH_DON})\.?[^\S\r\n]+(?:(?:uh|um|eh|ehm|ah)[,.]?[^\S\r\n]+)?`, 'gi');
// A role before a surname, as a title stands: "Officer Adeyemi", "Supervisor Okafor", "cardholder M HENDERSON", a rank
// written short, a police officer's collar number between ("PC 4471 Hargreaves", "Sgt. Okoro"), German's Hr. and Fr.
// (Herr, Frau), Polish pan and pani, and an engineer's Ing. ("Dipl.-Ing. Hartmann"); the name may stand in brackets ("the
// supervisor (Wiremu, …)"). Read strictly (Cue.strict): "Key Holder Response", "Mo.–Fr. Reception" are headings.
// The roles, each a word or two ("card holder"); a manager's written short too ("DUTY MGR CRAIG").
// The ranks written short, titles as Mr is: the word after one is a surname though an everyday word (person.ts, isRankedSurname()).
export const ABBREVIATED_RANKS = ['sgt', 'lt', 'cpl', 'capt', 'det', 'insp', 'ofc', 'supt', 'sup', 'supv'];
const ROLES = ['officer', 'guard', 'sergeant', 'constable', 'pc', 'pcso', 'dc', 'ds', ...ABBREVIATED_RANKS, 'ing', 'inspector',
  'supervisor', 'engineer', 'auditor', 'technician', 'tech', 'lead', 'marshal', 'cleaner', 'driver', 'warden', 'caretaker', 'concierge', 'receptionist',
  'porter', 'card ?holder', 'key ?holder', 'hr', 'fr', 'pan', 'pani', 'manager', 'mgr', 'vigilante', 'porteiro', 'porteira', 'zelador', 'zeladora', 'colega',
  'tecnico', 'guardia', 'conserje', 'encargado', 'encargada', 'jefe', 'gerente', 'supervisora', 'operador', 'operadora', 'motorista', 'chofer',
  'electricista', 'eletricista', 'askari', 'fundi', 'relief', 'reliever',
  // German's and Swiss German's caretaker before a name ("Hausmeister Krause", "de Hauswart Beat uf 079 …").
  'hausmeister', 'hauswart', 'abwart',
  // The Philippines' security guard and lady guard ("SG Ernesto Catalan / LG Maricel Dizon"); Polish roles, a manager's, a
  // guard's and a porter's, as said of or to them ("Powiadomiono kierownika Zająca"); not as a title names them, before a
  // genitive noun ("Kierownik Obiektu", a facility's manager).
  'sg', 'lg', 'kierownika', 'kierownikowi', 'ochroniarza', 'portiera',
  // Polish's "p." for pan or pani, read strictly as a role is: "u p. Zielińskiej", not "p. 12" or "p. Main Gate".
  'p'];
export const ROLE = new RegExp(String.raw`\b(?:${ROLES.join('|')})\.?(?:[^\S\r\n]+\d{2,5})?[^\S\r\n]+\(?`, 'gi');

// Read strictly, as a role is: a rota's shift or day label, its name after the colon ("Night: Bogdan / Day: Nkechi", "Mon:
// Will / Hope", "Standby: Zbigniew Lis"); a form's label for a person ("Host: Brigid", "Employee: Abdulrahman", "Applicant: CONOR  DEVLIN"), a guard's or a
// porter's and a relief's in our users' other languages too ("Guardia: Mendoza / turno 1", "Vigilante: Ruiz", "RELEVO: Yariela"; "Vigilante: sin novedad" names no one); and an occurrence log's verbs of
// telling and passing on ("Told Babajide to wait", "Escalated to Nkemdirim", "Handover from Folake to Wojtek", Spanish "Relevo entregado a Nuria",
// Portuguese "entregue ao Cláudio", Italian "consegnato a Marco", French "remis à Lucie"; "relieve Sherika at di front", Romanian "il
// inlocuieste Cristi" and "predat tura catre Mihai"). "Night: Gate
// 2 locked", "Days: Monday to Friday", "Escalated to Facilities" are no names. Not "On call:": "on" starts too many words
// for a cue's first word (every one is a sticky try). A support chat's agent at its line's start ("agent Lorcan: Sure, …").
// A rota's shift label with a dash at its line's start ("nights - Josaia"; "days - Monday to Friday" names no one).
// A Romance role's label and its colon, what it is in charge of between: "Responsable de seguridad: Aitor" ("Vigilante: Sin novedad" names
// no one).
export const STRICT_LABEL_OR_VERB = new RegExp(String.raw`\b(?:(?:(?:night|day|early|late|morning|afternoon|evening|weekend|weekday|relief|reserve)s?(?: shift| cover| guard| officer| lead| supervisor)?|earlies|lates|standby|stand-by|back-?up|cover|incoming|outgoing|host|employee|staff member|guest|resident|applicant|candidate|guardia|vigilante|relevo|portero|portera|porteiro|porteira|conserje|gardien|gardienne|bewaker|ochroniarz|satpam|pengawal|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[^\S
]?:|(?<![^\n])(?:night|day|early|late|morning|afternoon|evening|weekend|relief)s?(?: shift)?[^\S
]+[-–]|(?:${ROMANCE_ROLE_WORDS})${ROMANCE_ROLE_OF} ?:|(?:told|asked|messaged|texted|emailed|phoned|rang)|took over(?: duty)? from|(?<![^\n])(?:agent|operator|advisor|adviser)|(?:escalated|reported|passed|referred|forwarded|handover|handed over|relieved|relieve|relieves|relieving|replaced|replaces|covered)(?: (?:to|from|by|on to|onto))?|inlocuie(?:s|ș|ş)te|predat(?:a|ă)?(?: tura| serviciul)? c(?:a|ă)tre|(?:entregad[oa]|entregue|relevad[oa]|rendid[oa]|consegnat[oa]|remis)(?: (?:a|ao|à|por|pelo|pela|da|par))?)[^\S
]+`, 'gi');

export interface Cue {
  /** Global, case-insensitive: the reference scan when the fast path does not apply. */
  readonly pattern: RegExp;
  /** The same pattern, case-sensitive for a lower-cased copy of the text. */
  readonly loweredPattern: RegExp;
  /** Sticky and case-insensitive, tried on the text only where a cue's first word starts. */
  readonly stickyPattern: RegExp;
  /** Whether lower-case words after this cue may be a name. */
  readonly allowLower: boolean;
  /** Whether the name after it must be capitalised and hold a lexicon name or a word that is no ordinary English word. */
  readonly strict: boolean;
  /** Bit of this cue in CUE_BITS_BY_FIRST_WORD. */
  readonly bit: number;
}

function cue(pattern: RegExp, allowLower: boolean, bit: number, strict = false): Cue {
  return {
    pattern,
    loweredPattern: new RegExp(pattern.source, 'g'),
    stickyPattern: new RegExp(pattern.source, 'iy'),
    allowLower,
    strict,
    bit,
  };
}

// Order matters: spans are reported per cue in this order, as the reference scans do.
export const TITLE_CUE: Cue = cue(TITLE, true, 4);
export const WEAK_CUE_OF_CUES: Cue = cue(WEAK_CUE, false, 8);
export const ROLE_CUE: Cue = cue(ROLE, false, 16, true);
export const CUES: readonly Cue[] = [cue(STRONG_CUE, true, 1), cue(GREETING_CUE, true, 2), TITLE_CUE, WEAK_CUE_OF_CUES, ROLE_CUE, cue(STRICT_LABEL_OR_VERB, false, 32, true)];

// The leading letters of every alternative of each cue (up to its first non-letter). A cue can only match
// where a word starts with one of these; a test checks the sticky scan against the reference scan.
// A word with a letter past ASCII is listed by the letters before it, as the profile reads its words: "síndico" by "s", "doña" by "do".
const FIRST_WORDS_BY_BIT: ReadonlyArray<[number, string]> = [
  [1, `gave first last given family middle surname forename card cardholder payer payee key keyholder my name names that he she charge manager supervisor caretaker lead officer guard engineer technician administrator admin coordinator contact
    point foreman warden marshal director owner landlord tenant cleaner receptionist visitor ask asking reach speak spoke spoken speaking talk
    given assigned allocated lent loaned signed sign signature sig sgd contacto contato contactpersoon referente supervisora encargado encargada
    gerente responsable administrador administradora porteiro porteira zelador zeladora vigilante jefe jefa chefe capataz coordinador coordinadora
    coordenador coordenadora witness witnessed testigo testemunha moin temoin zeuge zeugin getuige testimone attn holder recd rcvd recv recvd prepared
    attention called named handed our a colleague kollega collega boss deputy partner husband wife son daughter brother sister checked
    approved verified received issued reported escorted inspected collected authorised authorized completed logged raised
    accompanied relieved replaced guy lady chap bloke fella apprentice assistant relief trainee property myself guardia encargado encargada portero portera gardien gardienne agente
    managers supervisors caretakers leads officers guards engineers technicians administrators admins coordinators contacts wardens directors
    marshals owners landlords tenants cleaners receptionists visitors cardholders keyholders guys chaps blokes fellas apprentices assistants reliefs trainees belongs belonging in hand hands handed handing handover it its there theres is was ich hei heisst mein ansprechpartner
    ansprechpartnerin naam nombre llama llamo chama chamo chiama chiamo nome nom appelle heter nazywa nazywam this full display host person employee caller driver staff guest firstname lastname fullname displayname
    contactname visitorname guardname personname employeename callername drivername staffname guestname titular mimi jina naitwa nama ako pangalan
    respons responsavel gardien gardienne superviseur concierge spreekt mwen m non yhteyshenkil nimeni predao predala preuzeo preuzela primio primila mlinzi
    zovem zove jmenuji jmenuju numesc kolega kolegica kontaktperson kontaktpersonen kontaktpersona met sindico sindica seu dona don s do
    prenom pr vorname nachname neve nevem`],
  [2, 'hi hello hey morning good'],
  [4, [...TITLES, ...CUE_ONLY_TITLES, ...DOTTED_ONLY_TITLES, 'don'].map(leadingAsciiLetters).join(' ')],
  [16, ROLES.flatMap((role) => [role.replace(' ?', ''), role.split(' ?')[0]!]).join(' ')],
  [32, `night nights day days early earlies late lates morning mornings afternoon afternoons evening evenings weekend weekends weekday weekdays relief
    reliefs reserve reserves standby stand back backup cover incoming outgoing host employee staff guest resident mon tue tues wed thu thur thurs fri sat sun
    guardia vigilante relevo portero portera porteiro porteira conserje gardien gardienne bewaker ochroniarz satpam pengawal applicant candidate
    monday tuesday wednesday thursday friday saturday sunday told asked messaged texted emailed phoned rang escalated
    reported passed referred forwarded handover handed relieved relieve relieves relieving replaced replaces covered inlocuieste inlocuie predat predata took agent operator advisor adviser entregado entregada entregue relevado
    relevada rendido rendida consegnato consegnata remis
    ${ROMANCE_ROLE_WORDS.split('|').map(leadingAsciiLetters).join(' ')}`],
  [8, `calls by used i this it contact dear hi hiya hey yo hello thanks thank cc ask tell email call ring try message meet met via text see kind best warm regards
    nom prenom nombre apellido apellidos nome sobrenome cognome vorname nachname voornaam achternaam nazwisko imie
    rgds br many thx tks ta cheers talk speak sincerely yours good morning afternoon evening swap swapped cover covering meeting phone whatsapp
    name names first last ligue liga ligar liguei fala falar fale falei habl llam contactar contacte contactez llama llamar llame llamen habla hablar hable
    pregunta preguntar pregunte pergunta perguntar pergunte appelez appeler appelle demandez zadzwo zadzwon chiama chiamare chiamate
    chiedi chiedere tawagan vraag gevraagd bel hringi hringdu rufen fragen mpigie mcheki muulize ongea wasiliana
    loop copia pa p secretary assistant ${THANKS_IN_OTHER_LANGUAGES.map(leadingAsciiLetters).join(' ')}
    hallo moin servus kia hola ol ola bonjour salut ciao salam merhaba habari jambo sawubona hej hei buen buenos buenas bom boa buongiorno buonasera bonsoir
    guten goedemorgen goedemiddag soy sou aqui sono je jestem sunt ja saya aku uncle aunty auntie rele det dis ngu seu ki`],
];

function bitsByFirstWord(): ReadonlyMap<string, number> {
  const bits = new Map<string, number>();
  for (const [bit, words] of FIRST_WORDS_BY_BIT) {
    for (const word of words.split(/\s+/)) if (word !== '') bits.set(word, (bits.get(word) ?? 0) | bit);
  }
  return bits;
}

export const CUE_BITS_BY_FIRST_WORD: ReadonlyMap<string, number> = bitsByFirstWord();
