// Names the evaluation generator draws from. Disjoint from the recognizer's lexicon
// (src/privacy/person-lexicon.ts) by construction; test/privacy/eval-goals.test.ts asserts it.

export const EVAL_FIRST_NAMES: readonly string[] = [
  'Harriet', 'Declan', 'Imogen', 'Rory', 'Fergus', 'Mabel', 'Cormac', 'Tamsin', 'Rowan', 'Quentin',
  'Delphine', 'Marcus', 'Wendell', 'Priscilla', 'Lionel', 'Beatrix', 'Ambrose', 'Odette', 'Cedric', 'Rosalind',
  'Tanvir', 'Kavya', 'Dhruv', 'Meera', 'Nikhil', 'Lakshmi', 'Suresh', 'Deepika', 'Rohan', 'Anjali',
  'Prakash', 'Harsha', 'Vikram', 'Shalini', 'Gopal', 'Nandini', 'Ravindra', 'Padma', 'Venkat', 'Jyoti',
  'Dieter', 'Ingrid', 'Jürgen', 'Ulrike', 'Wolfgang', 'Gerhard', 'Heike', 'Torsten', 'Sabine', 'Klaus',
  'Annegret', 'Henrik', 'Birgit', 'Volker', 'Gudrun', 'Rainer', 'Dagmar', 'Helmut', 'Elke', 'Manfred',
  'Chidi', 'Ngozi', 'Tunde', 'Folake', 'Kwame', 'Abena', 'Thandiwe', 'Sipho', 'Wanjiru', 'Kofi',
  'Siobhan', 'Niamh', 'Padraig', 'Eilidh', 'Callum', 'Morag', 'Hamish', 'Ailsa', 'Gareth', 'Bronwen',
  'Esperanza', 'Joaquin', 'Graciela', 'Rodrigo', 'Marisol', 'Esteban', 'Consuelo', 'Ignacio', 'Paloma', 'Leandro',
  'Hiroshi', 'Keiko', 'Takeshi', 'Yuki', 'Minh', 'Linh', 'Jae', 'Soo', 'Wei', 'Mei',
];

export const EVAL_SURNAMES: readonly string[] = [
  'Okonkwo', 'Brandt', 'Vance', 'Ashworth', 'Pemberton', 'Fairweather', 'Whitfield', 'Halloran', 'McBride', 'Thornton',
  'Abernathy', 'Lindqvist', 'Kowalski', 'Castellanos', 'Oduya', 'Galloway', 'Hargreaves', 'Blackwood', 'Radcliffe', 'Pennington',
  'Nair', 'Menon', 'Banerjee', 'Chatterjee', 'Pillai', 'Krishnan', 'Deshpande', 'Kulkarni', 'Venkataraman', 'Bhattacharya',
  'Zimmermann', 'Krause', 'Hartmann', 'Lehmann', 'Vogel', 'Brauer', 'Schäfer', 'Köhler', 'Richter', 'Neumann',
  "O'Sullivan", 'MacLeod', 'Fitzgerald', 'Gallagher', 'Llewellyn', 'Pritchard', 'Adeyemi', 'Mensah', 'Boateng', 'Ndlovu',
  'Villanueva', 'Cordero', 'Bustamante', 'Echeverría', 'Quintero', 'Tanaka', 'Watanabe', 'Yamamoto', 'Pham', 'Hoang',
  'Smith-Lowe', 'Ellery', 'Drummond', 'Cavendish', 'Wetherby', 'Ormsby', 'Featherstone', 'Lockhart', 'Sandoval', 'Arbuthnot',
];
