import { useLiveQuery } from '../../../components/use-live-query';
import type { RoundsDatabase } from '../../../storage/database';
import { ComplianceSection } from './ComplianceSection';
import { LeakageSection } from './LeakageSection';
import { loadRelationshipRows } from './load-relationship';
import { ProgramReachSection } from './ProgramReachSection';
import { SatisfactionSection } from './SatisfactionSection';
import { VoiceSection } from './VoiceSection';

/**
 * The relationship loop's part of the dashboard: the voice of the referrer, satisfaction, leakage, the compliance
 * ledger and program reach. Read straight from the tables (not the referral dashboard's prepared columns), and
 * re-read when they change.
 */
export function RelationshipSections(props: { db: RoundsDatabase }) {
  const rows = useLiveQuery(() => loadRelationshipRows(props.db), [props.db], null);
  if (!rows) return null;
  const nowMs = Date.now();
  return (
    <div class="report relationship-report">
      <VoiceSection rows={rows} />
      <SatisfactionSection rows={rows} nowMs={nowMs} />
      <LeakageSection rows={rows} nowMs={nowMs} />
      <ComplianceSection rows={rows} />
      <ProgramReachSection rows={rows} />
    </div>
  );
}
