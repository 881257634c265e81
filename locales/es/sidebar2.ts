import type { sidebar2 as english } from '../en/sidebar2';
import type { Translation } from '../types';

export const sidebar2: Translation<typeof english> = {
  'sidebar.referralNow': 'Derivación ahora',
  'sidebar.roundsShowsItsSidebarOnly': 'Rounds muestra su panel lateral solo junto a un portal activado.',
  'sidebar.roundsCouldNotConfirmThis': 'Rounds no pudo confirmar este marco.',
  'sidebar.noteDeleted': 'Nota eliminada.',
  'sidebar.noteRestored': 'Nota restaurada.',
  'sidebar.referralSaved': 'Derivación guardada.',
  'sidebar.referralSavedFollowUp': 'Derivación guardada. Se creó un seguimiento para informar a la consulta remitente.',
  'sidebar.noDirectoryPhysiciansAreNamed2':
    'Esta página no nombra a ningún médico de su directorio. Busque arriba, use Añadir médico, o seleccione un nombre en la página y elija «Guardar como médico» en el menú contextual.',
};
