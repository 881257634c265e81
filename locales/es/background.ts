import type { background as english } from '../en/background';
import type { Translation } from '../types';

export const background: Translation<typeof english> = {
  'background.notARoundsFrame': 'No es un marco de Rounds.',
  'background.roundsShowsItsSidebarOnly': 'Rounds muestra su panel lateral solo junto a una página de portal.',
  'background.thisPageDidNotOpen': 'Esta página no abrió el panel lateral de Rounds.',
  'background.thisFrameWasNotOpened': 'Este marco no lo abrió Rounds.',
  'background.thePageChangedToA': 'La página cambió a un sitio donde Rounds no está activado.',
  'background.noAnswerFromTheSidebar': 'Sin respuesta del panel lateral.',
  'background.unexpectedMessage': 'Mensaje inesperado.',
};
