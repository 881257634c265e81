import type { encryption as english } from '../en/encryption';
import type { Translation } from '../types';

export const encryption: Translation<typeof english> = {
  'encryption.lock': 'Bloquear',
  'encryption.patientInformationIsLocked': 'La información de pacientes está bloqueada.',
  'encryption.passphrase': 'Frase de contraseña',
  'encryption.unlock': 'Desbloquear',
  'encryption.tooShortUseAtLeast': 'Demasiado corta: use al menos 8 caracteres (lo mejor son cuatro palabras o más).',
  'encryption.weakAddWordsOrCharacters': 'Débil: añada palabras o caracteres.',
  'encryption.fairAFewMoreWords': 'Aceptable: unas palabras más la harán segura.',
  'encryption.strong': 'Segura.',
};
