import { z } from 'zod';
import { defineMessage, extensionPages } from '../define';

const counts = z.object({
  physicians: z.number(),
  practices: z.number(),
  notes: z.number(),
  referrals: z.number(),
  outreach: z.number(),
  followUps: z.number(),
  portals: z.number(),
});

export const appMessages = {
  'app.status': defineMessage({
    doc: 'Schema version and record counts, for the options page and health checks.',
    senders: extensionPages,
    request: z.object({}),
    response: z.object({ version: z.string(), schemaVersion: z.number(), counts }),
  }),
  'app.dataDeleted': defineMessage({
    doc: 'Delete all data (options page): the background forgets what it holds in memory and in extension storage.',
    senders: ['options'],
    request: z.object({}),
    response: z.object({ tabs: z.number(), captures: z.number() }),
  }),
};
