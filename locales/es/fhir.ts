import type { fhir as english } from '../en/fhir';
import type { Translation } from '../types';

export const fhir: Translation<typeof english> = {
  'fhir.zipEmpty': 'Este zip no contiene archivos .ndjson, así que no hay recursos FHIR.',
  'fhir.theResource': 'el recurso',
  'fhir.entryNotList': 'entry: se esperaba una lista de entradas',
  'fhir.lineNotJson': '{place} no es JSON, así que este no es un archivo NDJSON de recursos FHIR.',
  'fhir.forbiddenKey': '{place} contiene la clave "{key}" en {path}; se rechazó para proteger sus datos.',
  'fhir.fileProblems': {
    one: 'Este archivo FHIR tiene {count} problema; no se importó nada. {first}',
    many: 'Este archivo FHIR tiene {count} problemas; no se importó nada. {first}',
    other: 'Este archivo FHIR tiene {count} problemas; no se importó nada. {first}',
  },
};
