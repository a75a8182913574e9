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

// How a calling code's number finds its country, its countries in metadata order (the main one first): a country without
// leading digits is tried by its whole plan; a run of countries with them is one pattern, each country's leading digits a
// named group in order, so the first that starts the number is found in one match and not one test each (+1 lists 22).
type Step = { plan: CompiledPlan } | { plans: readonly CompiledPlan[]; leadingDigits: RegExp };
interface CallingCodePlans { main: CompiledPlan | undefined; steps: readonly Step[] }

function compileCallingCode(callingCode: number): CallingCodePlans {
  const plans = (CALLING_CODE_COUNTRIES[String(callingCode)] ?? []).map(compilePlan);
  const steps: Step[] = [];
  for (let index = 0; index < plans.length;) {
    if (plans[index]!.leadingDigits === undefined || plans.length === 1) {
      steps.push({ plan: plans[index++]! });
      continue;
    }
    const run: CompiledPlan[] = [];
    while (index < plans.length && plans[index]!.leadingDigits !== undefined) run.push(plans[index++]!);
    const alternatives = run.map((plan, at) => `(?<p${at}>${plan.leadingDigits!.source.slice('^(?:'.length, -1)})`);
    steps.push({ plans: run, leadingDigits: new RegExp(`^(?:${alternatives.join('|')})`) });
  }
  return { main: plans[0], steps };
}

const plansByCallingCode = new Map<number, CallingCodePlans>();
const CALLING_CODE_COUNTRIES = metadata.country_calling_codes as Record<string, string[]>;

/**
 * libphonenumber's isValid() of "+<calling code><national number>" as parsePhoneNumber() reads it. Where several
 * countries share the calling code (+1: the US, Canada, the Caribbean; +44: the UK, Jersey, Guernsey, the Isle of Man),
 * the number's country is the first whose leading digits start it or, for a country without them, whose plan it is
 * valid by (helpers/getCountryByNationalNumber.js); failing both, the main country's. It is valid by that country's plan.
 */
export function isValidNationalNumber(callingCode: number, nationalNumber: string): boolean {
  let compiled = plansByCallingCode.get(callingCode);
  if (compiled === undefined) {
    compiled = compileCallingCode(callingCode);
    plansByCallingCode.set(callingCode, compiled);
  }
  if (compiled.main === undefined) return false;
  if (compiled.steps.length === 1 && 'plan' in compiled.steps[0]!) return isValidBy(compiled.main, nationalNumber);
  for (const step of compiled.steps) {
    if ('plan' in step) {
      if (isValidBy(step.plan, nationalNumber)) return true;
      continue;
    }
    const groups = step.leadingDigits.exec(nationalNumber)?.groups;
    if (groups === undefined) continue;
    const at = step.plans.findIndex((_plan, index) => groups[`p${index}`] !== undefined);
    return isValidBy(step.plans[at]!, nationalNumber);
  }
  // The main country's plan, unless it was the first step tried and said no.
  return !('plan' in compiled.steps[0]!) && isValidBy(compiled.main, nationalNumber);
}

/**
 * The prefix the main country of a calling code dials before a national number ("0" in the UK, Germany, Kenya), or "" where it
 * has none (Portugal, Norway, Senegal, Italy, whose 0 is the number's own).
 */
export function nationalPrefixOf(callingCode: number): string {
  let prefix = nationalPrefixByCallingCode.get(callingCode);
  if (prefix === undefined) {
    const country = CALLING_CODE_COUNTRIES[String(callingCode)]?.[0];
    const selected = new Metadata(metadata);
    if (country !== undefined) selected.selectNumberingPlan(country as never);
    prefix = country === undefined ? '' : (selected.numberingPlan as unknown as { nationalPrefix(): string | undefined }).nationalPrefix() || '';
    nationalPrefixByCallingCode.set(callingCode, prefix);
  }
  return prefix;
}

const nationalPrefixByCallingCode = new Map<number, string>();

let callingCodeByCountry: ReadonlyMap<string, number> | undefined;

/** The calling code of a country (ISO 3166 alpha-2, "CY" → 357), or undefined where the metadata has none. */
export function callingCodeOfCountry(country: string): number | undefined {
  callingCodeByCountry ??= new Map(Object.entries(CALLING_CODE_COUNTRIES).flatMap(([callingCode, countries]) => countries.map((each) => [each, Number(callingCode)] as const)));
  return callingCodeByCountry.get(country);
}
