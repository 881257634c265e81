import type { options4 as english } from '../en/options4';
import type { Translation } from '../types';

export const options4: Translation<typeof english> = {
  'options.programNameRemovedPastOutreach': 'Programme {name} retiré (les contacts passés le nomment encore).',
  'options.exportFailed': 'L’export a échoué : {reason}',
  'options.nothingDeleted': 'Rien n’a été supprimé : {reason}',
  'options.nothingImported': 'Rien n’a été importé : {reason}',
  'options.savedCalendar': {
    one: '{name} enregistré avec {count} événement.',
    many: '{name} enregistré avec {count} événements.',
    other: '{name} enregistré avec {count} événements.',
  },
  'options.enabledOn': 'Rounds est activé sur {site}. Rechargez ses pages ouvertes.',
  'options.fhirProblems': {
    one: '{count} dossier enregistré ne passe plus ses contrôles et a été laissé de côté ({first}).',
    many: '{count} dossiers enregistrés ne passent plus leurs contrôles et ont été laissés de côté ({first}).',
    other: '{count} dossiers enregistrés ne passent plus leurs contrôles et ont été laissés de côté ({first}).',
  },
  'options.jsonProblems': {
    one: '{count} dossier enregistré ne passe plus ses contrôles et a été enregistré tel quel ({first}).',
    many: '{count} dossiers enregistrés ne passent plus leurs contrôles et ont été enregistrés tels quels ({first}).',
    other: '{count} dossiers enregistrés ne passent plus leurs contrôles et ont été enregistrés tels quels ({first}).',
  },
  'options.fileIsProtected':
    'Ce fichier est protégé par une phrase secrète : saisissez-la dans « Phrase secrète d’un fichier protégé », puis choisissez de nouveau le fichier.',
  'options.privacyPolicy': 'Politique de confidentialité',
  'options.gettingStarted': 'Premiers pas',
};
