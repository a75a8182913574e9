// The shapes of a name's words as regex sources, shared by PERSON's scans (person.ts) and its name fields
// (person-fields.ts).

// A capitalised word: "Okonkwo", "O'Brien", "McBride", "Smith-Lowe".
export const CAPITALISED_WORD_SOURCE = String.raw`\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}\p{Ll}+)?`;
// An upper-case name with no cue, as OCR reads a notice or a signature block ("KWAME ASANTE - SECURITY OFFICER").
// An apostrophe only after a first letter ("O'NEIL", "D'ANGELO"): later, it is a possessive ("VISITOR'S NAME").
export const UPPER_CASE_WORD_SOURCE = String.raw`\p{Lu}(?:\p{Lu}+|['’]\p{Lu}{2,})(?:-\p{Lu}+)*`;
// Shorter words in capitals are mostly acronyms ("PPE REQUIRED"): they do not make an upper-case pair a name.
export const MIN_UNKNOWN_WORD_LETTERS = 4;
