import { z } from 'zod';
import { defineMessage } from '../define';
import { logOutreachRequest, logOutreachResponse, undoOutreachRequest } from '../outreach-log';

export const outreachMessages = {
  'outreach.log': defineMessage({
    doc: 'Stores an outreach (with new physicians and its follow-up) in one transaction in the background, so closing the popup cannot cancel it.',
    senders: ['popup', 'sidebar', 'plan'],
    request: logOutreachRequest,
    response: logOutreachResponse,
  }),
  'outreach.undo': defineMessage({
    doc: 'Undo of outreach.log: soft-deletes the outreach, its follow-ups and physicians created only for it.',
    senders: ['popup', 'sidebar'],
    request: undoOutreachRequest,
    response: z.object({ undone: z.boolean() }),
  }),
};
