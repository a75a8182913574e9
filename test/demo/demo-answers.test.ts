// `intake demo` plants its drop-offs on purpose; an answer the conversation cannot read would plant one nobody
// meant (a question added to the template stalled every business-hours session: the report blamed it, not the
// planted fault).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoAnswers } from '../../src/demo/demo-command.ts';
import { extractAnswer } from '../../src/conversation/extraction/index.ts';
import { loadTemplate } from '../../src/conversation/templates/index.ts';

test('every reply a simulated user gives is one the conversation reads', () => {
  const template = loadTemplate('facility-site');
  for (const field of template.fields) {
    const replies = demoAnswers(field);
    assert.ok(replies.length > 0, `no reply for ${field.key}`);
    for (const text of replies) {
      const read = extractAnswer(field, text, { answers: {}, template });
      assert.ok(read.ok, `${field.key}: "${text}" is not understood (${read.ok ? '' : read.reason})`);
    }
  }
});
