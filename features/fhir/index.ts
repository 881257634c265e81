/** FHIR R4 export and import of the directory and referral log (docs/EXPORT.md, "FHIR R4"). */
export { analyzeFhirImport, type FhirImportAnalysis } from './analyze-fhir';
export { isFhirFile } from './detect-fhir';
export { exportFhir, type FhirExportFormat, type FhirExportOptions, type FhirExportResult } from './export-fhir';
export { serviceRequestStatus } from './referral-status';
