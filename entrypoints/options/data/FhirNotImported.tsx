import type { FhirImportAnalysis } from '../../../features/fhir';
import { t, tn } from '../../../locales/i18n';

const listed = 50;

/** What a FHIR file held and what of it does not become records, each with its place and reason. */
export function FhirNotImported(props: { analysis: FhirImportAnalysis }) {
  const a = props.analysis;
  const held = Object.entries(a.resourceCounts)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  return (
    <>
      <p>{t('options.fhirFileHolds', { held: held || t('options.noResources') })}</p>
      {a.notImportedCount > 0 && (
        <details>
          <summary>{tn('options.notImported', a.notImportedCount)}</summary>
          <ul>
            {a.notImported.slice(0, listed).map((n) => (
              <li key={n.place}>
                {n.place}: {n.reason}
              </li>
            ))}
            {a.notImportedCount > listed && <li>{tn('common.andMore', a.notImportedCount - listed)}</li>}
          </ul>
        </details>
      )}
    </>
  );
}
