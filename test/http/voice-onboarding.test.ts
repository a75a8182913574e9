// A spoken onboarding end to end: espeak-ng speaks each answer, the API transcribes it
// with pocketsphinx (a grammar per enum/integer/multi-select field, free vocabulary for
// names), and the session reaches AWAITING_USER_APPROVAL with a valid recommendation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, auth, waitForTask, waitForState, type TestApp } from '../support/test-app.ts';
import { multipartBody } from '../uploads/upload-test-app.ts';
import { findOnPath, ffmpegPath } from '../../src/providers/speech/ffmpeg-binary.ts';
import { containsPii } from '../../src/privacy/redactor.ts';
import { sanitizeVoiceTranscript } from '../../src/privacy/pii-service.ts';
import { synthesizeSpeech, wordErrorRate } from '../providers/speech/synthetic-speech.ts';
import { ONBOARDING_PREFIX } from '../../src/http/app.ts';

const execFileAsync = promisify(execFile);
const missingTools = ['pocketsphinx_continuous', 'espeak-ng'].filter((binary) => !findOnPath(binary));
const skip = missingTools.length > 0 ? `not installed: ${missingTools.join(', ')} (apt-get install pocketsphinx pocketsphinx-en-us espeak-ng)` : false;
if (skip) console.log(`# voice onboarding skipped — ${skip}`);

interface SpokenAnswer { say: string; expected?: unknown; webm?: boolean }

// Fields with a grammar: the value must come out exactly. Phrases picked from what this
// TTS voice + recogniser get right: "-ty" numbers tend to gain a trailing "two" and
// "checkpoints" is heard as "two", so the checkpoint count is said as a bare "thirty".
const GRAMMAR_ANSWERS: Record<string, SpokenAnswer> = {
  site_type: { say: 'the site is a hospital', expected: 'hospital', webm: true },
  operating_hours: { say: 'round the clock', expected: '24x7' },
  shifts_per_day: { say: 'we run three shifts', expected: 3 },
  staff_per_shift: { say: 'twelve guards per shift', expected: 12 },
  buildings: { say: 'three buildings', expected: 3 },
  floors: { say: 'five floors', expected: 5 },
  checkpoints_per_tour: { say: 'thirty', expected: 30 },
  tour_frequency_hours: { say: 'every two hours', expected: 2 },
  meters: { say: 'electricity and water', expected: ['electricity', 'water'], webm: true },
  registers: { say: 'visitor and key', expected: ['visitor', 'key'] },
};
// Free-text fields go to the 130k-word model, which mangles TTS; any non-empty text is a valid name.
const FREE_TEXT_ANSWERS: Record<string, SpokenAnswer> = {
  organisation_name: { say: 'the company is called acme' },
  site_name: { say: 'north gate' },
};
const SPOKEN_CONTACT = 'the contact is jane doe on oh seven seven double oh nine double oh one two three';
const TYPED_CONTACT = 'Jane Doe, 07700 900123, jane.doe@example.com';

let t: TestApp;

before(async () => {
  // Every answer is an upload; lift the per-user upload count (10 per 5 min) above one onboarding's worth.
  if (!skip) t = await startTestApp({ SPEECH_PROVIDER: 'pocketsphinx', OCR_WORKERS: '0', UPLOAD_RATE_LIMIT_COUNT: '100' });
});
after(async () => { await t?.close(); });

/** The same recording re-encoded by ffmpeg into webm/opus, as a browser's MediaRecorder sends it. */
async function wavToWebm(wav: Buffer): Promise<Buffer> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'intake-voice-'));
  try {
    await writeFile(path.join(directory, 'in.wav'), wav);
    await execFileAsync(ffmpegPath(), ['-nostdin', '-loglevel', 'error', '-i', path.join(directory, 'in.wav'), '-c:a', 'libopus', '-b:a', '32k', '-f', 'webm', path.join(directory, 'out.webm')]);
    return await readFile(path.join(directory, 'out.webm'));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

interface StepOutcome { transcript: string; accepted: boolean; next: string | null; result: Record<string, unknown> }

async function speak(sessionId: string, field: string, answer: SpokenAnswer): Promise<StepOutcome> {
  const wav = await synthesizeSpeech(answer.say, 'wav');
  const audio = answer.webm ? await wavToWebm(wav) : wav;
  const body = multipartBody({ session_id: sessionId }, [{ field: 'audio', filename: answer.webm ? 'answer.webm' : 'answer.wav', contentType: answer.webm ? 'audio/webm' : 'audio/wav', content: audio }]);
  const response = await t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}/conversation/`, headers: { ...auth(t.keys.user), ...body.headers }, payload: body.payload });
  assert.equal(response.statusCode, 202, `${field}: ${response.body}`);
  const accepted = response.json() as { task_id: string; transcript: string; pii_redacted: boolean; safe_for_llm: boolean; used_grammar: boolean };
  const task = await waitForTask(t.app, t.keys.user, accepted.task_id);
  assert.equal(task.status, 'completed', `${field}: ${JSON.stringify(task)}`);

  // The transcript returned is the redacted form of what was heard, which only the turn row keeps raw.
  const turn = await t.ctx.db.query<{ raw_text: string; redacted_text: string; source: string; field_key: string }>(
    'SELECT raw_text, redacted_text, source, field_key FROM turns WHERE session_id = $1 ORDER BY created_at DESC LIMIT 1', [sessionId]);
  const heard = turn.rows[0]!;
  assert.equal(heard.source, 'voice');
  assert.equal(heard.field_key, field);
  assert.equal(accepted.transcript, sanitizeVoiceTranscript(heard.raw_text, sessionId).text, `${field}: transcript is not the redacted text`);
  assert.equal(accepted.transcript, heard.redacted_text);
  assert.equal(containsPii(accepted.transcript), false, `${field}: PII left in "${accepted.transcript}"`);
  assert.equal(accepted.safe_for_llm, true);
  assert.equal(accepted.used_grammar, field in GRAMMAR_ANSWERS, `${field}: used_grammar`);

  const { errors, words } = wordErrorRate(answer.say, heard.raw_text);
  console.log(`# heard: ${field} [${answer.webm ? 'webm' : 'wav'}${accepted.used_grammar ? ', grammar' : ', free vocabulary'}] said "${answer.say}" → "${heard.raw_text}" (WER ${errors}/${words}), returned "${accepted.transcript}"`);
  const result = task.result as { accepted: boolean; next_question: { field: string } | null };
  return { transcript: accepted.transcript, accepted: result.accepted, next: result.next_question?.field ?? null, result: task.result as Record<string, unknown> };
}

test('every question answered by voice (contact typed) reaches AWAITING_USER_APPROVAL with a valid recommendation', { skip }, async () => {
  const started = await t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}/sessions`, headers: auth(t.keys.user), payload: {} });
  assert.equal(started.statusCode, 201, started.body);
  const sessionId = started.json().id as string;
  let field: string | null = started.json().next_question.field;
  const spokenFields: string[] = [];
  let grammarErrors = 0;
  let grammarWords = 0;

  for (let guard = 0; field && guard < 20; guard++) {
    if (field === 'site_contact') {
      // A contact needs a phone number or an email; speech comes back as words only (no digits,
      // no "@"), so the spoken contact is refused and the user types it — as the UI suggests.
      const spoken = await speak(sessionId, field, { say: SPOKEN_CONTACT });
      assert.equal(spoken.accepted, false, `a spoken contact was accepted: ${JSON.stringify(spoken.result)}`);
      assert.equal(spoken.next, 'site_contact');
      const typed = await t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}/conversation/`, headers: auth(t.keys.user), payload: { session_id: sessionId, text: TYPED_CONTACT } });
      assert.equal(typed.statusCode, 202, typed.body);
      const task = await waitForTask(t.app, t.keys.user, typed.json().task_id as string);
      assert.equal((task.result as { accepted: boolean }).accepted, true, JSON.stringify(task.result));
      field = (task.result as { next_question: { field: string } | null }).next_question?.field ?? null;
      continue;
    }
    const answer = GRAMMAR_ANSWERS[field] ?? FREE_TEXT_ANSWERS[field];
    assert.ok(answer, `no spoken answer scripted for ${field}`);
    const outcome = await speak(sessionId, field, answer);
    assert.equal(outcome.accepted, true, `${field}: heard "${outcome.transcript}" was not accepted: ${JSON.stringify(outcome.result)}`);
    // A name the recogniser may have misheard is said back, with how to put it right.
    if (field in FREE_TEXT_ANSWERS) assert.match(String(outcome.result.message), /^I heard “[^”]+”; if that isn’t right, say “the (?:organisation|site) name is …”\./, field);
    if (field in GRAMMAR_ANSWERS) {
      const { errors, words } = wordErrorRate(answer.say, outcome.transcript);
      grammarErrors += errors;
      grammarWords += words;
    }
    spokenFields.push(field);
    field = outcome.next;
  }
  console.log(`# heard: grammar fields WER ${grammarErrors}/${grammarWords} = ${(100 * grammarErrors / grammarWords).toFixed(1)} %`);
  assert.deepEqual(spokenFields.sort(), [...Object.keys(GRAMMAR_ANSWERS), ...Object.keys(FREE_TEXT_ANSWERS)].sort(), 'every non-contact question was answered by voice');

  const ready = await waitForState(t.app, t.keys.user, sessionId, ['AWAITING_USER_APPROVAL'], 30_000);
  const answers = ready.answers as Record<string, unknown>;
  for (const [key, answer] of Object.entries(GRAMMAR_ANSWERS)) assert.deepEqual(answers[key], answer.expected, `${key} stored as ${JSON.stringify(answers[key])}`);
  for (const key of Object.keys(FREE_TEXT_ANSWERS)) assert.ok(typeof answers[key] === 'string' && (answers[key] as string).trim() !== '', `${key}: ${JSON.stringify(answers[key])}`);
  // The recogniser hears names lower-cased; they are stored capitalised.
  for (const key of Object.keys(FREE_TEXT_ANSWERS)) assert.match(answers[key] as string, /^\P{Ll}/u, `${key} stored as ${JSON.stringify(answers[key])}`);

  const recommendation = await t.app.inject({ method: 'GET', url: `${ONBOARDING_PREFIX}/recommendations/${String(ready.recommendation_id)}`, headers: auth(t.keys.user) });
  assert.equal(recommendation.statusCode, 200, recommendation.body);
  const rec = recommendation.json() as { valid: boolean; findings: unknown; confidence: number; configuration: { shifts: Array<{ staff: number }> } };
  assert.equal(rec.valid, true, JSON.stringify(rec.findings));
  assert.ok(rec.confidence > 0 && rec.confidence <= 1, `confidence ${rec.confidence}`);
  assert.equal(rec.configuration.shifts.length, 3);
  assert.ok(rec.configuration.shifts.every((shift) => shift.staff === 12), JSON.stringify(rec.configuration.shifts));
});
