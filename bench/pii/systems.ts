// The two redactors the bench compares: Intake's and the redact-pii package's SyncRedactor (default rules).
import { SyncRedactor } from 'redact-pii';
import { redact } from '../../src/privacy/redactor.ts';
import type { PiiType } from '../../src/privacy/pii-type.ts';
import type { ScoredType, SystemUnderTest } from './score.ts';

const INTAKE_LABELS: Record<string, PiiType> = { EMAIL: 'EMAIL', PHONE: 'PHONE', SSN: 'SSN', CC: 'CREDIT_CARD', IP: 'IP_ADDRESS', NAME: 'PERSON' };

export const intakeSystem: SystemUnderTest = {
  name: 'intake',
  redact: (text) => redact(text).text,
  placeholder: /\[REDACTED_([A-Z]+)\]/g,
  typeOfLabel: (label) => INTAKE_LABELS[label] ?? 'OTHER',
};

// redact-pii's default placeholders (its replaceWith options are not applied to every built-in), mapped to our types.
const REDACT_PII_LABELS: Record<string, ScoredType> = {
  PERSON_NAME: 'PERSON', EMAIL_ADDRESS: 'EMAIL', PHONE_NUMBER: 'PHONE', US_SOCIAL_SECURITY_NUMBER: 'SSN', CREDIT_CARD_NUMBER: 'CREDIT_CARD',
  IP_ADDRESS: 'IP_ADDRESS', CREDENTIALS: 'OTHER', PASSWORD: 'OTHER', USERNAME: 'OTHER', STREET_ADDRESS: 'OTHER', ZIPCODE: 'OTHER', URL: 'OTHER', DIGITS: 'OTHER',
};

export function createRedactPiiSystem(): SystemUnderTest {
  const redactor = new SyncRedactor();
  return {
    name: 'redact-pii',
    redact: (text) => redactor.redact(text),
    placeholder: new RegExp(`(${Object.keys(REDACT_PII_LABELS).join('|')})`, 'g'),
    typeOfLabel: (label) => REDACT_PII_LABELS[label] ?? 'OTHER',
  };
}
