import { browser } from 'wxt/browser';
import { CodedError } from '../locales/coded-error';
import { isMessageKey } from '../locales/i18n';
import { catalogue, type MessageType, type RequestOf, type ResponseOf } from './catalogue';
import { reply } from './envelope';

/** Sends a typed message to the background and returns its validated answer, or throws its error. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const spec = catalogue[type];
  const request = spec.request.parse(payload);
  const raw = await browser.runtime.sendMessage({ type, payload: request });
  const answer = reply.parse(raw);
  if (!answer.ok)
    throw answer.code && isMessageKey(answer.code)
      ? new CodedError(answer.code, answer.params)
      : new Error(answer.error);
  return spec.response.parse(answer.data) as ResponseOf<T>;
}
