import { useState } from 'preact/hooks';
import { downloadCsv } from '../../components/csv-download';
import type { CsvCell, CsvRows } from '../../features/dashboard/csv-rows';
import { t, uiLocale } from '../../locales/i18n';

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const dayFormat = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });
const numberFormat = new Intl.NumberFormat(uiLocale());

// Tables are mostly small counts that repeat (0, 1, 2 …): each is formatted by Intl once.
const formatted = new Map<number, string>();
function formatNumber(n: number): string {
  let text = formatted.get(n);
  if (text === undefined) {
    text = numberFormat.format(n);
    if (formatted.size < 10_000) formatted.set(n, text);
  }
  return text;
}

/** A cell as shown: instants as local dates, numbers grouped in the user's locale, null as a dash. */
export function displayCell(cell: CsvCell): string {
  if (cell === null) return '—';
  if (typeof cell === 'number') return formatNumber(cell);
  return instantPattern.test(cell) ? dayFormat.format(new Date(cell)) : cell;
}

interface DataTableProps {
  caption: string;
  /** File-name-safe name for the CSV export. */
  name: string;
  /** The table as CSV rows: the first `limit` data rows, or all of them (for export) when limit is undefined. */
  rows: (limit?: number) => CsvRows;
  /** How many data rows there are in all. */
  total: number;
  /** Rows shown at first and the step of `Show more`; the CSV always has every row. */
  limit?: number;
  empty?: string;
}

/** An accessible table (caption, column and row headers) over CSV rows, with `Export CSV` for the same data. */
export function DataTable(props: DataTableProps) {
  const step = props.limit ?? 25;
  const [limit, setLimit] = useState(step);
  const [header, ...body] = props.rows(limit);
  const shown = body.slice(0, limit);
  const total = props.total;
  return (
    <div class="data-table">
      {/* A wide table scrolls sideways: the region takes focus so keyboard users can scroll it (WCAG 2.1.1). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable */}
      <section class="table-scroll" tabIndex={0} aria-label={props.caption}>
        <table>
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              {header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {displayCell(cell)}
                    </th>
                  ) : (
                    <td key={j} class={typeof cell === 'number' ? 'num' : undefined}>
                      {displayCell(cell)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {total === 0 && <p class="muted">{props.empty ?? t('dashboard.nothingToShowForThese')}</p>}
      <div class="row table-actions">
        {total > limit && (
          <button type="button" onClick={() => setLimit(limit + step * 4)}>
            {t('dashboard.showMoreLengthOfTotal', { length: shown.length, total: total })}
          </button>
        )}
        <button
          type="button"
          aria-label={t('dashboard.exportCsvCaption', { caption: props.caption })}
          onClick={() => downloadCsv(props.name, props.rows())}
        >
          {t('dashboard.exportCsv')}
        </button>
      </div>
    </div>
  );
}
