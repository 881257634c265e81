import { useState } from 'preact/hooks';
import { loadConcernsToWork } from '../../features/concerns/concern-actions';
import { concernStatusLabels, daysOpen } from '../../features/concerns/concern-state';
import { displayName } from '../../features/directory/display-name';
import { formatInstantDay } from '../../features/directory/format-dates';
import { concernLabels } from '../../features/outreach/labels';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { closedConcernStatuses } from '../../storage/schemas';
import { useLiveQuery } from '../use-live-query';
import { ConcernEditor } from './ConcernEditor';

/**
 * `Open concerns`: concerns open or in progress, and closed ones not yet reported back, oldest first, each with
 * `Resolve concern` (the Activity page, and a physician's view when `physicianId` is given).
 */
export function OpenConcerns(props: { db: RoundsDatabase; physicianId?: string; headingLevel?: 2 | 3 }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const rows = useLiveQuery(
    async () => {
      const concerns = await loadConcernsToWork(props.db, props.physicianId);
      const ids = [...new Set(concerns.flatMap((o) => o.physicianIds))];
      const names = new Map(
        (await props.db.physicians.bulkGet(ids)).flatMap((p) => (p ? [[p.id, displayName(p)]] : [])),
      );
      return concerns.map((o) => ({
        o,
        who: o.physicianIds.map((id) => names.get(id) ?? t('concerns.unknownPhysician')),
      }));
    },
    [props.db, props.physicianId],
    [],
  );
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const headingId = `open-concerns-${props.physicianId ?? 'all'}`;
  const now = Date.now();
  if (props.physicianId && rows.length === 0 && !message) return null;
  return (
    <section aria-labelledby={headingId} class="open-concerns">
      <Heading id={headingId}>{t('concerns.openConcerns')}</Heading>
      {rows.length === 0 && <p class="muted">{t('concerns.noOpenConcerns')}</p>}
      <ul class="plain">
        {rows.map(({ o, who }) => {
          const c = o.concern;
          if (!c) return null;
          const closed = closedConcernStatuses.has(c.status);
          return (
            <li key={o.id} class="card concern-item" aria-label={t('concerns.concernFromWho', { who: who.join(', ') })}>
              <div>
                <strong>{concernLabels[c.category]}</strong> ·{' '}
                {t('concerns.raisedBy', { who: who.join(', '), day: formatInstantDay(o.at) })}
                {closed ? t('concerns.toReportBack') : t('concerns.openDaysopenDays', { daysOpen: daysOpen(o, now) })}
              </div>
              <div class="muted">
                {concernStatusLabels[c.status]}
                {c.department && ` · ${c.department}`}
                {c.owner && ` · ${c.owner}`}
              </div>
              {o.sensitive.concernText && <p class="note-body">{o.sensitive.concernText}</p>}
              {editing === o.id ? (
                <ConcernEditor
                  db={props.db}
                  outreach={o}
                  onDone={(m) => {
                    setEditing(null);
                    setMessage(m);
                  }}
                />
              ) : (
                <button type="button" onClick={() => setEditing(o.id)}>
                  {t('concerns.resolveConcern')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status">{message}</p>
    </section>
  );
}
