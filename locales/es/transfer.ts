import type { transfer as english } from '../en/transfer';
import type { Translation } from '../types';

export const transfer: Translation<typeof english> = {
  'transfer.unexpectedToken': ' (inesperado «{token}»)',
  'transfer.tooLongAtMostMaximum': 'demasiado largo (como máximo {maximum} caracteres)',
  'transfer.tooManyItemsAtMost': 'demasiados elementos (como máximo {maximum})',
  'transfer.expectedExpected': 'se esperaba {expected}',
  'transfer.itLooksLikeARaw': ' Parece un volcado de base de datos en bruto hecho por otra herramienta.',
  'transfer.exportedatNotADateAnd': 'exportedAt: no es una fecha y hora',
  'transfer.tableExpectedAListOf': '{table}: se esperaba una lista de registros',
  'transfer.staysDeletedDeletedInRounds':
    'sigue eliminado: eliminado en Rounds el {day}, después de guardarse la copia del archivo',
  'transfer.keptTheCopyInRounds':
    'se conservó la copia de Rounds: cambiada el {day}, después de la copia del archivo ({day2})',
  'transfer.writeTable': 'escribir {table}',
  'transfer.lineLine': 'línea {line}',
  'transfer.thisFileIsEmpty': 'Este archivo está vacío.',
  'transfer.thisFileEndsEarlyIt':
    'Este archivo termina antes de tiempo: parece truncado (una descarga o copia interrumpida). Vuelva a exportar desde el original.',
  'transfer.thisFileIsNotValid': 'Este archivo no es un JSON válido{where}, así que no es una exportación de Rounds.',
  'transfer.thisRoundsExportHasNo': 'Esta exportación de Rounds no tiene un número de versión válido ({string}).',
  'transfer.thisFileWasExportedBy':
    'Este archivo se exportó con una versión más reciente de Rounds (versión del archivo {version}; esta lee hasta la {target}). Actualice Rounds y vuelva a importar.',
  'transfer.roundsCannotReadExportVersion': 'Rounds no puede leer la versión de exportación {version}.',
  'transfer.thisFileIsMegabytesRounds':
    'Este archivo ocupa {megabytes}; Rounds importa archivos de hasta {megabytes2}. Exporte en su lugar un intervalo de fechas o médicos seleccionados.',
  'transfer.thisFileIsUtf16':
    'Este archivo es texto UTF-16; las exportaciones de Rounds son UTF-8. Abra el archivo de exportación original en vez de una copia guardada de nuevo.',
  'transfer.thisFileIsNotUtf':
    'Este archivo no es texto UTF-8 (puede que se haya vuelto a guardar como Latin-1 o Windows-1252); las exportaciones de Rounds son UTF-8.',
  'transfer.thisJsonFileIsNot':
    'Este archivo JSON no es una exportación de Rounds (no tiene "format": "rounds-export").',
  'transfer.thisJsonFileIsNot2':
    'Este archivo JSON no es una exportación de Rounds (no tiene "format": "rounds-export").{hint}',
  'transfer.thisFileHasNoData': 'Este archivo no tiene un objeto "data"; no se importó nada.',
  'transfer.thisFileDoesNotLook': 'Este archivo no parece una tabla con fila de encabezado (CSV).',
  'transfer.roundsDataChangedSinceThis':
    'Los datos de Rounds cambiaron desde que se hizo esta vista previa (otra ventana guardó algo). Vuelva a previsualizar el archivo.',
  'transfer.lineLineProblems': 'línea {line}: {problems}',
  'transfer.someOfThesePhysiciansWere':
    'Algunos de estos médicos se añadieron después de la vista previa. Vuelva a previsualizar el archivo.',
  'transfer.forbiddenKey':
    'Este archivo contiene la clave "{key}" en {place}, que Rounds nunca escribe; se rechazó para proteger sus datos.',
  'transfer.lineColumn': 'línea {line}, columna {column}',
  'transfer.moreProblems': {
    one: '… y {count} problema más',
    many: '… y {count} problemas más',
    other: '… y {count} problemas más',
  },
  'transfer.fileProblems': {
    one: 'Este archivo tiene {count} problema; no se importó nada. {first}',
    many: 'Este archivo tiene {count} problemas; no se importó nada. {first}',
    other: 'Este archivo tiene {count} problemas; no se importó nada. {first}',
  },
  'transfer.largerThan': 'Este archivo ocupa más de {megabytes} MB.',
  'transfer.theTopLevel': 'el nivel superior',
  'transfer.atPlace': ' en {place}',
};
