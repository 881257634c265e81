import type { shortcuts as english } from '../en/shortcuts';
import type { Translation } from '../types';

export const shortcuts: Translation<typeof english> = {
  'shortcuts.keyboardShortcuts': 'Raccourcis clavier',
  'shortcuts.toChangeThemOpenAbout':
    'Pour les modifier, ouvrez about:addons, puis le menu en forme de roue dentée, Gérer les raccourcis d’extensions.',
  'shortcuts.changeShortcuts': 'Modifier les raccourcis',
  'shortcuts.openTheRoundsPopup': 'Ouvrir la fenêtre de Rounds',
  'shortcuts.notSet': 'Non défini',
};
