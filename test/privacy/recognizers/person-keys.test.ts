import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isEntityNameKeyAt } from '../../../src/privacy/recognizers/person-keys.ts';
import { redact } from '../../../src/privacy/redactor.ts';

const keyAt = (text: string): boolean => isEntityNameKeyAt(text, text.lastIndexOf('name'));

test("a bare 'name' key's object is read back: JSON's key before its '{', a list's key before its '[', a YAML block's parent line, a flow mapping's list item", () => {
  assert.equal(keyAt('{"invoice":"FT 2024/1187","issuer":{"name":"Vigiprotec"}}'), true);
  assert.equal(keyAt('{"sites":[{"code":"A1","name":"Riverside"}]}'), true);
  assert.equal(keyAt('{"sites":[{"code":"A1","name":"Riverside"},{"code":"B2","name":"Dockside"}]}'), true);
  assert.equal(keyAt('{"contacts":[{"name":"Ana Costa"},{"name":"Zorbek Quantrill"}]}'), false);
  assert.equal(keyAt('site:\n  code: CPH-ORE-03\n  name: "Ørestad Syd"'), true);
  assert.equal(keyAt('shifts:\n  - {name: dia, start: "08:00"}'), true);
  assert.equal(keyAt('shifts:\n  - name: noche\n    start: "20:00"'), true);
  // A person's object, a top-level key, a form's label: nothing is said.
  assert.equal(keyAt('{"contact":{"name":"Rowena Santos"}}'), false);
  assert.equal(keyAt('site: RO-BUC-0142\nname: "Iuliu Maniu Business Center"'), false);
  assert.equal(keyAt('Visitor details:\n  Name: John Smith'), false);
  assert.equal(keyAt('Name: John Smith'), false);
});

test("a site's, an issuer's or a shift's name after its bare key is no person's; a contact's is", () => {
  for (const text of ['{"invoice":"FT 2024/1187","issuer":{"name":"Vigiprotec - Segurança Privada, S.A."}}', 'shifts:\n  - { name: dia, start: "08:00", end: "20:00" }']) {
    assert.equal(redact(text).text, text);
  }
  assert.equal(redact('{"site":{"name":"Riverside"},"contact":{"name":"Zorbek Quantrill"}}').text, '{"site":{"name":"Riverside"},"contact":{"name":"[REDACTED_NAME]"}}');
});
