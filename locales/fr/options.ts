import type { options as english } from '../en/options';
import type { Translation } from '../types';

export const options: Translation<typeof english> = {
  'options.directoryTotal': 'Répertoire ({total})',
  'options.edit': 'Modifier',
  'options.editDisplayname': 'Modifier {displayName}',
  'options.encryption': 'Chiffrement',
  'options.encryptPatientInformation': 'Chiffrer les informations patients',
  'options.noteTextPatientReferencesOutreach':
    'Le texte des notes, les références patients, les notes de contact et les pages où elles ont été écrites sont chiffrés sur cet ordinateur avec une clé que seule votre phrase secrète ouvre. Les noms, les cabinets, les décomptes et la recherche restent utilisables pendant le verrouillage.',
  'options.ifYouForgetThisPassphrase':
    'Si vous oubliez cette phrase secrète, personne ne pourra récupérer les informations chiffrées. Pensez d’abord à un export chiffré (Données → Exporter JSON → protéger par une phrase secrète).',
  'options.passphrase': 'Phrase secrète',
  'options.fourOrMoreUnrelatedWords': 'Quatre mots sans rapport ou plus font une phrase secrète solide.',
  'options.confirmPassphrase': 'Confirmer la phrase secrète',
  'options.exportAnEncryptedCopyFirst': 'Exporter d’abord une copie chiffrée',
  'options.turnOnEncryption': 'Activer le chiffrement',
  'options.lockAfter': 'Verrouiller après',
  'options.mMinutesIdle': '{m} minutes d’inactivité',
  'options.editProgram': 'Modifier le programme',
  'options.newProgram': 'Nouveau programme',
  'options.kind': 'Type',
  'options.saveProgram': 'Enregistrer le programme',
  'options.cancel': 'Annuler',
  'options.programs': 'Programmes',
  'options.whatYouPresentToReferring':
    'Ce que vous présentez aux médecins référents. Les saisies rapides et les événements notent ceux qui ont été présentés.',
  'options.materialsMap': ' · supports : {map}',
  'options.editName': 'Modifier {name}',
  'options.remove': 'Retirer',
  'options.removeName': 'Retirer {name}',
  'options.addProgram': 'Ajouter un programme',
  'options.newPassphrase': 'Nouvelle phrase secrète',
  'options.onlyToChangeThePassphrase':
    'Uniquement pour changer la phrase secrète : les données ne sont pas rechiffrées, seule leur clé est réenveloppée.',
  'options.changePassphrase': 'Changer la phrase secrète',
  'options.turnOffEncryption': 'Désactiver le chiffrement',
  'options.setByYourOrganisation': ' · défini par votre organisation',
  'options.permissionWithdrawnInTheBrowser':
    ' · autorisation retirée dans le navigateur : ajoutez de nouveau le portail pour le réactiver',
  'options.pageKeyParameters': 'Paramètres de clé de page',
  'options.queryParametersThatIdentifyA':
    'Paramètres de requête qui identifient un dossier (p. ex. patientId, referralId) ; les autres sont ignorés.',
  'options.saveParameters': 'Enregistrer les paramètres',
  'options.portals': 'Portails',
  'options.roundsShowsItsSidebarOnly':
    'Rounds n’affiche son panneau latéral que sur les portails que vous ajoutez ici, et demande l’autorisation du navigateur pour chacun.',
  'options.portalAddress': 'Adresse du portail',
  'options.eGHttpsPortalExample':
    'p. ex. https://portal.example.org ou https://portal.example.org/referrals/ pour le limiter à un chemin',
  'options.pageKeyParametersOptional': 'Paramètres de clé de page (facultatif)',
  'options.addPortal': 'Ajouter le portail',
  'options.enabledPortals': 'Portails activés',
  'options.visitsAndMonthlyGoals': 'Visites et objectifs mensuels',
  'options.defaultVisitCadenceDays': 'Fréquence de visite par défaut (jours)',
  'options.forPhysiciansWithoutTheirOwn':
    'Pour les médecins sans leur propre « Visite tous les (jours) » ; la couverture du tableau de bord l’utilise aussi',
  'options.emptyNoGoal': 'Vide : pas d’objectif',
  'options.saveGoals': 'Enregistrer les objectifs',
  'options.notifications': 'Notifications',
  'options.morningSummaryOfDueFollow':
    'Résumé matinal des suivis à faire (noms et décomptes seulement, jamais le texte des notes)',
  'options.calendar': 'Calendrier',
  'options.openFollowUpsAndPlanned':
    'Les suivis ouverts et les journées planifiées comme événements de calendrier dans votre fuseau horaire. Ils ne nomment que le médecin et le cabinet, jamais le texte du suivi ni des patients.',
  'options.exportCalendar': 'Exporter le calendrier',
  'options.directory': 'Répertoire',
  'options.newPhysician': 'Nouveau médecin',
  'options.addPhysician': 'Ajouter un médecin',
  'options.npiRegistry': 'Registre NPI',
  'options.lookUpsHappenOnlyWhen':
    'Les recherches n’ont lieu que lorsque vous appuyez sur « Rechercher dans le Registre NPI » ; Rounds demande d’abord l’autorisation pour ce site.',
  'options.npiRegistryAddress': 'Adresse du Registre NPI',
  'options.saveRegistryAddress': 'Enregistrer l’adresse du registre',
  'options.roundsSettings': 'Paramètres de Rounds',
  'options.whoIsDueAndIn':
    ' : qui est à voir et présent au cabinet, les étapes de la journée, l’itinéraire, une feuille de route.',
  'options.planMyDay': 'Planifier ma journée',
  'options.everyOutreachLoggedFiltersAnd': ' : chaque contact enregistré, filtres et totaux par semaine.',
  'options.activity': 'Activité',
  'options.referralPatternsDecliningReferrersCoverage':
    ' : tendances d’adressage, référents en baisse, couverture, imprimable.',
  'options.referralDashboard': 'Tableau de bord des adressages',
  'options.data': 'Données',
  'options.referrals': 'Adressages',
  'options.followUpDaysAfterScheduled': 'Jours de suivi après planifié ou vu',
  'options.clearPatientReferencesFromClosed': 'Effacer les références patients des adressages clos',
  'options.offByDefaultClearsThe':
    'Désactivé par défaut. Efface la référence patient et les notes ; les décomptes, les dates et les durées par étape restent. S’exécute chaque jour.',
  'options.daysAfterClosing': 'Jours après la clôture',
  'options.saveReferralSettings': 'Enregistrer les paramètres d’adressage',
  'options.unresolvedNotSkippedYet': ' ({unresolved} pas encore ignorées)',
  'options.skipRowsWithProblems': 'Ignorer les lignes avec des problèmes',
  'options.rowsWithProblems': 'Lignes avec des problèmes',
  'options.skipLine': 'Ignorer la ligne {line}',
  'options.settingsInThisFile': 'Paramètres de ce fichier',
  'options.useTheFileS': 'Utiliser « {setting} » du fichier',
  'options.nowSettingvaluetextInTheFile': '(actuellement {settingValueText} ; dans le fichier {settingValueText2})',
  'options.fhirR4ForHospitalIt': 'FHIR R4 pour le service informatique',
  'options.physiciansPracticesReferralsFollowUps':
    'Médecins, cabinets, adressages, suivis et contacts comme ressources FHIR (docs/EXPORT.md décrit la correspondance).',
  'options.fhirFile': 'Fichier FHIR',
  'options.includePatientInformationReferralPatient':
    'Inclure les informations patients (références et notes des adressages, notes de contact, texte des suivis)',
  'options.exportFhir': 'Exporter FHIR',
  'options.saveAFhirFile': 'Enregistrer un fichier FHIR ?',
  'options.saveFhirFile': 'Enregistrer le fichier FHIR',
  'options.patientInformationIsLeftOut':
    'Les informations patients ne figurent pas dans ce fichier : vous n’avez pas choisi de les inclure.',
  'options.automaticBackup': 'Sauvegarde automatique',
  'options.saveAWeeklyBackupTo': 'Enregistrer une sauvegarde hebdomadaire dans le dossier Téléchargements',
};
