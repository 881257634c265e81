import { ReferralForm } from '../../components/referrals/ReferralForm';
import { useLiveQuery } from '../../components/use-live-query';
import type { AdvanceResult } from '../../features/referrals/advance-referral';
import type { RoundsDatabase } from '../../storage/database';
import type { PageRef, Physician } from '../../storage/schemas';

/**
 * The shared referral form, with this physician prefilled, the others on the page offered before typing,
 * the sidebar's in-memory directory search for the type-ahead, and the portal page the referral belongs to.
 */
export function ReferralPanel(props: {
  db: RoundsDatabase;
  physician: Physician;
  others: readonly string[];
  page: PageRef;
  search: (query: string) => Promise<Physician[]>;
  onSaved: (result: AdvanceResult) => void;
  onCancel: () => void;
}) {
  const ids = props.others.filter((id) => id !== props.physician.id);
  const others = useLiveQuery(
    async () => (await props.db.physicians.bulkGet(ids)).filter((p): p is Physician => !!p && !p.deletedAt),
    [props.db, ids.join(',')],
    [],
  );
  return (
    <ReferralForm
      db={props.db}
      physicians={[props.physician, ...others]}
      page={props.page}
      search={props.search}
      onSaved={props.onSaved}
      onCancel={props.onCancel}
    />
  );
}
