// Month buckets and day boundaries in an IANA zone. Intl is slow per call (microseconds), so we ask it only
// for month starts and cache them; bucketing an instant is then two Map look-ups.

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant (local wall time minus UTC), in ms. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const parts = wallClock(timeZone).formatToParts(new Date(whole));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return wall - whole;
}

/** The first instant of local day y-m-d (month 1–12) in the zone; a day that starts in a DST gap starts after it. */
export function zonedStartOfDayMs(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  const first = wall - zoneOffsetMs(wall, timeZone);
  const second = wall - zoneOffsetMs(first, timeZone);
  const consistent = [first, second].filter((ms) => ms + zoneOffsetMs(ms, timeZone) === wall);
  // Midnight twice (clocks back): the earlier. Midnight skipped (clocks forward): the end of the gap.
  return consistent.length > 0 ? Math.min(...consistent) : Math.max(first, second);
}

/** The first instant of a YYYY-MM-DD day in the zone. */
export function dayStartMs(isoDay: string, timeZone: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return zonedStartOfDayMs(y ?? Number.NaN, m ?? Number.NaN, d ?? Number.NaN, timeZone);
}

/** A month as a number: year × 12 + (month − 1), so consecutive months are consecutive integers. */
export type MonthIndex = number;

/** "YYYY-MM" for a month index. */
export function monthKey(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

const monthStarts = new Map<string, Map<MonthIndex, number>>();

/** The first instant of a month in the zone, computed with Intl once per zone and month, then cached. */
export function monthStartMs(index: MonthIndex, timeZone: string): number {
  let starts = monthStarts.get(timeZone);
  if (!starts) {
    starts = new Map();
    monthStarts.set(timeZone, starts);
  }
  let ms = starts.get(index);
  if (ms === undefined) {
    const year = Math.floor(index / 12);
    ms = zonedStartOfDayMs(year, index - year * 12 + 1, 1, timeZone);
    starts.set(index, ms);
  }
  return ms;
}

/** A function from an instant (ms) to its local month in the zone, fast enough for 100,000s of rows. */
export function monthBucketer(timeZone: string): (ms: number) => MonthIndex {
  return (ms) => {
    const d = new Date(ms);
    // Offsets are under a day, so the local month is the UTC month or a neighbour.
    const utc = d.getUTCFullYear() * 12 + d.getUTCMonth();
    if (ms >= monthStartMs(utc + 1, timeZone)) return utc + 1;
    if (ms < monthStartMs(utc, timeZone)) return utc - 1;
    return utc;
  };
}

/** Every month index from `first` to `last`, inclusive. */
export function monthRange(first: MonthIndex, last: MonthIndex): MonthIndex[] {
  const out: MonthIndex[] = [];
  for (let m = first; m <= last; m++) out.push(m);
  return out;
}
