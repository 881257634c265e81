/** NPI check digit: Luhn over the 9 leading digits prefixed with the card issuer prefix 80840 (CMS spec). */
export function npiCheckDigit(first9: string): number {
  const digits = `80840${first9}`;
  let sum = 0;
  // Double every second digit from the right of the payload (the check digit is the missing rightmost).
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export type NpiProblem = 'format' | 'check-digit';

/** Why a string is not a valid NPI, or null when it is one. */
export function npiProblem(npi: string): NpiProblem | null {
  if (!/^[12]\d{9}$/.test(npi)) return 'format';
  return npiCheckDigit(npi.slice(0, 9)) === npi.charCodeAt(9) - 48 ? null : 'check-digit';
}

export function isValidNpi(npi: string): boolean {
  return npiProblem(npi) === null;
}

export const npiMessages: Record<NpiProblem, string> = {
  format: 'An NPI is 10 digits starting with 1 or 2.',
  'check-digit': 'This NPI has a wrong check digit: check for a mistyped digit.',
};
