import type { MessageType, RequestOf, ResponseOf } from '../../messaging/catalogue';

/**
 * The few runtime calls the content script makes, without webextension-polyfill (size): Firefox's `browser`
 * and Chrome MV3's `chrome` both return promises from sendMessage. Types only from the catalogue: no zod here,
 * the background validates every message.
 */
interface Runtime {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown, sender: { id?: string }) => void): void };
}
const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
const runtime = (g.browser ?? g.chrome)?.runtime as Runtime;

/** The extension's runtime (id, getURL, onMessage). */
export const extensionRuntime = runtime;

/** Sends a catalogue message to the background; resolves with its data or rejects with its error. */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = (await runtime.sendMessage({ type, payload })) as { ok?: boolean; data?: unknown; error?: string };
  if (reply?.ok !== true) throw new Error(reply?.error ?? `${type}: no answer`);
  return reply.data as ResponseOf<T>;
}
