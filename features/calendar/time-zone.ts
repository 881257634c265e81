/**
 * A VTIMEZONE for the user's zone, computed from the browser's own zone data (Intl): each UTC-offset change in the
 * years the events fall in becomes an observance with its exact onset, so calendar apps place DTSTART;TZID=… at
 * the user's wall-clock time without Rounds shipping a zone database. A zone without changes gets one observance.
 */

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** The zone's UTC offset in minutes at an instant (east positive), from Intl's "GMT+05:30" form. */
export function offsetMinutes(zone: string, at: number): number {
  const text =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(text);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** "+0530", "-0400". */
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

/** An instant shown as local wall time with a given offset: 20260308T020000. */
function wallTime(at: number, offset: number): string {
  const d = new Date(at + offset * 60_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** Every offset change from the start of `fromYear` to the end of `toYear`, to the minute. */
export function transitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const out: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  const step = 86_400_000;
  let t = Date.UTC(fromYear, 0, 1);
  let before = offsetMinutes(zone, t);
  for (; t < end; t += step) {
    const after = offsetMinutes(zone, t + step);
    if (after === before) continue;
    let lo = t;
    let hi = t + step;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: before, to: after });
    before = after;
  }
  return out;
}

/** The VTIMEZONE lines for `zone` covering the years of the events. */
export function timeZoneLines(zone: string, years: readonly number[]): string[] {
  const from = Math.min(...years);
  const to = Math.max(...years);
  // From the year before, so an event early in the first year falls after an observance's onset.
  const changes = transitions(zone, from - 1, to);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (changes.length === 0) {
    const offset = offsetText(offsetMinutes(zone, Date.UTC(from, 0, 1)));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
    );
  }
  for (const c of changes) {
    const kind = c.to > c.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${wallTime(c.at, c.from)}`,
      `TZOFFSETFROM:${offsetText(c.from)}`,
      `TZOFFSETTO:${offsetText(c.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
