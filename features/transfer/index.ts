/** The export/import API the options page calls. */
export type { Progress } from './chunks';
export { type CsvTable, csvTables, exportCsv, exportCsvZip } from './csv-export';
export { type ExportOptions, type ExportResult, exportJson } from './export-json';
export type { ExportScope } from './export-scope';
export { exportFileName, exportFormat, exportVersion } from './format';
export { type AnalyzeOptions, analyzeImport, type ImportAnalysis } from './import-analyze';
export { commitImport } from './import-commit';
export { type ImportInput, maxImportBytes } from './import-decode';
export { ImportError, type ImportProblem } from './import-error';
export type { SettingChange, SettingField } from './import-settings';
export type { NpiMerge } from './npi-merge';
export type { Conflict, TablePreview } from './record-compare';
export { type ColumnMapping, detectColumns, type RosterField, rosterFields } from './roster-columns';
export { commitRoster } from './roster-commit';
export { parseRoster, type RosterTable } from './roster-parse';
export { previewRoster, type RosterPreview, type RosterPreviewRow } from './roster-preview';
