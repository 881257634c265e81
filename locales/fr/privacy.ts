import type { privacy as english } from '../en/privacy';
import type { Translation } from '../types';

export const privacy: Translation<typeof english> = {
  'privacy.title': 'Politique de confidentialité · Rounds',
  'privacy.heading': 'Politique de confidentialité',
  'privacy.intro':
    'Rounds est une extension de navigateur pour les chargés de liaison avec les médecins. Cette page dit ce qu’elle enregistre et ce qu’elle envoie.',
  'privacy.storesHeading': 'Ce que Rounds enregistre',
  'privacy.stores':
    'Tout ce que vous saisissez (médecins, cabinets, notes, contacts, adressages, suivis, paramètres) est enregistré uniquement dans ce navigateur, dans le stockage propre à l’extension. Personne d’autre ne peut le lire : ni les portails que vous utilisez, ni les auteurs de Rounds. Les références patients peuvent être chiffrées avec une phrase secrète (Paramètres, Chiffrement).',
  'privacy.sendsHeading': 'Ce que Rounds envoie',
  'privacy.sends':
    'Rien, sauf si vous le demandez. Quand vous recherchez un médecin dans le Registre NPI, le nom ou le NPI saisi (et l’État, s’il est indiqué) est envoyé au Registre NPI public des Centers for Medicare & Medicaid Services des États-Unis (npiregistry.cms.hhs.gov, ou l’adresse définie par votre organisation). Rounds demande votre autorisation avant la première recherche. Ni statistiques d’usage, ni pistage, ni publicité, ni code distant.',
  'privacy.pagesHeading': 'Pages que vous consultez',
  'privacy.pages':
    'Sur les portails que vous activez, Rounds lit la page dans votre navigateur pour y trouver les noms de médecins qu’il connaît déjà. Le texte de la page reste dans votre navigateur.',
  'privacy.teamHeading': 'Synchronisation de l’équipe',
  'privacy.team':
    'Facultative, désactivée tant que vous ne vous connectez pas dans Paramètres, Équipe. Les fiches partagées de votre équipe (médecins, cabinets, contacts, suivis, adressages, programmes, et qui a créé ou modifié chacune) sont répliquées avec le serveur CouchDB de votre organisation, à l’adresse que vous saisissez. Les notes ne sont pas partagées, et les informations patient (tout champ que Rounds peut chiffrer) ne sont jamais envoyées. Rounds vous demande l’autorisation de joindre ce serveur à la connexion.',
  'privacy.orgHeading': 'Votre organisation',
  'privacy.org':
    'Votre service informatique peut préconfigurer des portails par une stratégie du navigateur. Il ne voit rien de ce que vous enregistrez, sauf si vous vous connectez au serveur de votre équipe (Synchronisation de l’équipe, ci-dessus).',
  'privacy.controlHeading': 'Vos données, sous votre contrôle',
  'privacy.control':
    'Exportez tout (JSON, CSV, FHIR) ou supprimez tout depuis Paramètres, Données. Retirer l’extension efface son stockage. Les sauvegardes que vous enregistrez sont des fichiers sur votre ordinateur.',
};
