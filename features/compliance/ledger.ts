import type { Outreach, RoundsEvent } from '../../storage/schemas';

/** One physician's meals and gifts in one calendar year, in cents. */
export interface LedgerLine {
  physicianId: string;
  year: number;
  /** From outreach (a gift or meal given at a visit, split over the physicians it was for). */
  outreachCents: number;
  /** From events: each event's cost split per attendee. */
  eventCents: number;
  totalCents: number;
  /** How many outreach entries and events contributed. */
  items: number;
}

export type LimitStanding = 'over' | 'near' | 'under';
/** "Near" the annual limit: at or above this share of it. */
export const nearShare = 0.8;

/** The calendar year of a local day (YYYY-MM-DD) or of an instant in the user's zone. */
export function localYear(dayOrInstant: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(dayOrInstant)) return Number(dayOrInstant.slice(0, 4));
  return new Date(dayOrInstant).getFullYear();
}

/**
 * An event's cost per attendee, in whole cents: the cost over everyone who came (attending physicians and named
 * staff) or the headcount, whichever is larger, since a meal for twelve is not a meal for the four physicians named.
 */
export function eventShareCents(
  e: Pick<RoundsEvent, 'costCents' | 'headcount' | 'attendeeIds' | 'staffAttendees'>,
): number {
  const people = Math.max(e.headcount ?? 0, e.attendeeIds.length + e.staffAttendees.length);
  if (!e.costCents || people === 0) return 0;
  return Math.round(e.costCents / people);
}

/**
 * The compliance ledger: per physician per calendar year, the value of meals and gifts from outreach (a gift for
 * several physicians is split evenly) and events (cost per attendee). Outreach created by an event carries no gift
 * of its own, so nothing counts twice. Deleted rows never count.
 */
export function complianceLedger(
  outreach: Iterable<Pick<Outreach, 'physicianIds' | 'at' | 'giftValueCents' | 'eventId' | 'deletedAt'>>,
  events: Iterable<RoundsEvent>,
): LedgerLine[] {
  const lines = new Map<string, LedgerLine>();
  const add = (physicianId: string, year: number, cents: number, from: 'outreachCents' | 'eventCents') => {
    const key = `${physicianId}|${year}`;
    let line = lines.get(key);
    if (!line) {
      line = { physicianId, year, outreachCents: 0, eventCents: 0, totalCents: 0, items: 0 };
      lines.set(key, line);
    }
    line[from] += cents;
    line.totalCents += cents;
    line.items += 1;
  };
  for (const o of outreach) {
    if (o.deletedAt || !o.giftValueCents || o.physicianIds.length === 0) continue;
    const share = Math.round(o.giftValueCents / o.physicianIds.length);
    for (const id of new Set(o.physicianIds)) add(id, localYear(o.at), share, 'outreachCents');
  }
  for (const e of events) {
    if (e.deletedAt) continue;
    const share = eventShareCents(e);
    if (share === 0) continue;
    for (const id of new Set(e.attendeeIds)) add(id, localYear(e.date), share, 'eventCents');
  }
  return [...lines.values()].sort((a, b) => b.year - a.year || b.totalCents - a.totalCents);
}

/** Where a total stands against the annual limit. */
export function limitStanding(totalCents: number, limitCents: number): LimitStanding {
  if (limitCents > 0 && totalCents > limitCents) return 'over';
  if (limitCents > 0 && totalCents >= limitCents * nearShare) return 'near';
  return 'under';
}

/** Dollars with cents, for tables and CSV ("519.00"). */
export function dollars(cents: number): string {
  return (cents / 100).toFixed(2);
}
