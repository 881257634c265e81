import { z } from 'zod';
import { keyRingJson, keyStore } from '../storage/crypto/key-ring';

/**
 * background → offscreen document (Chrome MV3 only: its service worker has no URL.createObjectURL). The document
 * makes the backup export itself, from IndexedDB, so the file never crosses a message (it may be 100 MB); only its
 * blob: URL does. Both ends parse every message; the document answers only our own background.
 */
export const offscreenCommand = z.discriminatedUnion('offscreen', [
  // With encryption on, the key ring too: the document has no extension storage, and the file is encrypted.
  z.object({
    offscreen: z.literal('backup.make'),
    now: z.iso.datetime(),
    cipher: z.object({ ring: keyRingJson, keys: keyStore }).optional(),
  }),
  z.object({ offscreen: z.literal('backup.release'), url: z.string().startsWith('blob:') }),
]);
export type OffscreenCommand = z.infer<typeof offscreenCommand>;

export const offscreenBackupMade = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), url: z.string().startsWith('blob:'), fileName: z.string(), bytes: z.number() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type OffscreenBackupMade = z.infer<typeof offscreenBackupMade>;
