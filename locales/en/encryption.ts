import type { Messages } from '../types';

/** English (source) texts of encryption. */
export const encryption = {
  'encryption.lock': 'Lock',
  'encryption.patientInformationIsLocked': 'Patient information is locked.',
  'encryption.passphrase': 'Passphrase',
  'encryption.unlock': 'Unlock',
} satisfies Messages;
