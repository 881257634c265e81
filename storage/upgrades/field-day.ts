/**
 * Schema version 3 (the field day), as pure functions over rows of version 2. The database upgrade and the export
 * migration (features/transfer/migrations.ts) both use them, so a file and a database upgrade the same way. Frozen:
 * a later version adds its own file instead of editing this one.
 */

type Row = Record<string, unknown>;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Version 2 roles were free text; version 3 has a list. Known wordings map onto it (folded, punctuation ignored). */
const roleWords: [string, RegExp][] = [
  ['referral-coordinator', /referr/],
  ['front-desk', /front|reception|desk/],
  ['office-manager', /manager|administrator|admin/],
  ['scheduler', /schedul/],
  ['nurse', /nurse|\brn\b|\blpn\b|\bma\b|medical assistant/],
];

/** The version 3 role for a version 2 role text ('other' when nothing fits). */
export function staffRoleOf(text: string): string {
  const folded = text.toLowerCase().replace(/[^a-z]+/g, ' ');
  return roleWords.find(([, words]) => words.test(folded))?.[0] ?? 'other';
}

/** A version 2 staff member in version 3: a role text that does not map is kept in the notes, never lost. */
export function upgradeStaffMember(member: Row): Row {
  const text = typeof member.role === 'string' ? member.role.trim() : '';
  const role = staffRoleOf(text);
  const kept = role === 'other' && text ? `Role: ${text}` : '';
  return { ...member, role, email: member.email ?? '', notes: member.notes ?? kept };
}

/** Gives every location an id unique in its practice ("L1", "L2"…), keeping ids it has. */
export function withLocationIds<L extends { id?: string }>(locations: readonly L[]): (L & { id: string })[] {
  const used = new Set(locations.map((l) => l.id).filter((id): id is string => Boolean(id)));
  let next = 1;
  return locations.map((l) => {
    if (l.id) return l as L & { id: string };
    while (used.has(`L${next}`)) next++;
    used.add(`L${next}`);
    return { ...l, id: `L${next}` };
  });
}

const noHours = () => Object.fromEntries(weekdays.map((d) => [d, '']));

export function upgradePhysician(row: Row): Row {
  const staff = Array.isArray(row.staff) ? (row.staff as Row[]).map(upgradeStaffMember) : [];
  return {
    ...row,
    staff,
    dayLocations: row.dayLocations ?? {},
    tier: row.tier ?? null,
    visitEveryDays: row.visitEveryDays ?? null,
  };
}

export function upgradePractice(row: Row): Row {
  const locations = Array.isArray(row.locations) ? (row.locations as { id?: string; hours?: unknown }[]) : [];
  return { ...row, locations: withLocationIds(locations.map((l) => ({ ...l, hours: l.hours ?? noHours() }))) };
}

export function upgradeOutreach(row: Row): Row {
  return { ...row, location: row.location ?? '' };
}

export function upgradeSettings(row: Row): Row {
  return {
    ...row,
    defaultVisitEveryDays: row.defaultVisitEveryDays ?? 60,
    monthlyGoals: row.monthlyGoals ?? { visits: null, touches: null, newReferrers: null, events: null },
  };
}

/** Per table, the row rewrite of version 3 (tables not named are unchanged). */
export const fieldDayUpgrades: Record<string, (row: Row) => Row> = {
  physicians: upgradePhysician,
  practices: upgradePractice,
  outreach: upgradeOutreach,
  settings: upgradeSettings,
};
