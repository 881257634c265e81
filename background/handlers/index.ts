import type { Handlers } from '../../messaging/router';
import { appHandlers } from './app';
import { followUpHandlers } from './follow-ups';
import { outreachHandlers } from './outreach';

/** Every message's handler; the Handlers type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...outreachHandlers,
  ...followUpHandlers,
};
