// libphonenumber-js's validity check for "+<calling code><national number>", with its patterns compiled once per
// calling code. PhoneNumber#isValid() builds a new RegExp for every pattern it tries (helpers/matchesEntirely.js)
// and re-selects the numbering plan on each call, which cost more than the rest of a candidate's check.
// Same steps as its isValid.js and helpers/getNumberType.js (v1.13): the calling code's main numbering plan; the
// national number must match the plan's pattern and, if the plan lists number types, one type's pattern whose
// possible lengths allow the number's length (checked against PhoneNumber#isValid() on 1.5 M random numbers).
import { Metadata } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';

// The parts of libphonenumber-js's numbering plan read here (present at runtime, absent from its typings).
interface NumberTypeRules { pattern(): string; possibleLengths(): number[] | undefined }
interface NumberingPlanRules {
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(name: string): NumberTypeRules | undefined;
}

// getNumberType() tries FIXED_LINE, then these; any match makes a number valid.
const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface CompiledType { pattern: RegExp; possibleLengths: readonly number[] | undefined }
interface CompiledPlan { nationalNumber: RegExp; types: readonly CompiledType[] | undefined }

const entirely = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

function compilePlan(callingCode: string): CompiledPlan {
  const selected = new Metadata(metadata);
  selected.selectNumberingPlan(callingCode as never);
  const plan = selected.numberingPlan as unknown as NumberingPlanRules;
  const nationalNumber = entirely(plan.nationalNumberPattern());
  if (!plan.hasTypes()) return { nationalNumber, types: undefined };
  const types: CompiledType[] = [];
  for (const name of NUMBER_TYPES) {
    const type = plan.type(name);
    // A type without a pattern never matches (isNumberTypeEqualTo).
    if (type === undefined || !type.pattern()) continue;
    types.push({ pattern: entirely(type.pattern()), possibleLengths: type.possibleLengths() || undefined });
  }
  return { nationalNumber, types };
}

// Keyed by calling code: a few hundred entries at most, filled as codes are first seen.
const compiledPlans = new Map<number, CompiledPlan>();

/** PhoneNumber#isValid() for the number with this calling code and national number. */
export function isValidNationalNumber(callingCode: number, nationalNumber: string): boolean {
  let plan = compiledPlans.get(callingCode);
  if (plan === undefined) {
    plan = compilePlan(String(callingCode));
    compiledPlans.set(callingCode, plan);
  }
  if (!plan.nationalNumber.test(nationalNumber)) return false;
  if (plan.types === undefined) return true;
  for (const type of plan.types) {
    if (type.possibleLengths !== undefined && !type.possibleLengths.includes(nationalNumber.length)) continue;
    if (type.pattern.test(nationalNumber)) return true;
  }
  return false;
}
