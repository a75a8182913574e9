// Public surface of the speech provider: adapters behind one interface, plus field grammars.
export { SpeechError, SpeechHttpError, type SpeechErrorCode, type SpeechProvider, type TranscribeOptions, type Transcript } from './speech-provider.ts';
export { createOpenAiSpeechProvider, type OpenAiSpeechConfig } from './openai-speech.ts';
export { createPocketsphinxProvider, parseRecogniserOutput, type PocketsphinxConfig } from './pocketsphinx-speech.ts';
export { buildGrammar, spokenForm, type ExpectedPhrases } from './speech-grammar.ts';
export { loadPronunciationDictionary } from './pronunciation-dictionary.ts';
export { numberToWords, wordsToNumber } from './number-words.ts';
export { decodeToSpeechWav, maxAudioSeconds } from './audio-decoding.ts';
export { ffmpegPath } from './ffmpeg-binary.ts';
