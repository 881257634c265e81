import type { portals as english } from '../en/portals';
import type { Translation } from '../types';

export const portals: Translation<typeof english> = {
  'portals.typeThePortalSAddress': 'Saisissez l’adresse du portail, par exemple https://portal.example.org',
  'portals.typedIsNotAWeb': '« {typed} » n’est pas une adresse web. Utilisez-en une comme https://portal.example.org',
  'portals.aPortalAddressStartsWith':
    'L’adresse d’un portail commence par https:// (ou http:// pour un portail de test local).',
  'portals.aPortalAddressNamesA': 'L’adresse d’un portail nomme un hôte, sans nom d’utilisateur ni mot de passe.',
  'portals.wildcardsAreNotAllowedEnable':
    'Les caractères génériques ne sont pas autorisés : activez un portail à la fois.',
  'portals.noPermission': 'Rounds n’a pas encore d’autorisation pour {origin}.',
};
