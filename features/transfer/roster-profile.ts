import { networkStatuses, preferredContacts, tiers, type Weekday, weekdays } from '../../storage/schemas';

/**
 * The office-profile columns of a roster (and of the physicians CSV export, so an export re-imports): tags,
 * network status, tier, visit cadence, office days, preferred contact. Cells are read leniently: labels or ids,
 * any case; a value that fits nothing is reported by the physician schema, naming the column's field.
 */
export interface RosterProfileCells {
  tags: string;
  networkStatus: string;
  tier: string;
  visitEveryDays: string;
  officeDays: string;
  preferredContact: string;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const list = (s: string) =>
  s
    .split(/[|,;]+/)
    .map((t) => t.trim())
    .filter(Boolean);

/** "Mon", "monday", "MON" → mon. */
export function weekdayOf(text: string): Weekday | null {
  const short = fold(text).slice(0, 3);
  return (weekdays as readonly string[]).includes(short) ? (short as Weekday) : null;
}

const networkAliases: Record<string, string> = {
  'competitor-aligned': 'competitor',
  'out-of-network': 'out-of-network',
};

/** The physician input fields these cells give (absent when the cell is empty, so schema defaults apply). */
export function rosterProfile(cells: RosterProfileCells): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (cells.tags) out.tags = [...new Set(list(cells.tags))];
  if (cells.networkStatus) {
    const v = fold(cells.networkStatus);
    out.networkStatus =
      networkAliases[v] ?? ((networkStatuses as readonly string[]).includes(v) ? v : cells.networkStatus);
  }
  if (cells.tier)
    out.tier = (tiers as readonly string[]).includes(cells.tier.toUpperCase()) ? cells.tier.toUpperCase() : cells.tier;
  if (cells.visitEveryDays) out.visitEveryDays = Number(cells.visitEveryDays);
  if (cells.officeDays) out.officeDays = [...new Set(list(cells.officeDays).map((d) => weekdayOf(d) ?? d))];
  if (cells.preferredContact) {
    const v = fold(cells.preferredContact);
    out.preferredContact = (preferredContacts as readonly string[]).includes(v) ? v : cells.preferredContact;
  }
  return out;
}
