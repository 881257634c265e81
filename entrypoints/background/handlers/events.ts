import { logEvent } from '../../../features/events/log-event.background';
import type { Handler } from '../../../messaging/router.background';
import { getDatabase } from '../../../storage/database';

const log: Handler<'events.log'> = async (payload) => logEvent(await getDatabase(), payload);

export const eventHandlers = { 'events.log': log };
