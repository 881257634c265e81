import type { Messages } from '../types';

/** English (source) texts of fhir. */
export const fhir = {
  'fhir.zipEmpty': 'This zip holds no .ndjson files, so no FHIR resources.',
  'fhir.theResource': 'the resource',
  'fhir.entryNotList': 'entry: expected a list of entries',
  'fhir.lineNotJson': '{place} is not JSON, so this is not an NDJSON file of FHIR resources.',
  'fhir.forbiddenKey': '{place} contains the key "{key}" at {path}; it was refused to protect your data.',
  'fhir.fileProblems': {
    one: 'This FHIR file has {count} problem; nothing was imported. {first}',
    other: 'This FHIR file has {count} problems; nothing was imported. {first}',
  },
} satisfies Messages;
