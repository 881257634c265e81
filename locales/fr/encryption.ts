import type { encryption as english } from '../en/encryption';
import type { Translation } from '../types';

export const encryption: Translation<typeof english> = {
  'encryption.lock': 'Verrouiller',
  'encryption.patientInformationIsLocked': 'Les informations patients sont verrouillées.',
  'encryption.passphrase': 'Phrase secrète',
  'encryption.unlock': 'Déverrouiller',
  'encryption.tooShortUseAtLeast': 'Trop courte : utilisez au moins 8 caractères (quatre mots ou plus, c’est mieux).',
  'encryption.weakAddWordsOrCharacters': 'Faible : ajoutez des mots ou des caractères.',
  'encryption.fairAFewMoreWords': 'Moyenne : quelques mots de plus la rendront solide.',
  'encryption.strong': 'Solide.',
  'encryption.alreadyOn': 'Le chiffrement est déjà activé',
  'encryption.isOff': 'Le chiffrement est désactivé',
  'encryption.locked': 'Rounds est verrouillé',
  'encryption.lockedExport':
    'Rounds est verrouillé : déverrouillez-le d’abord (les informations patients ne peuvent pas être exportées pendant le verrouillage)',
  'encryption.lockedNoKey': 'Rounds est verrouillé et n’a pas de clé publique pour écrire',
};
