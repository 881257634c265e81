import type { Messages } from '../types';

/** English (source) texts of options. */
export const options3 = {
  'options.capturedFromOn': '· from {source} on {at}',
  'options.rosterFileRows': { one: '{fileName}: {count} row.', other: '{fileName}: {count} rows.' },
  'options.decrypting': {
    one: 'Decrypting: {done} of {count} record.',
    other: 'Decrypting: {done} of {count} records.',
  },
  'options.decryptingPaused': {
    one: 'Decrypting: {done} of {count} record (paused: unlock to finish).',
    other: 'Decrypting: {done} of {count} records (paused: unlock to finish).',
  },
  'options.encrypting': {
    one: 'Encrypting: {done} of {count} record.',
    other: 'Encrypting: {done} of {count} records.',
  },
  'options.encryptingPaused': {
    one: 'Encrypting: {done} of {count} record (paused: unlock to finish).',
    other: 'Encrypting: {done} of {count} records (paused: unlock to finish).',
  },
  'options.encryptionOn': 'Encryption is on.',
  'options.encryptionOnLocked': 'Encryption is on and locked.',
  'options.goalPerMonth': '{goal} per month',
} satisfies Messages;
