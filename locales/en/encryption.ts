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
} satisfies Messages;
