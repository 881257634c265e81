import type { z } from 'zod';
import { appMessages } from './messages/app';
import { captureMessages } from './messages/capture';
import { encryptionMessages } from './messages/encryption';
import { eventMessages } from './messages/events';
import { followUpMessages } from './messages/follow-ups';
import { outreachMessages } from './messages/outreach';
import { portalMessages } from './messages/portals';
import { registryMessages } from './messages/registry';
import { teamMessages } from './messages/team';
import type { testOnlyMessages } from './messages/test-only';

/** The one list of runtime messages. Each capability adds its own file under messages/ and spreads it here. */
export const catalogue = {
  ...appMessages,
  ...portalMessages,
  ...outreachMessages,
  ...followUpMessages,
  ...captureMessages,
  ...registryMessages,
  ...eventMessages,
  ...encryptionMessages,
  ...teamMessages,
};

export type Catalogue = typeof catalogue;
export type MessageType = keyof Catalogue;
export type RequestOf<T extends MessageType> = z.input<Catalogue[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Catalogue[T]['response']>;
export const messageTypes = Object.keys(catalogue) as MessageType[];

/** The e2e build's extra messages (`demo.*`, `portal.detectionMode`, `e2e.*`): never in this list, see test-only.ts. */
export type TestOnlyCatalogue = ReturnType<typeof testOnlyMessages>;
export type TestOnlyType = keyof TestOnlyCatalogue;
