import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { templateFieldSchema } from '../../../src/conversation/template.ts';
import { loadTemplate } from '../../../src/conversation/templates/index.ts';
import { numberToWords, wordsToNumber } from '../../../src/providers/speech/number-words.ts';
import { parseRecogniserOutput } from '../../../src/providers/speech/pocketsphinx-speech.ts';
import { buildGrammar, spokenForm } from '../../../src/providers/speech/speech-grammar.ts';

test('number words round-trip for every supported integer', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => wordsToNumber(numberToWords(n)) === n));
  assert.equal(numberToWords(124), 'one hundred twenty four');
  assert.equal(wordsToNumber('we run three shifts'), 3);
  assert.equal(wordsToNumber('none at all'), null);
});

test('spoken form spells digits and drops punctuation', () => {
  assert.equal(spokenForm('Round the clock (24/7)'), 'round the clock twenty four seven');
  assert.equal(spokenForm("It's a hospital"), 'its a hospital');
});

const template = loadTemplate();

test('every template field gets a grammar whose words all have pronunciations', () => {
  for (const field of template.fields) {
    const expected = buildGrammar(field);
    assert.equal(expected.field_key, field.key);
    if (['text', 'contact', 'time_range'].includes(field.type)) {
      assert.equal(expected.jsgf, null, field.key);
      continue;
    }
    assert.ok(expected.jsgf?.startsWith('#JSGF V1.0;'), field.key);
    assert.match(expected.jsgf!, /public <answer> = /);
    const dictionaryWords = new Set(expected.dictionary.split('\n').filter(Boolean).map((line) => line.split(' ')[0]!.replace(/\(\d+\)$/, '')));
    const grammarWords = expected.jsgf!.split('\n').slice(2).join(' ').replace(/<[a-z0-9_]+>/g, ' ').match(/\b[a-z]+\b/g) ?? [];
    for (const word of grammarWords) assert.ok(dictionaryWords.has(word), `${field.key}: "${word}" lacks a pronunciation`);
    assert.ok(expected.phrases.length > 0);
  }
});

test('enum grammars carry labels and synonyms; integer grammars stop at max', () => {
  const siteType = buildGrammar(template.fields.find((f) => f.key === 'site_type')!);
  assert.match(siteType.jsgf!, /\( hospital \)/);
  assert.match(siteType.jsgf!, /\( the site is a \)/);
  const shifts = buildGrammar(template.fields.find((f) => f.key === 'shifts_per_day')!);
  assert.match(shifts.jsgf!, /\( six \)/);
  assert.doesNotMatch(shifts.jsgf!, /\( seven \) \|/);
  const wide = buildGrammar(templateFieldSchema.parse({ key: 'area_m2', type: 'integer', min: 0, max: 50000, prompt: 'p', help: 'h', examples: ['1200'] }));
  assert.match(wide.jsgf!, /<below1000>/);
});

test('words absent from the dictionary are dropped with their alternative, not the grammar', () => {
  const field = templateFieldSchema.parse({ key: 'site_kind', type: 'enum', prompt: 'p', help: 'h', examples: ['office'],
    options: [{ value: 'office', label: 'Office' }, { value: 'zzyzx', label: 'Zzyzxqq' }] });
  const expected = buildGrammar(field, new Map([['office', ['office AO F AH S']], ['the', ['the DH AH']]]));
  assert.deepEqual(expected.missing_words.includes('zzyzxqq'), true);
  assert.doesNotMatch(expected.jsgf!, /zzyzxqq/);
  assert.match(expected.jsgf!, /\( office \)/);
});

test('recogniser output parsing keeps words and averages their posteriors', () => {
  const parsed = parseRecogniserOutput('we run three shifts\n<s> 0.000 0.170 0.999800\nwe 0.18 0.3 0.9\nrun 0.3 0.5 0.8\nthree(2) 0.5 0.7 0.7\n<sil> 0.7 0.8 1.0\nshifts 0.8 1.1 0.6\n</s> 1.1 1.3 1.000000\n');
  assert.equal(parsed.text, 'we run three shifts');
  assert.equal(parsed.confidence, 0.75);
  assert.deepEqual(parsed.segments.map((segment) => segment.unit), ['<s>', 'we', 'run', 'three', '<sil>', 'shifts', '</s>']);
  assert.deepEqual(parsed.segments[5], { unit: 'shifts', startSeconds: 0.8, endSeconds: 1.1 });
  assert.deepEqual(parseRecogniserOutput('\n'), { text: '', confidence: 0, segments: [] });
  // A grammar decode lists null transitions with negative times; they are neither words nor text.
  const guided = parseRecogniserOutput('round the clock\n<s> 0.000 0.020 1.000000\nround 0.030 0.300 0.9\n(NULL) -0.010 -0.010 1.000000\nthe 0.310 0.400 0.8\nclock 0.410 0.800 0.7\n</s> 0.810 0.900 1.000000\n');
  assert.equal(guided.text, 'round the clock');
  assert.equal(guided.confidence, 0.8);
});
