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
      <EmptyDirectoryHint db={props.db} what="there are no referrers to chart yet" />
      <div class="row no-print toolbar">
        <button type="button" class="primary" aria-expanded={formOpen} onClick={() => setFormOpen(!formOpen)}>
          New referral
        </button>
        <button type="button" onClick={() => window.print()}>
          Print report
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
      {load.status === 'loading' && <LoadProgress startedMs={load.startedMs} what="Loading referrals and outreach" />}
      {load.status === 'error' && <p role="alert">The dashboard could not read its data: {load.message}</p>}
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
      <h1>Referral dashboard</h1>
      <p class="muted no-print">
        Times in {timeZone}. <a href="options.html">Settings</a>
      </p>
      <DatabaseGate>{(db) => <DashboardBody db={db} />}</DatabaseGate>
    </main>
  );
}
