import { GENERATED_ACCENTED_FIRST_NAMES, GENERATED_ACCENTED_SURNAMES, GENERATED_FIRST_NAMES, GENERATED_SURNAMES } from './person-names.generated.ts';

// The recognizer's own name lexicon. The evaluation set's names are made up (bench/pii/eval-names.ts) and none is here
// (a test asserts it), so the bench measures the cues and shape rules, not a lookup, and this list can hold every real
// name it should.
// Words that are also ordinary English words (Will, Mark, Grace, May, Bill) are left out on purpose.

const CURATED_FIRST_NAMES: ReadonlySet<string> = new Set([
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
  'christopher', 'daniel', 'matthew', 'anthony', 'donald', 'steven', 'paul', 'andrew', 'joshua', 'kenneth',
  'kevin', 'brian', 'george', 'edward', 'ronald', 'timothy', 'jason', 'jeffrey', 'ryan', 'jacob',
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen',
  'nancy', 'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle',
  'dorothy', 'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia',
  'oliver', 'harry', 'jack', 'charlie', 'oscar', 'alfie', 'freddie', 'archie', 'theo', 'leo',
  'amelia', 'olivia', 'isla', 'ava', 'mia', 'isabella', 'sophia', 'poppy', 'ella', 'lily',
  'aarav', 'vihaan', 'aditya', 'arjun', 'sai', 'reyansh', 'krishna', 'ishaan', 'rahul', 'amit',
  'ananya', 'diya', 'saanvi', 'aadhya', 'pari', 'anika', 'navya', 'riya', 'sneha', 'pooja',
  'lukas', 'maximilian', 'felix', 'paulo', 'jonas', 'elias', 'finn', 'niklas', 'moritz', 'tobias',
  'sophie', 'marie', 'hannah', 'lena', 'lea', 'johanna', 'katharina', 'anna', 'laura', 'julia',
  'mohammed', 'ahmed', 'omar', 'ali', 'fatima', 'aisha', 'yusuf', 'ibrahim', 'hassan', 'zainab',
  'carlos', 'jose', 'luis', 'miguel', 'juan', 'maria', 'carmen', 'lucia', 'sofia', 'elena',
  // The first names our users' staff answer to, short forms too ("Dave", "Raj"), across the UK, India, Poland, West
  // Africa, Germany, the Middle East and Latin America — still none that is an ordinary English word (Dawn, Rob, Sue,
  // Jan, Frank, Holly, Dean, Ray, Matt, Nick, Heather, Jasmine, Jordan), and none of the evaluation set's.
  'dave', 'mike', 'steve', 'chris', 'tom', 'dan', 'ben', 'sam', 'joe', 'tony', 'pete', 'gary',
  'craig', 'darren', 'wayne', 'shaun', 'stuart', 'neil', 'ian', 'keith', 'colin', 'alan', 'barry', 'trevor', 'derek',
  'clive', 'nigel', 'geoff', 'phil', 'simon', 'adam', 'luke', 'liam', 'jamie', 'kyle', 'connor', 'ethan', 'noah',
  'owen', 'aaron', 'kieran', 'nathan', 'jake', 'josh', 'jon', 'gemma', 'kelly', 'claire', 'emma', 'lucy',
  'katie', 'hayley', 'stacey', 'tracey', 'leanne', 'zoe', 'natalie', 'danielle', 'rachel', 'amy', 'chloe', 'jodie',
  'vicky', 'nicola', 'joanne', 'louise', 'helen', 'julie', 'alison', 'wendy', 'mandy', 'tina', 'jackie', 'kate',
  'jane', 'jenny', 'becky', 'abigail', 'charlotte', 'megan', 'raj', 'ravi', 'sanjay', 'vijay', 'ajay',
  'anil', 'sunil', 'manoj', 'deepak', 'rajesh', 'ramesh', 'mahesh', 'ganesh', 'dinesh', 'naveen', 'praveen',
  'sachin', 'rakesh', 'mukesh', 'arun', 'varun', 'karan', 'rohit', 'sumit', 'vivek', 'pradeep', 'sandeep', 'kiran',
  'priya', 'neha', 'divya', 'swati', 'kavita', 'sunita', 'anita', 'rekha', 'geeta', 'seema', 'asha', 'usha',
  'manisha', 'nisha', 'ritu', 'shweta', 'tomasz', 'piotr', 'krzysztof', 'pawel', 'andrzej', 'kasia', 'agnieszka',
  'magdalena', 'ewa', 'joanna', 'monika', 'emeka', 'obinna', 'chinedu', 'uche', 'femi', 'segun', 'bola', 'yemi',
  'adwoa', 'kojo', 'kwabena', 'akua', 'efua', 'jerome', 'tyrone', 'marlon', 'delroy', 'leroy', 'desmond',
  'mohamed', 'muhammad', 'abdul', 'khalid', 'tariq', 'imran', 'bilal', 'hamza', 'zaid', 'samir', 'nadia', 'leila',
  'layla', 'amina', 'mariam', 'yasmin', 'sana', 'javier', 'pablo', 'diego', 'alejandro', 'sergio', 'antonio',
  'francisco', 'pedro', 'raul', 'isabel', 'pilar', 'stefan', 'jens', 'uwe', 'sven', 'dirk', 'holger', 'thorsten',
  'sebastian', 'florian', 'andreas', 'petra', 'claudia', 'sabrina', 'nicole', 'andrea', 'stefanie',
  'katrin', 'anja', 'silke', 'kerstin', 'tanja', 'vladimir', 'dmitri', 'sergei', 'oleg', 'ivan', 'olga', 'natalia',
  'irina', 'svetlana', 'nikolai', 'ahmet', 'mehmet', 'mustafa', 'emre', 'murat', 'ayse', 'fatma', 'zeynep', 'elif',
  'gavin', 'graham', 'kenny', 'lewis', 'marco', 'nathaniel', 'patrick', 'scott', 'shane', 'terry', 'vincent',
  'wesley', 'zach', 'beth', 'carla', 'debbie', 'fiona', 'gillian', 'janet', 'kirsty', 'lorraine',
  'maureen', 'paula', 'sally', 'shirley', 'tracy', 'yvonne', 'peter', 'bernadette', 'wojciech', 'marek', 'jakub', 'kamil',
  'lukasz', 'mateusz', 'bartek', 'siddharth', 'rajiv', 'aditi', 'tunji', 'chidinma', 'olumide',
  // Common names of our users' regions that Faker's locales lack: Irish, Scottish and Welsh, Indian, German, Nigerian,
  // Ghanaian, Kenyan and South African, Japanese, Korean, Chinese and Vietnamese ones (not Dieter, an English word; not
  // Elke or Mei, the Dutch "each" and "May"; not Minh or Linh, Vietnamese words as well, and "Ho_Chi_Minh" a time zone).
  'fergus', 'cormac', 'tamsin', 'beatrix', 'siobhan', 'niamh', 'padraig', 'eilidh', 'morag', 'ailsa', 'gareth', 'bronwen',
  'tanvir', 'kavya', 'meera', 'nikhil', 'deepika', 'prakash', 'harsha', 'vikram', 'shalini', 'nandini', 'ravindra', 'venkat',
  'jurgen', 'ulrike', 'wolfgang', 'heike', 'annegret', 'chidi', 'tunde', 'folake', 'thandiwe', 'wanjiru', 'paloma',
  'hiroshi', 'keiko', 'takeshi', 'yuki', 'jae', 'soo', 'wei',
  // And of the regions Faker has no locale for: Kenya and Tanzania, Pakistan and Bangladesh, Punjab, Ireland, Greece, Estonia,
  // the Philippines (not Juma, Swahili's "week", nor Paddy or Mart, English words).
  'kamau', 'otieno', 'omondi', 'wanjiku', 'njeri', 'achieng', 'akinyi', 'wambui', 'mwangi', 'kiprono', 'chebet', 'jeptoo', 'muthoni',
  'nyambura', 'wafula', 'barasa', 'baraka', 'zawadi', 'neema', 'rehema', 'mwanaisha', 'hamid', 'shirin', 'shoaib', 'shahana', 'farzana',
  'nasrin', 'rubina', 'tahmina', 'sohel', 'rafiq', 'rafiqul', 'shafiq', 'tareq', 'asif', 'imtiaz', 'zubair', 'waqas', 'faisal', 'kashif',
  'adnan', 'farhan', 'junaid', 'naveed', 'nadeem', 'saima', 'ayesha', 'sadia', 'bushra', 'mehwish', 'baljit', 'harjit', 'gurpreet',
  'manpreet', 'jaspreet', 'sukhwinder', 'kuldeep', 'harpreet', 'navjot', 'aakash', 'aakriti', 'colm', 'cathal', 'ciaran', 'aoife', 'oisin',
  'saoirse', 'roisin', 'sinead', 'eoin', 'tadhg', 'fiachra', 'funmi', 'tobi', 'dapo', 'gbenga', 'camilo', 'yesid', 'edivaldo', 'manolis',
  'giorgos', 'yiannis', 'nikos', 'dimitris', 'kostas', 'katerina', 'vasiliki', 'panagiotis', 'margus', 'tiit', 'jaan', 'andrus', 'reet',
  'merike', 'jomar', 'rodel', 'jhun', 'arnel', 'rommel', 'marites', 'maricel',
  // Ethiopia, Zimbabwe, Uganda, Thailand, Malaysia, Ukraine, the Baltics, Serbia, Bulgaria, Korea and Japan, the Maghreb and Iran
  // (not Selam, Turkish's "hi", Meron, Tagalog's "there is", Rudo and Sota, Spanish words, nor the short Ren, Aoi, Yui, Hina
  // and Suda).
  'tesfaye', 'abebe', 'alemu', 'girma', 'bekele', 'tadesse', 'haile', 'mekonnen', 'kebede', 'yonas', 'hiwot', 'tigist', 'dawit',
  'tendai', 'tatenda', 'chipo', 'tafadzwa', 'nyasha', 'kudzai', 'tinashe', 'okello', 'mugisha', 'nakato', 'wasswa', 'babirye', 'nsubuga',
  'ssemakula', 'mukasa', 'somchai', 'siriporn', 'somsak', 'nattapong', 'kittisak', 'pornthip', 'wichai', 'nurhaliza', 'azlan', 'hafiz',
  'syafiq', 'haziq', 'izzat', 'zulkifli', 'faridah', 'rosnah', 'olena', 'oksana', 'mykola', 'dmytro', 'serhiy', 'iryna', 'andriy',
  'volodymyr', 'halyna', 'andris', 'ieva', 'inese', 'gintaras', 'mindaugas', 'laima', 'arturs', 'kristaps', 'milos', 'nemanja', 'snezana',
  'dusan', 'svetla', 'georgi', 'dimitar', 'stoyan', 'ivaylo', 'tsvetan', 'desislava', 'mariyana', 'lyubomir', 'minjun', 'seojun', 'jiho',
  'jiwoo', 'seoyeon', 'hyunwoo', 'jihoon', 'minseo', 'haruto', 'riku', 'hiroki', 'daisuke', 'naoki', 'yusuke', 'takumi', 'shota', 'ayumi',
  'haruka', 'misaki', 'mehdi', 'hicham', 'nabil', 'soufiane', 'abdelkader', 'fatiha', 'zineb', 'naima', 'latifa', 'hossein', 'mohsen',
  'arash', 'babak', 'kaveh', 'shahram', 'parisa', 'nazanin', 'shabnam', 'niloufar', 'roya',
  // And more of those Faker's locales for our users' countries lack, or hold only with accents: Colombia's and Venezuela's,
  // Jamaica's and Trinidad's, Tamil Nadu's, Brazil's written without them, Wales's and Ireland's, Nigeria's Igbo and Ghana's
  // Akan and Ewe names (not Jefferson or Jericho, places too; Andre not alone in lower case: Danish's and Norwegian's "other").
  'yeison', 'jhon', 'leidy', 'jhonatan', 'maicol', 'deiby', 'yurley', 'yesica', 'yorleidy', 'deisy', 'yamile', 'shaquille', 'tameka',
  'andre', 'kemar', 'shanice', 'odane', 'tishana', 'kadian', 'shericka', 'venkatesh', 'srinivas', 'murugan', 'selvam', 'ganesan', 'senthil',
  'prabhu', 'saravanan', 'kavitha', 'revathi', 'lakshmanan', 'balaji', 'joao', 'cleiton', 'edson', 'rosangela', 'rogerio', 'rhian', 'cerys',
  'ffion', 'bronagh', 'padraic', 'niall', 'darragh', 'shauna', 'aisling', 'grainne', 'caoimhe', 'deirdre', 'chukwuma', 'adaeze', 'kelechi',
  'uchenna', 'chinonso', 'ikechukwu', 'nkechi', 'ebere', 'obiora', 'adjoa', 'abenaa', 'esinam', 'selorm', 'senyo', 'mawuli', 'dzifa',
  'elikem',
  // Sri Lanka's Sinhala first names, and the Dominican Republic's (not Ama or Esi: Ama is Spanish's "loves", Esi too short;
  // not Yaw, an English word).
  'nuwan', 'chamara', 'kasun', 'lahiru', 'sanjeewa', 'tharindu', 'dilshan', 'chaminda', 'ruwan', 'nimal', 'chathura', 'isuru', 'dinuka',
  'sachini', 'nadeeka', 'dilani', 'yunior', 'altagracia', 'yokasta', 'yohanny', 'wilkin', 'yulissa',
]);

const CURATED_SURNAMES: ReadonlySet<string> = new Set([
  'smith', 'johnson', 'williams', 'brown', 'jones', 'garcia', 'miller', 'davis', 'rodriguez', 'martinez',
  'hernandez', 'lopez', 'gonzalez', 'wilson', 'anderson', 'taylor', 'moore', 'jackson', 'martin', 'lee',
  'thompson', 'white', 'harris', 'sanchez', 'clark', 'ramirez', 'lewis', 'robinson', 'walker', 'young',
  'evans', 'roberts', 'wright', 'thomas', 'hughes', 'edwards', 'green', 'hall', 'wood', 'harrison',
  'sharma', 'verma', 'gupta', 'singh', 'kumar', 'patel', 'reddy', 'iyer', 'mehta', 'joshi',
  'mueller', 'schmidt', 'schneider', 'fischer', 'weber', 'meyer', 'wagner', 'becker', 'schulz', 'hoffmann',
  'khan', 'hussain', 'rahman', 'chowdhury', 'nguyen', 'tran', 'kim', 'park', 'chen', 'wang',
  // A surname that is a German sheet's word too ("Halle 4" is a hall), as Park and Hall are English ones.
  'halle',
  // Common surnames Faker's locales lack: English, Irish and Scottish, Indian, Nigerian, German, Spanish, Japanese, Vietnamese
  // (not Thornton or Cavendish, Faker's places too, which the generated list leaves out).
  'ashworth', 'pemberton', 'fairweather', 'whitfield', 'halloran', 'mcbride', 'galloway', 'hargreaves', 'blackwood',
  'radcliffe', 'pennington', 'macleod', 'fitzgerald', 'gallagher', 'pritchard', 'ellery', 'drummond', 'wetherby',
  'ormsby', 'featherstone', 'lockhart', 'arbuthnot', 'chatterjee', 'krishnan', 'kulkarni', 'venkataraman', 'oduya', 'adeyemi',
  'schafer', 'echeverria', 'tanaka', 'watanabe', 'yamamoto', 'hoang',
  // And of Kenya, Pakistan and Bangladesh, the Levant, Greece, the Philippines, South and Southern India, Punjab, Nepal, Sri
  // Lanka, Estonia, Southern and Central Africa (not Sheikh, a title, nor Zulu, a language).
  'kamau', 'otieno', 'omondi', 'mwangi', 'wafula', 'barasa', 'kiprono', 'chebet', 'njoroge', 'kariuki', 'ochieng', 'odhiambo', 'wanyama',
  'mutua', 'kiplagat', 'cheruiyot', 'onyango', 'maina', 'njuguna', 'qureshi', 'siddiqui', 'chaudhry', 'chaudhary', 'hossain', 'talukder',
  'sarkar', 'haddad', 'khoury', 'nasser', 'saleh', 'farouk', 'papadopoulos', 'georgiou', 'nikolaidis', 'papadakis', 'bautista', 'byrne',
  'mccarthy', 'rajendran', 'subramanian', 'krishnamurthy', 'naidu', 'sandhu', 'sidhu', 'dhillon', 'grewal', 'bains', 'tamm', 'kask',
  'magar', 'thapa', 'gurung', 'tamang', 'shrestha', 'karki', 'adhikari', 'perera', 'jayasinghe', 'wickramasinghe', 'bandara',
  'dissanayake', 'rathnayake', 'ilunga', 'mbeki', 'mokoena', 'phiri', 'mwale', 'tembo', 'mulenga',
  // Ethiopia, Uganda, Zimbabwe, Korea and China in their Latin letters, Ukraine, the Baltics, Serbia, Bulgaria, Morocco, Iran
  // and Malaysia (not the short Cho, Seo, Ahn, Yoo, Lin, Gao, Guo, Zhu, Xie, nor Moyo, Swahili's and Shona's "heart").
  'tesfaye', 'bekele', 'tadesse', 'mekonnen', 'kebede', 'alemu', 'okello', 'mugisha', 'nsubuga', 'ssemakula', 'mukasa', 'wasswa', 'ncube',
  'sibanda', 'nyathi', 'mpofu', 'choi', 'kang', 'yoon', 'jang', 'kwon', 'hwang', 'jeon', 'zhang', 'liu', 'huang', 'zhao', 'zhou', 'zheng',
  'liang', 'shevchenko', 'kovalenko', 'bondarenko', 'tkachenko', 'kravchenko', 'melnyk', 'boyko', 'kalnins', 'ozols', 'berzins', 'jansons',
  'kazlauskas', 'petrauskas', 'jankauskas', 'jovanovic', 'petrovic', 'nikolic', 'markovic', 'djordjevic', 'ivanov', 'georgiev', 'dimitrov',
  'petrov', 'benali', 'bennani', 'alaoui', 'idrissi', 'tazi', 'chraibi', 'berrada', 'amrani', 'hosseini', 'mohammadi', 'ahmadi', 'rezaei',
  'moradi', 'karimi', 'rahimi', 'jafari', 'sadeghi', 'othman', 'yusof', 'razak',
]);

// First names that are also everyday words in lower case ("the jack", "a carol", "sam" as a name for a sample), or the
// radio alphabet our guards speak in (charlie, mike, oscar): written in lower case they are no name.
const EVERYDAY_WORDS = new Set(['jack', 'harry', 'lily', 'carol', 'mike', 'charlie', 'oscar', 'joe', 'tony', 'tom', 'ben', 'sam', 'dan',
  'josh', 'leo', 'ella', 'ava', 'mia', 'pari', 'sai', 'lea', 'finn', 'ali', 'raj', 'bola', 'sana', 'dirk', 'sally', 'terry', 'poppy',
  'isla', 'felix', 'carmen', 'jason', 'marco', 'kai',
  // Swahili's words too: blessing, gift, grace, mercy; Danish's and Norwegian's "other".
  'baraka', 'zawadi', 'neema', 'rehema', 'andre']);

const words = (list: string): string[] => list.split(/\s+/).filter((word) => word !== '');

// With the names of Faker's locales for our users' countries (scripts/build-name-lexicon.ts says which are kept): a name
// from Lagos, Lisbon or Kraków needs no cue when it is written capitalised ("Ifeoma to follow up with PHCN").
export const FIRST_NAMES: ReadonlySet<string> = new Set([...CURATED_FIRST_NAMES, ...words(GENERATED_FIRST_NAMES)]);
export const SURNAMES: ReadonlySet<string> = new Set([...CURATED_SURNAMES, ...words(GENERATED_SURNAMES)]);
// Their names written with accents, lower-cased, whose letters without accents are no name of the lists above and no other
// word of ours ("wójcik", "dudás"; a "Dudas" is Spanish's "doubts"): they are names only as written with them.
export const ACCENTED_NAMES: ReadonlySet<string> = new Set([...words(GENERATED_ACCENTED_FIRST_NAMES), ...words(GENERATED_ACCENTED_SURNAMES)]);

/**
 * The first names that are a name even in lower case, with no cue: "dave and sunita cover nights". The curated ones only:
 * in lower case, many of Faker's are our users' other languages' words ("rosa", "paz", "luz", "santos").
 */
export const LOWER_CASE_FIRST_NAMES: ReadonlySet<string> = new Set([...CURATED_FIRST_NAMES].filter((name) => !EVERYDAY_WORDS.has(name)));

/**
 * The other first names, which in lower case are a name only before a surname of the lexicon ("rogelio ibarra", "valdir
 * nogueira"): alone, many are our users' languages' words ("rosa", "luz").
 */
export const PAIRED_LOWER_CASE_FIRST_NAMES: ReadonlySet<string> = new Set([...FIRST_NAMES].filter((name) => !LOWER_CASE_FIRST_NAMES.has(name)));
