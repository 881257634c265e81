import type { Handler } from '../../../messaging/router.background';
import { pendingCaptures } from '../capture-wiring';

const pending: Handler<'capture.pending'> = async ({ id }) => pendingCaptures.get(id);

export const captureHandlers = { 'capture.pending': pending };
