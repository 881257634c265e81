import { z } from 'zod';
import { day, followUpStatuses, recordId } from '../../storage/schemas';
import type { SenderKind } from '../contexts';
import { defineMessage } from '../define';

const followUpPages: readonly SenderKind[] = ['popup', 'sidebar', 'activity', 'dashboard', 'plan'];
const followUpState = z.object({ id: recordId, status: z.enum(followUpStatuses), snoozedUntil: day.nullable() });

export const followUpMessages = {
  'followUps.done': defineMessage({
    doc: 'Marks a follow-up done; the background recounts the toolbar badge.',
    senders: followUpPages,
    request: z.object({ id: recordId }),
    response: followUpState,
  }),
  'followUps.reopen': defineMessage({
    doc: 'Reopens a follow-up marked done (undo of followUps.done); the badge is recounted.',
    senders: followUpPages,
    request: z.object({ id: recordId }),
    response: followUpState,
  }),
  'followUps.snooze': defineMessage({
    doc: 'Hides a follow-up from the due list until a local day (YYYY-MM-DD); the badge is recounted.',
    senders: followUpPages,
    request: z.object({ id: recordId, until: day }),
    response: followUpState,
  }),
  'followUps.changed': defineMessage({
    doc: 'Tells the background that a page committed follow-up writes (referrals, imports, deletes), so it recounts the badge now.',
    senders: ['popup', 'sidebar', 'activity', 'dashboard', 'options', 'capture', 'plan'],
    request: z.object({}),
    response: z.object({ due: z.number().int() }),
  }),
};
