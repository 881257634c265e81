import { useMemo, useState } from 'preact/hooks';
import { DatabaseGate } from '../../components/DatabaseGate';
import { EmptyDirectoryHint } from '../../components/EmptyDirectoryHint';
import { ReferralCard } from '../../components/referrals/ReferralCard';
import { ReferralForm } from '../../components/referrals/ReferralForm';
import { useLiveQuery } from '../../components/use-live-query';
import { defaultDashboardParams } from '../../features/dashboard/dashboard';
import type { DashboardFilters } from '../../features/dashboard/filters';
import { countDue } from '../../features/follow-ups/due';
import { localDay } from '../../features/follow-ups/local-day';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { loadSettings } from '../../storage/settings-store';
import { DashboardReport } from './DashboardReport';
import { LoadProgress } from './LoadProgress';
import { RecentReferrals } from './RecentReferrals';
import { RelationshipSections } from './relationship/RelationshipSections';
import { useDashboardData } from './use-dashboard-data';

const timeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The dashboard over an open database (the page wraps it in DatabaseGate). */
export function DashboardBody(props: { db: RoundsDatabase }) {
  const load = useDashboardData(props.db);
  const [filters, setFilters] = useState<DashboardFilters>({});
  const [formOpen, setFormOpen] = useState(false);
  const [openReferral, setOpenReferral] = useState<string | null>(null);
  const nowMs = load.status === 'ready' ? load.nowMs : 0;
  // Coverage follows each physician's visit cadence; those without one use the settings default.
  const cadence = useLiveQuery(async () => (await loadSettings(props.db)).defaultVisitEveryDays, [props.db], 60);
  const followUpsDue = useLiveQuery<number | null>(() => countDue(props.db, localDay()), [props.db], null);
  const params = useMemo(
    () => ({ ...defaultDashboardParams(nowMs, timeZone), coverageDays: cadence }),
    [nowMs, cadence],
  );
  return (
    <>
      <EmptyDirectoryHint db={props.db} what={t('dashboard.thereAreNoReferrersTo')} />
      <div class="row no-print toolbar">
        <button type="button" class="primary" aria-expanded={formOpen} onClick={() => setFormOpen(!formOpen)}>
          {t('dashboard.newReferral')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('dashboard.printReport')}
        </button>
      </div>
      {formOpen && (
        <ReferralForm
          db={props.db}
          onSaved={(result) => {
            setFormOpen(false);
            setOpenReferral(result.referral.id);
          }}
          onCancel={() => setFormOpen(false)}
        />
      )}
      {openReferral && (
        <div class="no-print">
          <ReferralCard db={props.db} referralId={openReferral} />
        </div>
      )}
      <RecentReferrals db={props.db} onOpen={setOpenReferral} />
      {load.status === 'loading' && (
        <LoadProgress startedMs={load.startedMs} what={t('dashboard.loadingReferralsAndOutreach')} />
      )}
      {load.status === 'error' && (
        <p role="alert">{t('dashboard.theDashboardCouldNotRead', { message: load.message })}</p>
      )}
      {load.status === 'ready' && (
        <DashboardReport
          core={load.core}
          data={load.data}
          params={params}
          filters={filters}
          onFiltersChange={setFilters}
          followUpsDue={followUpsDue}
        />
      )}
      <RelationshipSections db={props.db} />
    </>
  );
}

/** The referral dashboard page: patterns by physician and practice, coverage, funnel and concerns, printable. */
export function DashboardApp() {
  return (
    <main class="dashboard">
      <h1>{t('dashboard.referralDashboard')}</h1>
      <p class="muted no-print">
        {t('dashboard.timesIn', { timeZone })} <a href="options.html">{t('dashboard.settings')}</a>
      </p>
      <DatabaseGate>{(db) => <DashboardBody db={db} />}</DatabaseGate>
    </main>
  );
}
