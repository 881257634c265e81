import type { shortcuts as english } from '../en/shortcuts';
import type { Translation } from '../types';

export const shortcuts: Translation<typeof english> = {
  'shortcuts.keyboardShortcuts': 'Atajos de teclado',
  'shortcuts.toChangeThemOpenAbout':
    'Para cambiarlos, abra about:addons, luego el menú del engranaje, Administrar atajos de teclado de extensiones.',
  'shortcuts.changeShortcuts': 'Cambiar atajos',
  'shortcuts.openTheRoundsPopup': 'Abrir la ventana emergente de Rounds',
  'shortcuts.notSet': 'Sin definir',
};
