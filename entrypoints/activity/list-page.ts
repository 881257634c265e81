import { displayName } from '../../features/directory/display-name';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { Outreach } from '../../storage/schemas';
import { type ActivityFilter, filterToSearch, outreachCollection } from './filters';
import type { PhysicianLink } from './OutreachList';

export const pageSize = 50;

/** One page of matching outreach, newest first, and whether another page follows. */
export async function outreachPage(db: RoundsDatabase, f: ActivityFilter, page: number) {
  let rows: Outreach[];
  if (f.physicianId) {
    // One physician's outreach is small: sort it by date in memory.
    const all = await outreachCollection(db, f).toArray();
    all.sort((a, b) => b.at.localeCompare(a.at));
    rows = all.slice(page * pageSize, page * pageSize + pageSize + 1);
  } else {
    rows = await outreachCollection(db, f)
      .offset(page * pageSize)
      .limit(pageSize + 1)
      .toArray();
  }
  const more = rows.length > pageSize;
  return { rows: rows.slice(0, pageSize), more };
}

/** Names of the physicians on a page of rows, and a link to each one's own filtered Activity view. */
export async function physicianLinks(db: RoundsDatabase, rows: readonly Outreach[], f: ActivityFilter) {
  const ids = [...new Set(rows.flatMap((r) => r.physicianIds))];
  const names = new Map((await db.physicians.bulkGet(ids)).flatMap((p) => (p ? [[p.id, displayName(p)]] : [])));
  return (o: Outreach): PhysicianLink[] =>
    o.physicianIds.map((id) => ({
      label: names.get(id) ?? t('activity.unknownPhysician'),
      href: `activity.html${filterToSearch({ ...f, physicianId: id })}`,
    }));
}
