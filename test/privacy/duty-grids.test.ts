import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redact } from '../../src/privacy/redactor.ts';

const redacted = (text: string): string => redact(text).text;

test("a rota's unheaded first column names its people when the days' cells are shift codes", () => {
  const rota = [
    'ROTA WK 12',
    '            MON   TUE   WED   THU   FRI',
    'Kipchumba   D     D     N     N     OFF',
    'Ruta K.     N     OFF   D     D     D',
    'RELIEF      -     D     -     N     -',
    'D = 0700-1900   N = 1900-0700',
  ].join('\n');
  assert.equal(redacted(rota), [
    'ROTA WK 12',
    '            MON   TUE   WED   THU   FRI',
    '[REDACTED_NAME]   D     D     N     N     OFF',
    '[REDACTED_NAME]     N     OFF   D     D     D',
    'RELIEF      -     D     -     N     -',
    'D = 0700-1900   N = 1900-0700',
  ].join('\n'));
  // German days, and a personal heading over the first column with times in the shift headings.
  assert.equal(redacted('            Mo   Di   Mi   Do\nWojtaszek   F    F    S    N'), '            Mo   Di   Mi   Do\n[REDACTED_NAME]   F    F    S    N');
  assert.equal(redacted('Guard       DAY 06-18   NIGHT 18-06\nMbeki       X           -'), 'Guard       DAY 06-18   NIGHT 18-06\n[REDACTED_NAME]       X           -');
});

test("a duty chart's posts or days head its rows and its shift columns hold names, split at '/'", () => {
  const chart = [
    'AREA            MORNING 6-2      EVENING 2-10      NIGHT 10-6',
    'Lobby           Olusegun         Wairimu           Thabiso',
    'Car park        Wairimu / Ebere  —                 on call',
    'Gate 3 (plant)  OFF              Kagiso (relief)   Olusegun',
  ].join('\n');
  assert.equal(redacted(chart), [
    'AREA            MORNING 6-2      EVENING 2-10      NIGHT 10-6',
    'Lobby           [REDACTED_NAME]         [REDACTED_NAME]           [REDACTED_NAME]',
    'Car park        [REDACTED_NAME] / [REDACTED_NAME]  —                 on call',
    'Gate 3 (plant)  OFF              [REDACTED_NAME] (relief)   [REDACTED_NAME]',
  ].join('\n'));
  assert.equal(redacted('        DAY 06-18        NIGHT 18-06\nSUN     Thabiso / EBERE  Wairimu\nMON     Kagiso           OFF'),
    '        DAY 06-18        NIGHT 18-06\nSUN     [REDACTED_NAME] / [REDACTED_NAME]  [REDACTED_NAME]\nMON     [REDACTED_NAME]           OFF');
});

test("a grid of tasks, codes or posts names no one, and a redacted grid redacts to itself", () => {
  for (const text of [
    '            MON   TUE   WED\nCleaning    AM    AM    PM\nWindows     -     Yes   -',
    'AREA     MORNING        EVENING\nLobby    Mop floors     Empty bins\nToilets  Restock        Deep clean',
    '            MON   TUE   WED\nGate 1      D     D     N\nReception   N     N     D',
    'Shift times:  Day  Night\nWeekdays  06:00  18:00',
  ]) assert.equal(redacted(text), text);
  const chart = 'AREA        MORNING 6-2   NIGHT 10-6\nLobby       Olusegun      Thabiso / Ebere\n\n            MON   TUE\nKipchumba   D     N';
  assert.equal(redacted(redacted(chart)), redacted(chart));
});
