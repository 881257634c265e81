import type { welcome as english } from '../en/welcome';
import type { Translation } from '../types';

export const welcome: Translation<typeof english> = {
  'welcome.sixFictionalPhysiciansAndThree':
    'Six médecins et trois cabinets fictifs, pour voir Rounds à l’œuvre avant d’ajouter les vôtres.',
  'welcome.addSampleData': 'Ajouter des données d’exemple',
  'welcome.removeSampleData': 'Retirer les données d’exemple',
  'welcome.welcomeToRounds': 'Bienvenue dans Rounds',
  'welcome.roundsKeepsYourPhysicianNotes':
    'Rounds garde vos notes sur les médecins, vos contacts et vos adressages à côté des portails que vous utilisez déjà. Tout reste dans ce navigateur. Choisissez comment commencer :',
  'welcome.enableAPortal': 'Activer un portail',
  'welcome.addTheAddressOfYour':
    'Ajoutez l’adresse de votre portail de dossier médical ou de rendez-vous ; le panneau latéral nomme alors les médecins qu’il reconnaît.',
  'welcome.addAPortalInSettings': 'Ajouter un portail dans les paramètres',
  'welcome.importYourRoster': 'Importer votre liste',
  'welcome.bringInACsvOf':
    'Apportez un CSV des médecins que vous suivez (colonnes dans n’importe quel ordre ; vous les associez).',
  'welcome.importARosterInSettings': 'Importer une liste dans les paramètres',
  'welcome.trySampleData': 'Essayer avec des données d’exemple',
  'welcome.whatRoundsStoresAndThe': ' : ce que Rounds enregistre et la seule chose qu’il envoie.',
  'welcome.privacyPolicy': 'Politique de confidentialité',
  'welcome.addedCountFictionalPhysiciansOpen':
    '{count} médecins fictifs ajoutés. Ouvrez la fenêtre de Rounds ou les paramètres pour faire un tour.',
  'welcome.sampleDataGoesOnlyInto':
    'Les données d’exemple ne vont que dans un répertoire vide ; le vôtre contient déjà des médecins.',
  'welcome.removedCountSamplePhysicians': '{count} médecins d’exemple retirés.',
};
