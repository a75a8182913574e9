import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../../../src/privacy/redactor.ts';

test('Arabic-script and Hebrew names known by their first names: a full name with its article, or a first name after "I am", a role or "it\'s"', () => {
  for (const [text, expected] of [
    ['مرحبا، أنا عائشة المهيري من إدارة المرافق', 'مرحبا، أنا [REDACTED_NAME] من إدارة المرافق'],
    ['مشرف الموقع فهد العتيبي جواله', 'مشرف الموقع [REDACTED_NAME] جواله'],
    ['Fire Watch: محمد الزهراني', 'Fire Watch: [REDACTED_NAME]'],
    ['المعتمد: سلطان بن فهد العتيبي', 'المعتمد: [REDACTED_NAME]'],
    ['ومناوب الليل سعود بس ما عندي رقمه', 'ومناوب الليل [REDACTED_NAME] بس ما عندي رقمه'],
    ['میں عائشہ ملک بات کر رہی ہوں۔ سیکیورٹی سپروائزر نوید اقبال ہیں', 'میں [REDACTED_NAME] بات کر رہی ہوں۔ سیکیورٹی سپروائزر [REDACTED_NAME] ہیں'],
    ['היי, אני מורן אלמוג מנהלת האחזקה. בלילה זה אבי, הנייד שלו', 'היי, אני [REDACTED_NAME] מנהלת האחזקה. בלילה זה [REDACTED_NAME], הנייד שלו'],
  ]) assert.equal(redact(text!).text, expected, text);
});

test("a name after 'King', 'Prince' or a street's word is a place's, though the same name is a person's elsewhere in the text", () => {
  assert.equal(redact('مشرف الموقع فهد العتيبي، البوابة على طريق الملك فهد').text, 'مشرف الموقع [REDACTED_NAME]، البوابة على طريق الملك فهد');
  for (const text of ['الموقع على شارع الشيخ زايد، البرج رقم ٣', 'جامعة الملك سعود', 'شارع محمد الخامس']) assert.equal(redact(text).text, text, text);
});

test("Russian and Ukrainian names after 'is called' (звати, зовут), but the sentence's words after them", () => {
  assert.equal(redact('телефон старшого зміни у вайбері, звати його олег ткачук ну або пишіть йому').text, 'телефон старшого зміни у вайбері, звати його [REDACTED_NAME] ну або пишіть йому');
  assert.equal(redact('Здравствуйте, меня зовут Ирина Соколова, я менеджер').text, 'Здравствуйте, меня зовут [REDACTED_NAME], я менеджер');
  assert.equal(redact('як тебе звати').text, 'як тебе звати');
});

test('a Chinese or Korean name with a blank between its three characters, the first a common surname, is a name; two or four spaced characters are a heading', () => {
  assert.equal(redact('接待人: 吳 佩 珊 (前台)').text, '接待人: [REDACTED_NAME] (前台)');
  assert.equal(redact('방문자: 이 승 현\n연락처: 없음').text, '방문자: [REDACTED_NAME]\n연락처: 없음');
  for (const text of ['日 期: 2024-03-05', '金 额 合 计', '金 额: 1200']) assert.equal(redact(text).text, text, text);
});

test("a Ukrainian or Russian duty log's or form's label cues the capitalised name after it, a surname in capitals too ('Прийняв: МЕЛЬНИК Андрій'); Arabic's stand-in ('والبديل سعود') cues a known first name", () => {
  assert.equal(redact('Здав: Коваленко Петро                  підпис ____\nПрийняв: МЕЛЬНИК Андрій   тел. 067 123 4567').text,
    'Здав: [REDACTED_NAME]                  підпис ____\nПрийняв: [REDACTED_NAME]   тел. [REDACTED_PHONE]');
  assert.equal(redact('Ответственный: Иванов').text, 'Ответственный: [REDACTED_NAME]');
  assert.equal(redact('والبديل سعود على الجوال').text, 'والبديل [REDACTED_NAME] على الجوال');
  for (const text of ['Прийняв: без зауважень', 'البديل عن المولد جاهز']) assert.equal(redact(text).text, text, text);
});

test("a known Hebrew first name after 'he/she is' (הוא, היא), after 'to' (ל) before a number, or with a second word before a comma is a name; an everyday word's first name ('אלי', to me) is not", () => {
  for (const [text, expected] of [
    ['איש הקשר באתר הוא אבי מזרחי, נייד 052-3456789', 'איש הקשר באתר הוא [REDACTED_NAME], נייד [REDACTED_PHONE]'],
    ['בשבת תתקשרו לנועה 054-771-2093.', 'בשבת תתקשרו ל[REDACTED_NAME] [REDACTED_PHONE].'],
    ['נועה פרץ, טלפון 052-7714390', '[REDACTED_NAME], טלפון [REDACTED_PHONE]'],
  ]) assert.equal(redact(text!).text, expected, text);
  for (const text of ['תתקשרו אלי 050-1234567', 'תתקשרו לבניין 3, קומה 2', 'שלום רב, הבניין ברחוב הרצל']) assert.equal(redact(text).text, text.replace('050-1234567', '[REDACTED_PHONE]'), text);
});
