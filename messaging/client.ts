import { browser } from 'wxt/browser';
import { catalogue, type MessageType, type RequestOf, type ResponseOf } from './catalogue';
import { reply } from './envelope';

/** Sends a typed message to the background and returns its validated answer, or throws its error. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const spec = catalogue[type];
  const request = spec.request.parse(payload);
  const raw = await browser.runtime.sendMessage({ type, payload: request });
  const answer = reply.parse(raw);
  if (!answer.ok) throw new Error(answer.error);
  return spec.response.parse(answer.data) as ResponseOf<T>;
}
