import { logOutreach, undoOutreach } from '../../../features/outreach/log-outreach.background';
import type { Handler } from '../../../messaging/router.background';
import { getDatabase } from '../../../storage/database';

// The badge follows from the follow-up writes themselves (features/follow-ups/badge-updates.ts).
const log: Handler<'outreach.log'> = async (payload) => logOutreach(await getDatabase(), payload);
const undo: Handler<'outreach.undo'> = async (payload) => undoOutreach(await getDatabase(), payload);

export const outreachHandlers = { 'outreach.log': log, 'outreach.undo': undo };
