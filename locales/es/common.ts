import type { common as english } from '../en/common';
import type { Translation } from '../types';

export const common: Translation<typeof english> = {
  'common.opening': 'Abriendo…',
  'common.roundsCouldNotOpenIts': 'Rounds no pudo abrir sus datos: {error}',
  'common.yourDataHasNotBeen':
    'Sus datos no se han restablecido. Cierre las demás ventanas de Rounds y recargue; si persiste, exporte lo que se pueda leer desde la página de opciones.',
  'common.andMore': { one: '… y {count} más', many: '… y {count} más', other: '… y {count} más' },
  'common.noCalendarFile': 'No hay archivo de calendario: {reason}',
  'common.notSaved': 'No guardado: {reason}',
  'common.outOfStorage':
    'Su navegador se ha quedado sin espacio de almacenamiento, así que no se guardó nada. Libere espacio en disco, o exporte sus datos desde la página de opciones de Rounds (Datos → Exportar JSON) antes de borrar nada, y vuelva a intentarlo.',
  'common.gettingStarted': 'Primeros pasos',
  'common.emptyDirectory':
    'Su directorio está vacío, así que {what}. Añada un portal o un médico en la configuración, importe un listado o pruebe los datos de ejemplo.',
};
