import type { FhirImportAnalysis } from '../../../features/fhir';
import type { ImportAnalysis } from '../../../features/transfer';
import { FhirNotImported } from './FhirNotImported';
import { tableLabels } from './table-labels';

const listedConflicts = 50;

/** Per record type: new, updated, unchanged and conflicting; then the conflicts and NPI merges themselves. */
export function ImportPreview(props: { analysis: ImportAnalysis; fileName: string }) {
  const a = props.analysis;
  return (
    <div>
      <h4>What importing {props.fileName} would do</h4>
      <table>
        <caption class="muted">
          {a.exportedAt ? `Exported ${a.exportedAt.slice(0, 10)}; ` : ''}nothing is written until you choose Import.
        </caption>
        <thead>
          <tr>
            <th scope="col">Record type</th>
            <th scope="col">New</th>
            <th scope="col">Updated</th>
            <th scope="col">Unchanged</th>
            <th scope="col">Conflicting</th>
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
      {a.merges.length > 0 && (
        <p>
          {a.merges.length} physician{a.merges.length === 1 ? '' : 's'} with the same NPI will be merged into one record
          (their notes, referrals and outreach follow).
        </p>
      )}
      {a.conflicts.length > 0 && (
        <details>
          <summary>
            {a.conflicts.length} conflict{a.conflicts.length === 1 ? '' : 's'}: Rounds keeps its own copy
          </summary>
          <ul>
            {a.conflicts.slice(0, listedConflicts).map((c) => (
              <li key={`${c.table}-${c.id}`}>
                {c.table} {c.id.slice(0, 8)}: {c.reason}
              </li>
            ))}
            {a.conflicts.length > listedConflicts && <li>… and {a.conflicts.length - listedConflicts} more</li>}
          </ul>
        </details>
      )}
    </div>
  );
}
