import { useLiveQuery } from '../../components/use-live-query';
import { displayName } from '../../features/directory/display-name';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';

/** The most recently changed physicians, live, each with `Edit` for its details and office profile. */
export function RecentPhysicians(props: { db: RoundsDatabase; limit?: number; onEdit: (id: string) => void }) {
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
      <h2 id="recent-physicians">{t('options.directoryTotal', { total })}</h2>
      <ul class="plain">
        {rows.map((p) => (
          <li key={p.id} class="card row">
            <span>
              <strong>{displayName(p)}</strong>
              {p.specialty && <span class="muted"> · {p.specialty}</span>}
              {p.practiceName && <span class="muted"> · {p.practiceName}</span>}
            </span>
            <button
              type="button"
              aria-label={t('options.editDisplayname', { displayName: displayName(p) })}
              onClick={() => props.onEdit(p.id)}
            >
              {t('options.edit')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
