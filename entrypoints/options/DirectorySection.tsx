import { useState } from 'preact/hooks';
import { PhysicianForm } from '../../components/directory/PhysicianForm';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { RecentPhysicians } from './RecentPhysicians';

/** Add physicians by hand and see the directory's latest entries. */
export function DirectorySection(props: { db: RoundsDatabase }) {
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <section aria-label="Directory">
      {adding ? (
        <PhysicianForm
          heading="New physician"
          onCancel={() => setAdding(false)}
          onSave={async (input) => {
            await repositories(props.db).physicians.create(input);
            setAdding(false);
            setMessage(`Saved ${input.last}.`);
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add physician
        </button>
      )}
      <p role="status">{message}</p>
      <RecentPhysicians db={props.db} />
    </section>
  );
}
