import { z } from 'zod';
import { defineMessage } from '../define';
import { pendingCapture } from '../pending-capture';

export const captureMessages = {
  'capture.pending': defineMessage({
    doc: 'The capture a Rounds capture window was opened for, by the id in its URL hash (the selected text never travels in a URL).',
    senders: ['capture'],
    request: z.object({ id: z.uuid() }),
    response: pendingCapture.nullable(),
  }),
  'e2e.capture': defineMessage({
    doc: 'e2e build only: reads the real selection in the tab at `url` and runs the same capture as the context menu.',
    senders: ['options'],
    request: z.object({ kind: z.enum(['physician', 'note']), url: z.string().max(4000) }),
    response: z.object({ text: z.string(), route: z.enum(['sidebar', 'window', 'none']) }),
  }),
};
