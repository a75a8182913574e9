// The shapes of a name's words as regex sources, shared by PERSON's scans (person.ts) and its name fields
// (person-fields.ts).

// A capitalised word: "Okonkwo", "O'Brien", "McBride", "Smith-Lowe".
export const CAPITALISED_WORD_SOURCE = String.raw`\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}\p{Ll}+)?`;
// An upper-case name with no cue, as OCR reads a notice or a signature block ("KWAME ASANTE - SECURITY OFFICER").
// An apostrophe only after a first letter ("O'NEIL", "D'ANGELO"): later, it is a possessive ("VISITOR'S NAME").
export const UPPER_CASE_WORD_SOURCE = String.raw`\p{Lu}(?:\p{Lu}+|['’]\p{Lu}{2,})(?:-\p{Lu}+)*`;
// Shorter words in capitals are mostly acronyms ("PPE REQUIRED"): they do not make an upper-case pair a name.
export const MIN_UNKNOWN_WORD_LETTERS = 4;

const UPPER_CASE_LETTER = /\p{Lu}/u;

/** Whether an upper-case letter stands at `at` of text, whose code units are `codes` ("Özdemir" starts with one). */
export function isUpperCaseAt(text: string, codes: Uint16Array, at: number): boolean {
  const code = codes[at]!;
  return code < 128 ? code >= 65 && code <= 90 : UPPER_CASE_LETTER.test(String.fromCodePoint(text.codePointAt(at)!));
}
