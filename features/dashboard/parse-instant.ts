// Date.parse costs 100–500 ns; at 700,000 timestamps per dashboard that is most of the budget.
// Stored instants are nearly always toISOString() output, which this reads digit by digit.

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Milliseconds since the epoch for an ISO 8601 instant; fast for "YYYY-MM-DDTHH:MM:SS.sssZ", Date.parse otherwise. */
export function parseInstant(iso: string): number {
  if (iso.length !== 24 || iso.charCodeAt(23) !== 90 /* Z */ || iso.charCodeAt(10) !== 84 /* T */)
    return Date.parse(iso);
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const month = digit(iso, 5) * 10 + digit(iso, 6);
  const day = digit(iso, 8) * 10 + digit(iso, 9);
  const time =
    (digit(iso, 11) * 10 + digit(iso, 12)) * 3_600_000 +
    (digit(iso, 14) * 10 + digit(iso, 15)) * 60_000 +
    (digit(iso, 17) * 10 + digit(iso, 18)) * 1000 +
    digit(iso, 20) * 100 +
    digit(iso, 21) * 10 +
    digit(iso, 22);
  return daysFromCivil(year, month, day) * 86_400_000 + time;
}

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
