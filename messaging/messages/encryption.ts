import { z } from 'zod';
import { encryptionModes } from '../../storage/crypto/cipher-state';
import { keyRingJson } from '../../storage/crypto/key-ring';
import { defineMessage, extensionPages } from '../define';

/** A passphrase crosses only from an extension page to the background, never from the content script. */
const passphrase = z.string().min(1, 'type the passphrase').max(1_000);
const job = z.object({ done: z.number(), total: z.number() }).nullable();

export const encryptionState = z.object({
  mode: z.enum(encryptionModes),
  locked: z.boolean(),
  job,
  lockAfterMinutes: z.number(),
});
export type EncryptionState = z.infer<typeof encryptionState>;

export const encryptionMessages = {
  'encryption.status': defineMessage({
    doc: 'Whether patient information is encrypted, locked, and how far the turn-on/off job is.',
    senders: extensionPages,
    request: z.object({}),
    response: encryptionState,
  }),
  'encryption.turnOn': defineMessage({
    doc: 'Turns encryption on with a new passphrase; the in-place job runs on in the background.',
    senders: ['options'],
    request: z.object({ passphrase: passphrase.min(8, 'use at least 8 characters') }),
    response: encryptionState,
  }),
  'encryption.turnOff': defineMessage({
    doc: 'Turns encryption off after the passphrase: every row is decrypted in place.',
    senders: ['options'],
    request: z.object({ passphrase }),
    response: encryptionState,
  }),
  'encryption.changePassphrase': defineMessage({
    doc: 'Re-wraps the key ring under a new passphrase (no row is rewritten).',
    senders: ['options'],
    request: z.object({ current: passphrase, next: passphrase.min(8, 'use at least 8 characters') }),
    response: encryptionState,
  }),
  'encryption.unlock': defineMessage({
    doc: 'Unlocks with the passphrase; the keys stay in memory (the session storage area) until lock or browser close.',
    senders: extensionPages,
    request: z.object({ passphrase }),
    response: encryptionState,
  }),
  'encryption.keys': defineMessage({
    doc: 'The unlocked key ring for an extension page without the session storage area (Firefox sidebar frame); null while locked.',
    senders: extensionPages,
    request: z.object({}),
    response: z.object({ ring: keyRingJson }).nullable(),
  }),
  'encryption.lock': defineMessage({
    doc: 'Locks now: every context forgets the keys.',
    senders: extensionPages,
    request: z.object({}),
    response: encryptionState,
  }),
};
