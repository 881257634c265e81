import { timeZoneLines } from './time-zone';

/**
 * iCalendar (RFC 5545) text, hand-written: the few properties Rounds needs are smaller than a library (the `ics`
 * package brings yup and writes no VTIMEZONE). Text is escaped (§3.3.11), lines folded at 75 octets (§3.1), CRLF.
 */
export interface CalendarEvent {
  /** The record's id (follow-up or day plan): the same record always updates the same calendar entry. */
  uid: string;
  /** Local wall time in the user's zone: day YYYY-MM-DD and time HH:MM. */
  day: string;
  time: string;
  minutes: number;
  summary: string;
  description: string;
  location: string;
}

/** Escapes a TEXT value: backslash, semicolon, comma, newline. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (day: string, time: string) => `${day.replace(/-/g, '')}T${time.replace(':', '')}00`;

/** The end of an event as local wall time (calendar arithmetic on the wall clock, like the start). */
function wallEnd(day: string, time: string, minutes: number): string {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi + minutes));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}${p(t.getUTCMonth() + 1)}${p(t.getUTCDate())}T${p(t.getUTCHours())}${p(t.getUTCMinutes())}00`;
}

const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A whole VCALENDAR with a VTIMEZONE for `zone` and one VEVENT per event. */
export function calendarText(events: readonly CalendarEvent[], zone: string, now = new Date()): string {
  const years = events.length ? events.map((e) => Number(e.day.slice(0, 4))) : [now.getFullYear()];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rounds//Field day//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...timeZoneLines(zone, years),
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;TZID=${zone}:${compact(e.day, e.time)}`,
      `DTEND;TZID=${zone}:${wallEnd(e.day, e.time, e.minutes)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The user's zone, as the browser knows it. */
export const userTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
