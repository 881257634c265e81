import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useEarlyLiveQuery } from '../../components/use-live-query';
import { loadGlances, type PhysicianGlance } from '../../features/directory/physician-glance';
import { markOnce } from '../../features/instrumentation/marks';
import { t } from '../../locales/i18n';
import type { DetectedPhysician } from '../../messaging/page-context';
import type { RoundsDatabase } from '../../storage/database';
import { PhysicianGlanceCard } from './PhysicianGlanceCard';

interface OnThisPageProps {
  db: RoundsDatabase;
  detected: readonly DetectedPhysician[];
  onOpen: (id: string) => void;
  /** The physician whose name button gets focus (coming back from their view). */
  focusId?: string | null;
}

/** Directory physicians named on the page, most-named first, each with its context at a glance; live. */
export function OnThisPage(props: OnThisPageProps) {
  const ids = [...props.detected].sort((a, b) => b.count - a.count).map((d) => d.physicianId);
  const key = ids.join(',');
  const glances = useEarlyLiveQuery<PhysicianGlance[] | null>(
    () => {
      if (ids.length > 0) markOnce('rounds:glances-query');
      return loadGlances(props.db, ids).then((g) => {
        if (g.length > 0) markOnce('rounds:glances-loaded');
        return g;
      });
    },
    [props.db, key],
    null,
  );
  const list = useRef<HTMLUListElement>(null);
  const focused = useRef(false);

  // The bench reads this mark: the list is in the DOM (committed), ms from the frame's navigation.
  useLayoutEffect(() => {
    if (glances && glances.length > 0) markOnce('rounds:list-rendered');
  }, [glances]);

  // Once per mount (coming back from a view), never on later live updates: those must not steal focus.
  useEffect(() => {
    if (!glances || !props.focusId || focused.current) return;
    focused.current = true;
    const index = glances.findIndex((g) => g.physician.id === props.focusId);
    if (index >= 0) list.current?.querySelectorAll<HTMLButtonElement>('button.name')[index]?.focus();
  }, [glances, props.focusId]);

  return (
    <section aria-labelledby="on-this-page">
      <h2 id="on-this-page">{t('sidebar.onThisPage')}</h2>
      {glances === null ? (
        <p class="muted">{t('sidebar.loading')}</p>
      ) : glances.length === 0 ? (
        <p class="muted">{t('sidebar.noDirectoryPhysiciansAreNamed2')}</p>
      ) : (
        <ul class="plain" ref={list}>
          {glances.map((g) => (
            <PhysicianGlanceCard key={g.physician.id} glance={g} onOpen={props.onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}
