import Papa from 'papaparse';
import type { CsvRows } from '../features/dashboard/csv-rows';

/** CSV text with a byte-order mark (so Excel reads UTF-8) and formula-like cells neutralised. */
export function csvText(rows: CsvRows): string {
  return `\uFEFF${Papa.unparse(rows as unknown[][], { escapeFormulae: true, newline: '\r\n' })}`;
}

/** Saves a table as `rounds-<name>-<day>.csv` through a temporary object URL. */
export function downloadCsv(name: string, rows: CsvRows): void {
  const url = URL.createObjectURL(new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `rounds-${name}-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
