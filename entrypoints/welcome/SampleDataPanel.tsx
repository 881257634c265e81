import { useState } from 'preact/hooks';
import { addSampleData, removeSampleData } from '../../features/sample-data/demo-rows';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';

/** Adds the fictional demo directory to an empty database, and takes it out again in one click. */
export function SampleDataPanel(props: { db: RoundsDatabase }) {
  const [status, setStatus] = useState('');
  const [added, setAdded] = useState(false);
  const add = async () => {
    const count = await addSampleData(props.db);
    setAdded(count > 0);
    setStatus(
      count > 0 ? t('welcome.addedCountFictionalPhysiciansOpen', { count }) : t('welcome.sampleDataGoesOnlyInto'),
    );
  };
  const remove = async () => {
    const count = await removeSampleData(props.db);
    setAdded(false);
    setStatus(t('welcome.removedCountSamplePhysicians', { count }));
  };
  return (
    <>
      <p>{t('welcome.sixFictionalPhysiciansAndThree')}</p>
      <button type="button" onClick={add} disabled={added}>
        {t('welcome.addSampleData')}
      </button>{' '}
      <button type="button" onClick={remove}>
        {t('welcome.removeSampleData')}
      </button>
      <p role="status">{status}</p>
    </>
  );
}
