import { useState } from 'preact/hooks';
import { OpenConcerns } from '../../components/concerns/OpenConcerns';
import { DatabaseGate } from '../../components/DatabaseGate';
import { EventForm } from '../../components/events/EventForm';
import { usePrograms } from '../../components/programs/use-programs';
import { useLiveQuery } from '../../components/use-live-query';
import { programNameMap } from '../../features/programs/program-names';
import { buildTimeline } from '../../features/timeline/timeline-items';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { ActivityFilters } from './ActivityFilters';
import { type ActivityFilter, filterFromSearch, filterToSearch } from './filters';
import { outreachPage, physicianLinks } from './list-page';
import { MonthlyGoals } from './MonthlyGoals';
import { OutreachList } from './OutreachList';
import { WeekTotals } from './WeekTotals';

function ActivityView(props: { db: RoundsDatabase }) {
  const [filter, setFilter] = useState<ActivityFilter>(() => filterFromSearch(location.search));
  const [page, setPage] = useState(0);
  const change = (patch: Partial<ActivityFilter>) => {
    const next = { ...filter, ...patch };
    setFilter(next);
    setPage(0);
    history.replaceState(null, '', filterToSearch(next));
  };
  const names = programNameMap(usePrograms(props.db));
  const [eventOpen, setEventOpen] = useState(() => new URLSearchParams(location.search).get('event') === 'new');
  const [eventMessage, setEventMessage] = useState('');
  const listed = useLiveQuery(
    async () => {
      const { rows, more } = await outreachPage(props.db, filter, page);
      const items = buildTimeline({ outreach: rows }).flatMap((i) => (i.kind === 'outreach' ? [i] : []));
      const linksOf = await physicianLinks(props.db, rows, filter);
      return { items, links: (i: (typeof items)[number]) => linksOf(i.outreach), more, loaded: true };
    },
    [props.db, filter, page],
    { items: [], links: () => [], more: false, loaded: false },
  );
  return (
    <div class="activity-layout">
      <ActivityFilters db={props.db} value={filter} onChange={change} />
      <div>
        <div class="row toolbar">
          <button type="button" class="primary" aria-expanded={eventOpen} onClick={() => setEventOpen(!eventOpen)}>
            {t('activity.logEvent')}
          </button>
          <p role="status">{eventMessage}</p>
        </div>
        {eventOpen && (
          <EventForm
            db={props.db}
            onDone={(message) => {
              setEventOpen(false);
              setEventMessage(message);
            }}
          />
        )}
        <OpenConcerns db={props.db} />
        <MonthlyGoals db={props.db} />
        <WeekTotals db={props.db} filter={filter} />
        <section aria-labelledby="outreach-heading">
          <h2 id="outreach-heading">{t('activity.outreach')}</h2>
          {listed.loaded && listed.items.length === 0 && (
            <p class="muted">{t('activity.noOutreachMatchesTheseFilters')}</p>
          )}
          <OutreachList items={listed.items} links={listed.links} programNames={names} />
          <nav class="row" aria-label={t('activity.pages')}>
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('activity.newer')}
            </button>
            <span class="muted">{t('activity.page', { page: page + 1 })}</span>
            <button type="button" disabled={!listed.more} onClick={() => setPage(page + 1)}>
              {t('activity.older')}
            </button>
          </nav>
        </section>
      </div>
    </div>
  );
}

/** The Activity page: outreach with filters, totals per week, links to each physician. */
export function ActivityApp() {
  return (
    <main class="activity">
      <h1>{t('activity.activity')}</h1>
      <DatabaseGate>{(db) => <ActivityView db={db} />}</DatabaseGate>
    </main>
  );
}
