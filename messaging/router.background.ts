import type { z } from 'zod';
import { CodedError } from '../locales/coded-error';
import {
  type Catalogue,
  catalogue,
  type MessageType,
  type RequestOf,
  type ResponseOf,
  type TestOnlyCatalogue,
  type TestOnlyType,
} from './catalogue';
import { type SenderInfo, type SenderKind, senderKindOf } from './contexts';
import type { MessageSpec } from './define';
import { envelope, type Reply } from './envelope';

export interface HandlerContext {
  kind: SenderKind;
  sender: SenderInfo;
}
export type Handler<T extends MessageType> = (
  payload: ReturnType<Catalogue[T]['request']['parse']>,
  ctx: HandlerContext,
) => Promise<ResponseOf<T>> | ResponseOf<T>;
/** A handler for every message type: the compiler refuses a catalogue entry without one. */
export type Handlers = { [T in MessageType]: Handler<T> };

type TestOnlyHandler<T extends TestOnlyType> = (
  payload: z.output<TestOnlyCatalogue[T]['request']>,
  ctx: HandlerContext,
) => Promise<z.output<TestOnlyCatalogue[T]['response']>>;
/** The e2e build's extra messages with their handlers (entrypoints/background/handlers/test-only.ts). */
export interface TestOnlyRoutes {
  messages: TestOnlyCatalogue;
  handlers: { [T in TestOnlyType]: TestOnlyHandler<T> };
}

export interface RouterOptions {
  extensionId: string;
  extensionOrigin: string;
  onError?: (type: string, error: unknown) => void;
  /** Only in the e2e build: without it, those types are unknown messages. */
  testOnly?: TestOnlyRoutes | undefined;
}

/** Validates the envelope, the sender kind and the payload, runs the handler and validates its answer. */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  const specs: Record<string, MessageSpec> = { ...catalogue, ...options.testOnly?.messages };
  const handlerOf: Record<string, unknown> = { ...handlers, ...options.testOnly?.handlers };
  return async (raw: unknown, sender: SenderInfo): Promise<Reply> => {
    const env = envelope.safeParse(raw);
    if (!env.success) return { ok: false, error: 'malformed message' };
    const type = env.data.type as MessageType;
    const spec = Object.hasOwn(specs, type) ? specs[type] : undefined;
    if (!spec) return { ok: false, error: `unknown message ${env.data.type}` };
    const kind = senderKindOf(sender, options.extensionId, options.extensionOrigin);
    if (!kind || !spec.senders.includes(kind)) return { ok: false, error: `${type} is not allowed from here` };
    const payload = spec.request.safeParse(env.data.payload);
    if (!payload.success) return { ok: false, error: `${type}: ${payload.error.issues[0]?.message ?? 'bad payload'}` };
    try {
      const handler = handlerOf[type] as Handler<MessageType>;
      const data = await handler(payload.data as never, { kind, sender });
      return { ok: true, data: spec.response.parse(data) };
    } catch (error) {
      options.onError?.(type, error);
      if (error instanceof CodedError)
        return { ok: false, error: error.message, code: error.code, params: error.params };
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

export type { RequestOf };
