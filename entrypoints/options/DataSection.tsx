import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { BackupSettings } from './data/BackupSettings';
import { DeleteAllPanel } from './data/DeleteAllPanel';
import { ExportCsvPanel } from './data/ExportCsvPanel';
import { ExportFhirPanel } from './data/ExportFhirPanel';
import { ExportJsonPanel } from './data/ExportJsonPanel';
import { ImportPanel } from './data/ImportPanel';
import { RosterPanel } from './data/RosterPanel';

/** Data: export (JSON, CSV, FHIR), import (Rounds files, rosters), automatic backups, and deleting everything. */
export function DataSection(props: { db: RoundsDatabase }) {
  return (
    <section aria-labelledby="data-heading" class="data-section">
      <h2 id="data-heading">{t('options.data')}</h2>
      <ExportJsonPanel db={props.db} />
      <ExportCsvPanel db={props.db} />
      <ExportFhirPanel db={props.db} />
      <ImportPanel db={props.db} />
      <RosterPanel db={props.db} />
      <BackupSettings db={props.db} />
      <DeleteAllPanel db={props.db} />
    </section>
  );
}
