import type { background as english } from '../en/background';
import type { Translation } from '../types';

export const background: Translation<typeof english> = {
  'background.notARoundsFrame': 'Ce n’est pas un cadre de Rounds.',
  'background.roundsShowsItsSidebarOnly': 'Rounds n’affiche son panneau latéral qu’à côté d’une page de portail.',
  'background.thisPageDidNotOpen': 'Cette page n’a pas ouvert le panneau latéral de Rounds.',
  'background.thisFrameWasNotOpened': 'Ce cadre n’a pas été ouvert par Rounds.',
  'background.thePageChangedToA': 'La page est passée à un site où Rounds n’est pas activé.',
  'background.noAnswerFromTheSidebar': 'Pas de réponse du panneau latéral.',
  'background.unexpectedMessage': 'Message inattendu.',
};
