/** One cell of an exported table: the CSV writer turns null into an empty cell. */
export type CsvCell = string | number | null;
/** A table for CSV export: the header row first, then the data rows. */
export type CsvRows = [header: string[], ...rows: CsvCell[][]];
