// The CMU pronouncing dictionary shipped with pocketsphinx-en-us, loaded once
// (3.4 MB, ~135k words) so grammars can carry a small dictionary of just their words.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export const defaultCmuDictionaryPath = '/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict';

/** word → its dictionary lines ("word W ER D", "word(2) …"). */
export type PronunciationDictionary = Map<string, string[]>;

let cached: { path: string; dictionary: PronunciationDictionary } | undefined;

function parse(text: string): PronunciationDictionary {
  const dictionary: PronunciationDictionary = new Map();
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const word = line.slice(0, space).replace(/\(\d+\)$/, '');
    const lines = dictionary.get(word);
    if (lines) lines.push(line); else dictionary.set(word, [line]);
  }
  return dictionary;
}

/** Preload at startup so the first grammar does not read the file synchronously. */
export async function loadPronunciationDictionary(path = defaultCmuDictionaryPath): Promise<PronunciationDictionary> {
  if (cached?.path === path) return cached.dictionary;
  const dictionary = parse(await readFile(path, 'utf8'));
  cached = { path, dictionary };
  return dictionary;
}

/** Cached dictionary, read synchronously once if not preloaded; empty when the file is absent. */
export function pronunciationDictionarySync(path = defaultCmuDictionaryPath): PronunciationDictionary {
  if (cached?.path === path) return cached.dictionary;
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const dictionary = parse(text);
  cached = { path, dictionary };
  return dictionary;
}
