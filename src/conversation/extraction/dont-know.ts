// Replies saying the user does not know ("no idea", "I don't know"), as plain words (see plainWords). A name
// field takes none of them as the name; a count the template can suggest gets its suggestion for them.
export const DONT_KNOW_PHRASES: readonly string[] = ['i dont know', 'i do not know', 'dont know', 'do not know', 'dunno', 'idk', 'no idea', 'no clue', 'not sure', 'unsure'];
