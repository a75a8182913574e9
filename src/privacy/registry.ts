// Every recognizer Intake runs, in one list: adding a PII type touches its recognizer file and this line.
import type { Recognizer } from './recognizer.ts';
import { emailRecognizer } from './recognizers/email.ts';
import { phoneRecognizer } from './recognizers/phone.ts';
import { ssnRecognizer } from './recognizers/ssn.ts';
import { creditCardRecognizer } from './recognizers/credit-card.ts';
import { ipAddressRecognizer } from './recognizers/ip-address.ts';
import { personRecognizer } from './recognizers/person.ts';

export const RECOGNIZERS: readonly Recognizer[] = [
  emailRecognizer,
  creditCardRecognizer,
  ssnRecognizer,
  ipAddressRecognizer,
  phoneRecognizer,
  personRecognizer,
];
