import type { z } from 'zod';
import type { SenderKind } from './contexts';

/** One message type: who may send it, what it carries, what it answers. */
export interface MessageSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  doc: string;
  senders: readonly SenderKind[];
  request: Req;
  response: Res;
}

export function defineMessage<Req extends z.ZodType, Res extends z.ZodType>(spec: MessageSpec<Req, Res>) {
  return spec;
}

/** Extension pages that hold the user's data views (never the content script). */
export const extensionPages: readonly SenderKind[] = [
  'popup',
  'options',
  'sidebar',
  'dashboard',
  'activity',
  'capture',
  'plan',
];
