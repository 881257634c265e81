import { useLiveQuery } from '../../components/use-live-query';
import { displayName } from '../../features/directory/display-name';
import type { RoundsDatabase } from '../../storage/database';

/** The most recently changed physicians, live. */
export function RecentPhysicians(props: { db: RoundsDatabase; limit?: number }) {
  const rows = useLiveQuery(
    () =>
      props.db.physicians
        .orderBy('updatedAt')
        .reverse()
        .filter((p) => !p.deletedAt)
        .limit(props.limit ?? 10)
        .toArray(),
    [props.db, props.limit],
    [],
  );
  const total = useLiveQuery(() => props.db.physicians.count(), [props.db], 0);
  return (
    <section aria-labelledby="recent-physicians">
      <h2 id="recent-physicians">Directory ({total.toLocaleString()})</h2>
      <ul class="plain">
        {rows.map((p) => (
          <li key={p.id} class="card">
            <strong>{displayName(p)}</strong>
            {p.specialty && <span class="muted"> · {p.specialty}</span>}
            {p.practiceName && <span class="muted"> · {p.practiceName}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
