// Luhn (mod 10) checksum used by payment card numbers.
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let doubleIt = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return false;
    if (doubleIt) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    doubleIt = !doubleIt;
  }
  return digits.length > 0 && sum % 10 === 0;
}
