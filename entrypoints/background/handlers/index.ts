import type { Handlers } from '../../../messaging/router.background';
import { appHandlers } from './app';
import { captureHandlers } from './capture';
import { encryptionHandlers } from './encryption';
import { eventHandlers } from './events';
import { followUpHandlers } from './follow-ups';
import { outreachHandlers } from './outreach';
import { portalContentHandlers } from './portal-content';
import { portalHandlers } from './portals';
import { registryHandlers } from './registry';
import { teamHandlers } from './team';

/** Every message's handler; the Handlers type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...portalHandlers,
  ...portalContentHandlers,
  ...outreachHandlers,
  ...followUpHandlers,
  ...captureHandlers,
  ...registryHandlers,
  ...eventHandlers,
  ...encryptionHandlers,
  ...teamHandlers,
};
