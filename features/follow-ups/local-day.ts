/** Calendar days (YYYY-MM-DD) in the user's own zone: due dates are days, not instants. */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant. */
export function localDay(at: Date = new Date()): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The day `days` after `day` (negative goes back); pure calendar arithmetic, no zone involved. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The same day of the month `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const t = new Date(Date.UTC(y, m - 1 + months, Math.min(d, last)));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The next local midnight after `now` (what the badge's alarm waits for). */
export function nextLocalMidnight(now: Date = new Date()): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
}

/** A local datetime-local value ("2026-01-05T09:30") for an instant. */
export function localDateTime(at: Date = new Date()): string {
  return `${localDay(at)}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
