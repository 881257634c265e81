import type { RosterPreview } from '../../../features/transfer';
import { t, tn } from '../../../locales/i18n';

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
        {tn('options.rosterNew', counts.new)}, {tn('options.rosterDuplicates', counts.duplicates)}{' '}
        {tn('options.rosterProblems', counts.problems)}
        {unresolved ? t('options.unresolvedNotSkippedYet', { unresolved: unresolved }) : ''}.
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
            {t('options.skipRowsWithProblems')}
          </button>
          <ul aria-label={t('options.rowsWithProblems')}>
            {problemRows.slice(0, listedRows).map((r) => (
              <li key={r.line}>
                <label>
                  <input
                    type="checkbox"
                    checked={props.skip.has(r.line)}
                    onChange={(e) => props.onSkip([r.line], e.currentTarget.checked)}
                  />{' '}
                  {t('options.skipLine', { line: r.line })}
                </label>
                : {r.problems.join('; ')}
              </li>
            ))}
            {problemRows.length > listedRows && <li>{tn('common.andMore', problemRows.length - listedRows)}</li>}
          </ul>
        </>
      )}
    </div>
  );
}
