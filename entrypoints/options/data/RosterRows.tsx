import type { RosterPreview } from '../../../features/transfer';

const listedRows = 200;

/** The roster preview: counts, then each row with problems and a checkbox to skip it. */
export function RosterRows(props: {
  preview: RosterPreview;
  skip: Set<number>;
  onSkip: (lines: number[], skip: boolean) => void;
}) {
  const { counts, rows } = props.preview;
  const problemRows = rows.filter((r) => r.problems.length > 0);
  const unresolved = problemRows.filter((r) => !props.skip.has(r.line)).length;
  return (
    <div>
      <p>
        {counts.new} new physician{counts.new === 1 ? '' : 's'}, {counts.duplicates} already in Rounds or repeated (by
        NPI, not added again), {counts.problems} with problems{unresolved ? ` (${unresolved} not skipped yet)` : ''}.
      </p>
      {problemRows.length > 0 && (
        <>
          <button
            type="button"
            onClick={() =>
              props.onSkip(
                problemRows.map((r) => r.line),
                true,
              )
            }
          >
            Skip rows with problems
          </button>
          <ul aria-label="Rows with problems">
            {problemRows.slice(0, listedRows).map((r) => (
              <li key={r.line}>
                <label>
                  <input
                    type="checkbox"
                    checked={props.skip.has(r.line)}
                    onChange={(e) => props.onSkip([r.line], e.currentTarget.checked)}
                  />{' '}
                  Skip line {r.line}
                </label>
                : {r.problems.join('; ')}
              </li>
            ))}
            {problemRows.length > listedRows && <li>… and {problemRows.length - listedRows} more</li>}
          </ul>
        </>
      )}
    </div>
  );
}
