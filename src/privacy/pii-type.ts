// The PII categories Intake redacts and the placeholder each one is replaced with.
export type PiiType = 'EMAIL' | 'PHONE' | 'SSN' | 'CREDIT_CARD' | 'IP_ADDRESS' | 'PERSON';

export const PII_TYPES: readonly PiiType[] = ['EMAIL', 'PHONE', 'SSN', 'CREDIT_CARD', 'IP_ADDRESS', 'PERSON'];

export const PLACEHOLDER_BY_TYPE: Readonly<Record<PiiType, string>> = {
  EMAIL: '[REDACTED_EMAIL]',
  PHONE: '[REDACTED_PHONE]',
  SSN: '[REDACTED_SSN]',
  CREDIT_CARD: '[REDACTED_CC]',
  IP_ADDRESS: '[REDACTED_IP]',
  PERSON: '[REDACTED_NAME]',
};

// When two detections overlap with equal length, the more specific type wins
// (a card number is also a long digit run a phone pattern could match).
export const SPECIFICITY_BY_TYPE: Readonly<Record<PiiType, number>> = {
  EMAIL: 6,
  CREDIT_CARD: 5,
  SSN: 4,
  IP_ADDRESS: 3,
  PHONE: 2,
  PERSON: 1,
};
