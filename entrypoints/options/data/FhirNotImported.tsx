import type { FhirImportAnalysis } from '../../../features/fhir';

const listed = 50;

/** What a FHIR file held and what of it does not become records, each with its place and reason. */
export function FhirNotImported(props: { analysis: FhirImportAnalysis }) {
  const a = props.analysis;
  const held = Object.entries(a.resourceCounts)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  return (
    <>
      <p>FHIR file: {held || 'no resources'}.</p>
      {a.notImportedCount > 0 && (
        <details>
          <summary>{a.notImportedCount} not imported</summary>
          <ul>
            {a.notImported.slice(0, listed).map((n) => (
              <li key={n.place}>
                {n.place}: {n.reason}
              </li>
            ))}
            {a.notImportedCount > listed && <li>… and {a.notImportedCount - listed} more</li>}
          </ul>
        </details>
      )}
    </>
  );
}
