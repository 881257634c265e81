import { z } from 'zod';

/** What a context-menu (or shortcut) capture carries: the selected text and the page it came from. */
export const pendingCapture = z.object({
  kind: z.enum(['physician', 'note']),
  text: z.string().max(2000),
  url: z.string().max(4000),
  title: z.string().max(500),
  at: z.iso.datetime({ offset: true }),
});
export type PendingCapture = z.infer<typeof pendingCapture>;
export type CaptureKind = PendingCapture['kind'];
