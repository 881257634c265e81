import type { team as english } from '../en/team';
import type { Translation } from '../types';

export const team: Translation<typeof english> = {
  'team.addressNotAWebAddress': '{address} : ce n’est pas une adresse web (comme https://couch.example.org/team-north)',
  'team.team': 'Équipe',
  'team.shareTheDirectoryPracticesOutreach':
    'Partagez le répertoire, les cabinets, les contacts, les suivis, les adressages et les programmes avec votre équipe via le serveur CouchDB de votre organisation. Désactivé tant que vous n’êtes pas connecté ; Rounds fonctionne hors ligne et synchronise plus tard.',
  'team.teamServerAddress': 'Adresse du serveur d’équipe',
  'team.theServerAndYourTeam':
    'Le serveur et la base de données de votre équipe, par exemple https://couch.example.org/team-north',
  'team.username': 'Nom d’utilisateur',
  'team.password': 'Mot de passe',
  'team.signIn': 'Se connecter',
  'team.signOut': 'Se déconnecter',
  'team.syncNow': 'Synchroniser maintenant',
  'team.signingIn': 'Connexion…',
  'team.signedInAsNameTo': 'Connecté en tant que {name} à {address}.',
  'team.roundsWasNotAllowedTo': 'Rounds n’a pas été autorisé à joindre {origin} ; rien n’a changé.',
  'team.patientInformationNoteTextPatient':
    'Les informations patients (texte des notes, références patients, notes de contact, texte des suivis et pages où ils ont été écrits) ne sont pas répliquées : elles restent dans ce navigateur et le serveur ne les reçoit jamais.',
  'team.syncIsOff': 'La synchronisation est désactivée',
  'team.synced': 'Synchronisé',
  'team.syncing': 'Synchronisation',
  'team.offline': 'Hors ligne',
  'team.error': 'Erreur',
  'team.lastSyncedAt': 'dernière synchronisation {at}',
  'team.serverDocumentsNotAccepted': 'Documents du serveur refusés',
  'team.theseDocumentsFromTheTeam':
    'Ces documents du serveur d’équipe n’ont pas passé les contrôles de Rounds et n’ont pas été écrits :',
  'team.recordsInConflict': 'Dossiers en conflit',
  'team.twoTeamMembersChangedThese':
    'Deux membres de l’équipe ont modifié ces dossiers en même temps. Rien n’est perdu : choisissez la version à garder.',
  'team.resolveConflict': 'Résoudre le conflit',
  'team.keepVersionN': 'Garder la version {n}',
  'team.cancel': 'Annuler',
  'team.field': 'Champ',
  'team.conflictResolvedTheVersionYou':
    'Conflit résolu : la version que vous avez gardée est synchronisée avec l’équipe.',
  'team.physician': 'Médecin',
  'team.practice': 'Cabinet',
  'team.outreach': 'Contacts',
  'team.followUp': 'Suivi',
  'team.referral': 'Adressage',
  'team.program': 'Programme',
  'team.teamServerAddressNotA':
    'Adresse du serveur d’équipe : ce n’est pas une adresse web (comme https://couch.example.org/team-north)',
  'team.teamServerAddressUseHttps': 'Adresse du serveur d’équipe : utilisez https://',
  'team.teamServerAddressAddThe':
    'Adresse du serveur d’équipe : ajoutez la base de données de l’équipe après le serveur (…/team-north)',
  'team.teamServerAddressDatabaseIs':
    'Adresse du serveur d’équipe : « {database} » n’est pas un nom de base de données d’équipe',
  'team.signInRefused401The':
    'Connexion refusée (401) : le serveur ne connaît pas ce nom d’utilisateur et ce mot de passe.',
  'team.notAMemberOfDatabase':
    'Pas membre de {database} ({status}) : demandez au responsable de votre équipe de vous donner le rôle de chargé de liaison.',
  'team.noTeamDatabaseDatabaseOn':
    'Aucune base de données d’équipe « {database} » sur ce serveur (404) : vérifiez l’adresse.',
  'team.theTeamServerAnsweredStatus':
    'Le serveur d’équipe a répondu {status} : réessayez, ou demandez à votre administrateur.',
  'team.offlineTheTeamServerServer':
    'Hors ligne : le serveur d’équipe {server} est injoignable. Vérifiez l’adresse et le réseau.',
  'team.signedOutByTheTeam': 'Déconnecté par le serveur d’équipe (401) : reconnectez-vous.',
  'team.notAllowed403ThisUser':
    'Non autorisé (403) : cet utilisateur n’a pas de rôle dans la base de données de l’équipe.',
  'team.theTeamServerCannotBe':
    'Le serveur d’équipe est injoignable ; les modifications attendent ici et se synchroniseront plus tard.',
  'team.signedInAsUsername': 'Connecté en tant que {username}',
  'team.teamSyncIsOffSign': 'La synchronisation d’équipe est désactivée : connectez-vous d’abord au serveur d’équipe.',
  'team.versionHeading': 'Version {n} : modifiée par {by} le {at}',
  'team.someone': 'quelqu’un',
  'team.serverAnswered': 'Le serveur d’équipe a répondu {status} : {reason}',
  'team.noReasonGiven': 'aucun motif donné',
  'team.waiting': { one: '{count} en attente', many: '{count} en attente', other: '{count} en attente' },
};
