import type { transfer as english } from '../en/transfer';
import type { Translation } from '../types';

export const transfer: Translation<typeof english> = {
  'transfer.unexpectedToken': ' (« {token} » inattendu)',
  'transfer.tooLongAtMostMaximum': 'trop long (au plus {maximum} caractères)',
  'transfer.tooManyItemsAtMost': 'trop d’éléments (au plus {maximum})',
  'transfer.expectedExpected': '{expected} attendu',
  'transfer.itLooksLikeARaw': ' Cela ressemble à un vidage brut de base de données fait par un autre outil.',
  'transfer.exportedatNotADateAnd': 'exportedAt : pas une date et une heure',
  'transfer.tableExpectedAListOf': '{table} : une liste de dossiers était attendue',
  'transfer.staysDeletedDeletedInRounds':
    'reste supprimé : supprimé dans Rounds le {day}, après l’enregistrement de la copie du fichier',
  'transfer.keptTheCopyInRounds': 'copie de Rounds conservée : modifiée le {day}, après la copie du fichier ({day2})',
  'transfer.writeTable': 'écrire {table}',
  'transfer.lineLine': 'ligne {line}',
  'transfer.thisFileIsEmpty': 'Ce fichier est vide.',
  'transfer.thisFileEndsEarlyIt':
    'Ce fichier s’arrête trop tôt : il semble tronqué (téléchargement ou copie interrompus). Exportez de nouveau depuis l’original.',
  'transfer.thisFileIsNotValid': 'Ce fichier n’est pas un JSON valide{where} : ce n’est donc pas un export Rounds.',
  'transfer.thisRoundsExportHasNo': 'Cet export Rounds n’a pas de numéro de version valide ({string}).',
  'transfer.thisFileWasExportedBy':
    'Ce fichier a été exporté par une version plus récente de Rounds (version du fichier {version} ; celle-ci lit jusqu’à {target}). Mettez Rounds à jour, puis importez de nouveau.',
  'transfer.roundsCannotReadExportVersion': 'Rounds ne sait pas lire la version d’export {version}.',
  'transfer.thisFileIsMegabytesRounds':
    'Ce fichier fait {megabytes} ; Rounds importe des fichiers jusqu’à {megabytes2}. Exportez plutôt une période ou des médecins sélectionnés.',
  'transfer.thisFileIsUtf16':
    'Ce fichier est du texte UTF-16 ; les exports Rounds sont en UTF-8. Ouvrez le fichier d’export d’origine plutôt qu’une copie réenregistrée.',
  'transfer.thisFileIsNotUtf':
    'Ce fichier n’est pas du texte UTF-8 (il a peut-être été réenregistré en Latin-1 ou Windows-1252) ; les exports Rounds sont en UTF-8.',
  'transfer.thisJsonFileIsNot': 'Ce fichier JSON n’est pas un export Rounds (il n’a pas de "format": "rounds-export").',
  'transfer.thisJsonFileIsNot2':
    'Ce fichier JSON n’est pas un export Rounds (il n’a pas de "format": "rounds-export").{hint}',
  'transfer.thisFileHasNoData': 'Ce fichier n’a pas d’objet "data" ; rien n’a été importé.',
  'transfer.thisFileDoesNotLook': 'Ce fichier ne ressemble pas à un tableau avec une ligne d’en-tête (CSV).',
  'transfer.roundsDataChangedSinceThis':
    'Les données de Rounds ont changé depuis cet aperçu (une autre fenêtre a enregistré quelque chose). Prévisualisez de nouveau le fichier.',
  'transfer.lineLineProblems': 'ligne {line} : {problems}',
  'transfer.someOfThesePhysiciansWere':
    'Certains de ces médecins ont été ajoutés depuis l’aperçu. Prévisualisez de nouveau le fichier.',
  'transfer.forbiddenKey':
    'Ce fichier contient la clé "{key}" à {place}, que Rounds n’écrit jamais ; il a été refusé pour protéger vos données.',
  'transfer.lineColumn': 'ligne {line}, colonne {column}',
  'transfer.moreProblems': {
    one: '… et {count} autre problème',
    many: '… et {count} autres problèmes',
    other: '… et {count} autres problèmes',
  },
  'transfer.fileProblems': {
    one: 'Ce fichier a {count} problème ; rien n’a été importé. {first}',
    many: 'Ce fichier a {count} problèmes ; rien n’a été importé. {first}',
    other: 'Ce fichier a {count} problèmes ; rien n’a été importé. {first}',
  },
  'transfer.largerThan': 'Ce fichier dépasse {megabytes} Mo.',
  'transfer.theTopLevel': 'la racine',
  'transfer.atPlace': ' à {place}',
};
