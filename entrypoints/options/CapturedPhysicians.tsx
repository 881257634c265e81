import { useLiveQuery } from '../../components/use-live-query';
import { describeSource } from '../../features/capture/capture-draft';
import { describeCandidate } from '../../features/directory/describe-candidate';
import { t, uiLocale } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';

/** Physicians saved from a page selection, most recently changed first, each with the page and time it was captured from. */
export function CapturedPhysicians(props: { db: RoundsDatabase; limit?: number }) {
  const rows = useLiveQuery(
    () =>
      props.db.physicians
        .orderBy('updatedAt')
        .reverse()
        .filter((p) => !p.deletedAt && p.source.kind === 'capture')
        .limit(props.limit ?? 10)
        .toArray(),
    [props.db, props.limit],
    [],
  );
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="captured-physicians">
      <h2 id="captured-physicians">{t('options.capturedFromPages')}</h2>
      <ul class="plain">
        {rows.map((p) => (
          <li key={p.id} class="card">
            <strong>{describeCandidate(p)}</strong>
            {p.source.kind === 'capture' && (
              <span class="muted">
                {' '}
                {t('options.capturedFromOn', {
                  source: describeSource(p.source),
                  at: new Date(p.source.at).toLocaleString(uiLocale()),
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
