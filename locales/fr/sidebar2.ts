import type { sidebar2 as english } from '../en/sidebar2';
import type { Translation } from '../types';

export const sidebar2: Translation<typeof english> = {
  'sidebar.referralNow': 'Adressage maintenant',
  'sidebar.roundsShowsItsSidebarOnly': 'Rounds n’affiche son panneau latéral qu’à côté d’un portail activé.',
  'sidebar.roundsCouldNotConfirmThis': 'Rounds n’a pas pu confirmer ce cadre.',
  'sidebar.noteDeleted': 'Note supprimée.',
  'sidebar.noteRestored': 'Note restaurée.',
  'sidebar.referralSaved': 'Adressage enregistré.',
  'sidebar.referralSavedFollowUp': 'Adressage enregistré. Suivi créé pour informer le cabinet référent.',
  'sidebar.noDirectoryPhysiciansAreNamed2':
    'Cette page ne nomme aucun médecin de votre répertoire. Recherchez ci-dessus, utilisez Ajouter un médecin, ou sélectionnez un nom sur la page et choisissez « Enregistrer comme médecin » dans le menu contextuel.',
};
