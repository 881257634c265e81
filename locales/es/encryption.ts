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
  'encryption.alreadyOn': 'El cifrado ya está activado',
  'encryption.isOff': 'El cifrado está desactivado',
  'encryption.locked': 'Rounds está bloqueado',
  'encryption.lockedExport':
    'Rounds está bloqueado: desbloquéelo primero (la información de pacientes no puede exportarse mientras está bloqueado)',
  'encryption.lockedNoKey': 'Rounds está bloqueado y no tiene clave pública con la que escribir',
};
