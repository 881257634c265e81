// How referral dates and durations read to the liaison: their locale, their zone.

const dateTime = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });

import { uiLocale } from '../../locales/i18n';

const dateOnly = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });
const hourMs = 3_600_000;

/** An instant as a date and time in the user's locale and zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** A YYYY-MM-DD day (or an instant) as a date in the user's locale. */
export function formatDay(day: string): string {
  return dateOnly.format(day.length === 10 ? new Date(`${day}T12:00:00`) : new Date(day));
}

/** A duration such as "3 d 4 h", "5 h" or "under 1 h". */
export function formatDuration(ms: number): string {
  const hours = Math.floor(ms / hourMs);
  if (hours < 1) return 'under 1 h';
  const days = Math.floor(hours / 24);
  const rest = hours - days * 24;
  if (days === 0) return `${hours} h`;
  return rest ? `${days} d ${rest} h` : `${days} d`;
}

/** Today's local day as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The received instant for a local day: now when it is today (so later moves are never dated before it),
 * else local noon of that day. Null for a missing, malformed or future day.
 */
export function receivedAtForDay(day: string, now: Date = new Date()): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const today = localToday(now);
  if (day > today) return null;
  if (day === today) return now.toISOString();
  const noon = new Date(`${day}T12:00:00`);
  return Number.isNaN(noon.getTime()) ? null : noon.toISOString();
}
