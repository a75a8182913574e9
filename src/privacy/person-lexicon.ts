// The recognizer's own name lexicon. It is deliberately disjoint from the evaluation set's name list
// (bench/pii/eval-names.ts; a test asserts it), so the bench measures the cues and shape rules, not a lookup.
// Words that are also ordinary English words (Will, Mark, Grace, May, Bill) are left out on purpose.

export const FIRST_NAMES: ReadonlySet<string> = new Set([
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
]);

export const SURNAMES: ReadonlySet<string> = new Set([
  'smith', 'johnson', 'williams', 'brown', 'jones', 'garcia', 'miller', 'davis', 'rodriguez', 'martinez',
  'hernandez', 'lopez', 'gonzalez', 'wilson', 'anderson', 'taylor', 'moore', 'jackson', 'martin', 'lee',
  'thompson', 'white', 'harris', 'sanchez', 'clark', 'ramirez', 'lewis', 'robinson', 'walker', 'young',
  'evans', 'roberts', 'wright', 'thomas', 'hughes', 'edwards', 'green', 'hall', 'wood', 'harrison',
  'sharma', 'verma', 'gupta', 'singh', 'kumar', 'patel', 'reddy', 'iyer', 'mehta', 'joshi',
  'mueller', 'schmidt', 'schneider', 'fischer', 'weber', 'meyer', 'wagner', 'becker', 'schulz', 'hoffmann',
  'khan', 'hussain', 'rahman', 'chowdhury', 'nguyen', 'tran', 'kim', 'park', 'chen', 'wang',
]);
