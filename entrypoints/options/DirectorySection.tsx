import { useState } from 'preact/hooks';
import { EditPhysicianForm } from '../../components/directory/EditPhysicianForm';
import { PhysicianForm } from '../../components/directory/PhysicianForm';
import { PhysicianSearch } from '../../components/directory/PhysicianSearch';
import { usePhysicianIndex } from '../../components/directory/use-physician-index';
import { useLiveQuery } from '../../components/use-live-query';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { RecentPhysicians } from './RecentPhysicians';

/** Add physicians by hand, find one and edit their details and office profile, see the latest entries. */
export function DirectorySection(props: { db: RoundsDatabase }) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const index = usePhysicianIndex(props.db, 300);
  const record = useLiveQuery(
    async () => {
      const physician = editing ? await props.db.physicians.get(editing) : undefined;
      const practice = physician?.practiceId ? await props.db.practices.get(physician.practiceId) : undefined;
      return physician ? { physician, practice: practice ?? null } : null;
    },
    [props.db, editing],
    null,
  );
  return (
    <section aria-label={t('options.directory')}>
      {adding ? (
        <PhysicianForm
          heading={t('options.newPhysician')}
          onCancel={() => setAdding(false)}
          onSave={async (input) => {
            await repositories(props.db).physicians.create(input);
            setAdding(false);
            setMessage(t('options.savedLast', { last: input.last }));
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('options.addPhysician')}
        </button>
      )}
      <PhysicianSearch search={index} onOpen={setEditing} />
      {record && (
        <EditPhysicianForm
          key={record.physician.id}
          db={props.db}
          physician={record.physician}
          practice={record.practice}
          onCancel={() => setEditing(null)}
          onSaved={(text) => {
            setEditing(null);
            setMessage(text);
          }}
        />
      )}
      <p role="status">{message}</p>
      <RecentPhysicians db={props.db} onEdit={setEditing} />
    </section>
  );
}
