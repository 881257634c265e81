import Papa from 'papaparse';

/** One CSV column: its header and how to read the cell from a row. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

/**
 * Cells a spreadsheet would run as a formula get a leading `'`. Our own pattern: papaparse's default
 * (`/^[=+\-@\t\r].*$/`) misses cells whose text goes on to a second line.
 */
export const formulaStart = /^[=+\-@\t\r]/;
const bom = '\uFEFF';

/** Joins list fields for one cell: `MD|PhD`. */
export const joinList = (items: readonly string[] | null | undefined) => (items ?? []).join('|');

/** CSV text for rows: CRLF line ends, RFC 4180 quoting, formulas neutralised; the header only when asked. */
export function csvText<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[], withHeader: boolean): string {
  const data = rows.map((row) => columns.map((c) => c.value(row) ?? ''));
  const fields = columns.map((c) => c.header);
  const text = Papa.unparse(withHeader ? { fields, data } : data, {
    newline: '\r\n',
    escapeFormulae: formulaStart,
    header: withHeader,
  });
  // papaparse ends a header-only table with a newline; line ends are added by csvFileParts.
  return text.endsWith('\r\n') ? text.slice(0, -2) : text;
}

/** Parts of a CSV file (BOM, header, then chunks), each ending in CRLF, ready for a Blob or a zip entry. */
export function csvFileParts(chunks: readonly string[], header: string): string[] {
  return [bom + header, ...chunks].map((part) => `${part}\r\n`);
}
