import type { Handlers } from '../../messaging/router';
import { appHandlers } from './app';

/** Every message's handler; the Handlers type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
};
