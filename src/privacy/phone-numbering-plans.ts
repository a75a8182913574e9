// libphonenumber-js's validity check for "+<calling code><national number>", with its patterns compiled once per
// country. PhoneNumber#isValid() builds a new RegExp for every pattern it tries (helpers/matchesEntirely.js)
// and re-selects the numbering plan on each call, which cost more than the rest of a candidate's check.
// Same steps as its parsePhoneNumber(), isValid.js and helpers/getNumberType.js (v1.13): the number's country among
// those of its calling code (getCountryByNationalNumber.js); the national number must match that country's pattern
// and, if the plan lists number types, one type's pattern whose possible lengths allow the number's length (held to
// parsePhoneNumber()'s isValid() by a property test).
import { Metadata } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';

// The parts of libphonenumber-js's numbering plan read here (present at runtime, absent from its typings).
interface NumberTypeRules { pattern(): string; possibleLengths(): number[] | undefined }
interface NumberingPlanRules {
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(name: string): NumberTypeRules | undefined;
  leadingDigits(): string | undefined;
}

// getNumberType() tries FIXED_LINE, then these; any match makes a number valid.
const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface CompiledType { pattern: RegExp; possibleLengths: readonly number[] | undefined }
// A country's plan; leadingDigits is the start its numbers have, where the plan says one.
interface CompiledPlan { nationalNumber: RegExp; types: readonly CompiledType[] | undefined; leadingDigits: RegExp | undefined }

const entirely = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

function compilePlan(country: string): CompiledPlan {
  const selected = new Metadata(metadata);
  selected.selectNumberingPlan(country as never);
  const plan = selected.numberingPlan as unknown as NumberingPlanRules;
  const nationalNumber = entirely(plan.nationalNumberPattern());
  const leadingDigitsPattern = plan.leadingDigits();
  const leadingDigits = leadingDigitsPattern ? new RegExp(`^(?:${leadingDigitsPattern})`) : undefined;
  if (!plan.hasTypes()) return { nationalNumber, types: undefined, leadingDigits };
  const types: CompiledType[] = [];
  for (const name of NUMBER_TYPES) {
    const type = plan.type(name);
    // A type without a pattern never matches (isNumberTypeEqualTo).
    if (type === undefined || !type.pattern()) continue;
    types.push({ pattern: entirely(type.pattern()), possibleLengths: type.possibleLengths() || undefined });
  }
  return { nationalNumber, types, leadingDigits };
}

/** Whether the national number is valid by the plan: its pattern, and one number type's (getNumberType()). */
function isValidBy(plan: CompiledPlan, nationalNumber: string): boolean {
  if (!plan.nationalNumber.test(nationalNumber)) return false;
  if (plan.types === undefined) return true;
  for (const type of plan.types) {
    if (type.possibleLengths !== undefined && !type.possibleLengths.includes(nationalNumber.length)) continue;
    if (type.pattern.test(nationalNumber)) return true;
  }
  return false;
}

// The plans of each calling code's countries, its main country first (metadata.country_calling_codes); filled as
// codes are first seen, a few hundred at most.
const plansByCallingCode = new Map<number, readonly CompiledPlan[]>();
const CALLING_CODE_COUNTRIES = metadata.country_calling_codes as Record<string, string[]>;

/**
 * libphonenumber's isValid() of "+<calling code><national number>" as parsePhoneNumber() reads it. Where several
 * countries share the calling code (+1: the US, Canada, the Caribbean; +44: the UK, Jersey, Guernsey, the Isle of Man),
 * the number's country is the first whose leading digits start it or, for a country without them, whose plan it is
 * valid by (helpers/getCountryByNationalNumber.js); failing both, the main country's. It is valid by that country's plan.
 */
export function isValidNationalNumber(callingCode: number, nationalNumber: string): boolean {
  let plans = plansByCallingCode.get(callingCode);
  if (plans === undefined) {
    plans = (CALLING_CODE_COUNTRIES[String(callingCode)] ?? []).map(compilePlan);
    plansByCallingCode.set(callingCode, plans);
  }
  if (plans.length === 0) return false;
  if (plans.length === 1) return isValidBy(plans[0]!, nationalNumber);
  for (const plan of plans) {
    if (plan.leadingDigits !== undefined) {
      if (plan.leadingDigits.test(nationalNumber)) return isValidBy(plan, nationalNumber);
    } else if (isValidBy(plan, nationalNumber)) {
      return true;
    }
  }
  return isValidBy(plans[0]!, nationalNumber);
}
