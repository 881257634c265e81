import { z } from 'zod';

/**
 * background → offscreen document (Chrome MV3 only: its service worker has no URL.createObjectURL). The document
 * makes the backup export itself, from IndexedDB, so the file never crosses a message (it may be 100 MB); only its
 * blob: URL does. Both ends parse every message; the document answers only our own background.
 */
export const offscreenCommand = z.discriminatedUnion('offscreen', [
  z.object({ offscreen: z.literal('backup.make'), now: z.iso.datetime() }),
  z.object({ offscreen: z.literal('backup.release'), url: z.string().startsWith('blob:') }),
]);
export type OffscreenCommand = z.infer<typeof offscreenCommand>;

export const offscreenBackupMade = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), url: z.string().startsWith('blob:'), fileName: z.string(), bytes: z.number() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type OffscreenBackupMade = z.infer<typeof offscreenBackupMade>;
