import { useLiveQuery } from '../components/use-live-query';
import type { RoundsDatabase } from '../storage/database';
import type { PageRef, Physician } from '../storage/schemas';
import { ReferralForm } from './ReferralForm';

/** The referral form with this physician prefilled and the others on the page offered as alternatives. */
export function ReferralPanel(props: {
  db: RoundsDatabase;
  physician: Physician;
  others: readonly string[];
  page: PageRef;
  onSaved: (message: string) => void;
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
      onSaved={props.onSaved}
      onCancel={props.onCancel}
    />
  );
}
