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
};
