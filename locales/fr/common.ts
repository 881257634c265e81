import type { common as english } from '../en/common';
import type { Translation } from '../types';

export const common: Translation<typeof english> = {
  'common.opening': 'Ouverture…',
  'common.roundsCouldNotOpenIts': 'Rounds n’a pas pu ouvrir ses données : {error}',
  'common.yourDataHasNotBeen':
    'Vos données n’ont pas été réinitialisées. Fermez les autres fenêtres de Rounds et rechargez ; si cela persiste, exportez ce qui est lisible depuis la page des options.',
  'common.andMore': { one: '… et {count} autre', many: '… et {count} autres', other: '… et {count} autres' },
  'common.noCalendarFile': 'Pas de fichier de calendrier : {reason}',
  'common.notSaved': 'Non enregistré : {reason}',
  'common.outOfStorage':
    'Votre navigateur n’a plus d’espace de stockage : rien n’a été enregistré. Libérez de l’espace disque, ou exportez vos données depuis la page des options de Rounds (Données → Exporter JSON) avant de supprimer quoi que ce soit, puis réessayez.',
  'common.gettingStarted': 'Premiers pas',
  'common.emptyDirectory':
    'Votre répertoire est vide : {what}. Ajoutez un portail ou un médecin dans les paramètres, importez une liste ou essayez les données d’exemple.',
};
