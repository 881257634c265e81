import type { Messages } from '../types';

/** English (source) texts of encryption. */
export const encryption = {
  'encryption.lock': 'Lock',
  'encryption.patientInformationIsLocked': 'Patient information is locked.',
  'encryption.passphrase': 'Passphrase',
  'encryption.unlock': 'Unlock',
  'encryption.tooShortUseAtLeast': 'Too short: use at least 8 characters (four or more words is best).',
  'encryption.weakAddWordsOrCharacters': 'Weak: add words or characters.',
  'encryption.fairAFewMoreWords': 'Fair: a few more words make it strong.',
  'encryption.strong': 'Strong.',
  'encryption.alreadyOn': 'Encryption is already on',
  'encryption.isOff': 'Encryption is off',
  'encryption.locked': 'Rounds is locked',
  'encryption.lockedExport': 'Rounds is locked: unlock it first (patient information cannot be exported while locked)',
  'encryption.lockedNoKey': 'Rounds is locked and has no public key to write with',
} satisfies Messages;
