import type { options4 as english } from '../en/options4';
import type { Translation } from '../types';

export const options4: Translation<typeof english> = {
  'options.programNameRemovedPastOutreach': 'Programa {name} quitado (los contactos pasados aún lo nombran).',
  'options.exportFailed': 'La exportación falló: {reason}',
  'options.nothingDeleted': 'No se eliminó nada: {reason}',
  'options.nothingImported': 'No se importó nada: {reason}',
  'options.savedCalendar': {
    one: 'Guardado {name} con {count} evento.',
    many: 'Guardado {name} con {count} eventos.',
    other: 'Guardado {name} con {count} eventos.',
  },
  'options.enabledOn': 'Rounds está activado en {site}. Recargue sus páginas abiertas.',
  'options.fhirProblems': {
    one: '{count} registro guardado ya no supera sus comprobaciones y se dejó fuera ({first}).',
    many: '{count} registros guardados ya no superan sus comprobaciones y se dejaron fuera ({first}).',
    other: '{count} registros guardados ya no superan sus comprobaciones y se dejaron fuera ({first}).',
  },
  'options.jsonProblems': {
    one: '{count} registro guardado ya no supera sus comprobaciones y se guardó tal cual ({first}).',
    many: '{count} registros guardados ya no superan sus comprobaciones y se guardaron tal cual ({first}).',
    other: '{count} registros guardados ya no superan sus comprobaciones y se guardaron tal cual ({first}).',
  },
  'options.fileIsProtected':
    'Este archivo está protegido con una frase de contraseña: escríbala en «Frase de contraseña de un archivo protegido» y vuelva a elegir el archivo.',
  'options.privacyPolicy': 'Política de privacidad',
  'options.gettingStarted': 'Primeros pasos',
};
