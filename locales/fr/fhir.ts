import type { fhir as english } from '../en/fhir';
import type { Translation } from '../types';

export const fhir: Translation<typeof english> = {
  'fhir.zipEmpty': 'Ce zip ne contient aucun fichier .ndjson, donc aucune ressource FHIR.',
  'fhir.theResource': 'la ressource',
  'fhir.entryNotList': 'entry : une liste d’entrées était attendue',
  'fhir.lineNotJson': '{place} n’est pas du JSON : ce n’est donc pas un fichier NDJSON de ressources FHIR.',
  'fhir.forbiddenKey': '{place} contient la clé "{key}" à {path} ; il a été refusé pour protéger vos données.',
  'fhir.fileProblems': {
    one: 'Ce fichier FHIR a {count} problème ; rien n’a été importé. {first}',
    many: 'Ce fichier FHIR a {count} problèmes ; rien n’a été importé. {first}',
    other: 'Ce fichier FHIR a {count} problèmes ; rien n’a été importé. {first}',
  },
};
