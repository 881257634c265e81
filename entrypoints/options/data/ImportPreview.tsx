import type { FhirImportAnalysis } from '../../../features/fhir';
import type { ImportAnalysis } from '../../../features/transfer';
import { t, tn } from '../../../locales/i18n';
import { FhirNotImported } from './FhirNotImported';
import { tableLabels } from './table-labels';

const listedConflicts = 50;

/** Per record type: new, updated, unchanged and conflicting; then the conflicts and NPI merges themselves. */
export function ImportPreview(props: { analysis: ImportAnalysis; fileName: string }) {
  const a = props.analysis;
  return (
    <div>
      <h4>{t('options.whatImportingFilenameWouldDo', { fileName: props.fileName })}</h4>
      <table>
        <caption class="muted">
          {a.exportedAt ? t('options.exportedSlice', { slice: a.exportedAt.slice(0, 10) }) : ''}
          {t('options.nothingIsWrittenUntilYou')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('options.recordType')}</th>
            <th scope="col">{t('options.new')}</th>
            <th scope="col">{t('options.updated')}</th>
            <th scope="col">{t('options.unchanged')}</th>
            <th scope="col">{t('options.conflicting')}</th>
          </tr>
        </thead>
        <tbody>
          {tableLabels.map(([table, label]) => {
            const p = a.preview[table];
            return (
              <tr key={table}>
                <th scope="row">{label}</th>
                <td>{p.new}</td>
                <td>{p.updated}</td>
                <td>{p.unchanged}</td>
                <td>{p.conflicting}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {'notImported' in a && <FhirNotImported analysis={a as FhirImportAnalysis} />}
      {a.merges.length > 0 && <p>{tn('options.mergedPhysicians', a.merges.length)}</p>}
      {a.conflicts.length > 0 && (
        <details>
          <summary>{tn('options.conflicts', a.conflicts.length)}</summary>
          <ul>
            {a.conflicts.slice(0, listedConflicts).map((c) => (
              <li key={`${c.table}-${c.id}`}>
                {c.table} {c.id.slice(0, 8)}: {c.reason}
              </li>
            ))}
            {a.conflicts.length > listedConflicts && (
              <li>{tn('common.andMore', a.conflicts.length - listedConflicts)}</li>
            )}
          </ul>
        </details>
      )}
    </div>
  );
}
