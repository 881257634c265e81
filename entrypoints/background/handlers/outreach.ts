import { refreshBadge } from '../../../features/follow-ups/badge.background';
import { logOutreach, undoOutreach } from '../../../features/outreach/log-outreach.background';
import type { Handler } from '../../../messaging/router.background';
import { getDatabase } from '../../../storage/database';

const recount = () => void refreshBadge().catch((error: unknown) => console.error('[rounds] badge failed', error));

const log: Handler<'outreach.log'> = async (payload) => {
  const result = await logOutreach(await getDatabase(), payload);
  if (result.followUpId) recount();
  return result;
};

const undo: Handler<'outreach.undo'> = async (payload) => {
  const result = await undoOutreach(await getDatabase(), payload);
  recount();
  return result;
};

export const outreachHandlers = { 'outreach.log': log, 'outreach.undo': undo };
