// How keys and counts read in a sentence said to the user (messages, rationale, checker findings).

/** A field, option, meter or register key as words: "diesel_generator" → "diesel generator". */
export const keyAsWords = (key: string): string => key.replace(/_/g, ' ');

/** "1 guard", "3 guards". */
export const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** A template field's unit, which the template writes plural, for a count: "guard" for 1, "guards" otherwise. */
export const unitFor = (count: number, pluralUnit: string): string => (count === 1 ? pluralUnit.replace(/(?<!s)s$/, '') : pluralUnit);

/** A count in a template field's unit: "1 guard", "3 guards". */
export const countedInUnit = (count: number, pluralUnit: string): string => `${count} ${unitFor(count, pluralUnit)}`;

const MINUTES_PER_HOUR = 60;

/** A length of time as said: "13 hours", "1 hour 30 minutes", "45 minutes". */
export function describeLength(minutes: number): string {
  const hours = Math.floor(minutes / MINUTES_PER_HOUR);
  const rest = minutes % MINUTES_PER_HOUR;
  return [hours > 0 ? counted(hours, 'hour') : '', rest > 0 ? `${rest} minutes` : ''].filter(Boolean).join(' ');
}
