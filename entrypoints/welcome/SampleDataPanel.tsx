import { useState } from 'preact/hooks';
import { addSampleData, removeSampleData } from '../../features/sample-data/demo-rows';
import type { RoundsDatabase } from '../../storage/database';

/** Adds the fictional demo directory to an empty database, and takes it out again in one click. */
export function SampleDataPanel(props: { db: RoundsDatabase }) {
  const [status, setStatus] = useState('');
  const [added, setAdded] = useState(false);
  const add = async () => {
    const count = await addSampleData(props.db);
    setAdded(count > 0);
    setStatus(
      count > 0
        ? `Added ${count} fictional physicians. Open the popup or settings to look around.`
        : 'Sample data goes only into an empty directory; yours already has physicians.',
    );
  };
  const remove = async () => {
    const count = await removeSampleData(props.db);
    setAdded(false);
    setStatus(`Removed ${count} sample physicians.`);
  };
  return (
    <>
      <p>Six fictional physicians and three practices, to see Rounds at work before you add your own.</p>
      <button type="button" onClick={add} disabled={added}>
        Add sample data
      </button>{' '}
      <button type="button" onClick={remove}>
        Remove sample data
      </button>
      <p role="status">{status}</p>
    </>
  );
}
