import type { CsvRows } from '../../features/dashboard/csv-rows';

/** Wraps a `…CsvRows(list)` function so a table can ask for the first `limit` rows, or all of them. */
export function sliced<T>(list: readonly T[], toCsv: (rows: readonly T[]) => CsvRows) {
  return (limit?: number): CsvRows => toCsv(limit === undefined ? list : list.slice(0, limit));
}
