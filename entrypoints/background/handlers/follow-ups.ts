import { refreshBadge } from '../../../features/follow-ups/badge.background';
import { markFollowUpDone, reopenFollowUp, snoozeFollowUp } from '../../../features/follow-ups/follow-up-actions';
import type { Handler } from '../../../messaging/router.background';
import { getDatabase } from '../../../storage/database';
import type { FollowUp } from '../../../storage/schemas';

const state = (f: FollowUp) => ({ id: f.id, status: f.status, snoozedUntil: f.snoozedUntil });

const done: Handler<'followUps.done'> = async ({ id }) => {
  const row = await markFollowUpDone(await getDatabase(), id);
  return state(row);
};

const reopen: Handler<'followUps.reopen'> = async ({ id }) => {
  const row = await reopenFollowUp(await getDatabase(), id);
  return state(row);
};

const snooze: Handler<'followUps.snooze'> = async ({ id, until }) => {
  const row = await snoozeFollowUp(await getDatabase(), id, until);
  return state(row);
};

const changed: Handler<'followUps.changed'> = async () => ({ due: await refreshBadge() });

export const followUpHandlers = {
  'followUps.done': done,
  'followUps.reopen': reopen,
  'followUps.snooze': snooze,
  'followUps.changed': changed,
};
