import { type MessageKey, type Params, t } from './i18n';

/**
 * An error a person reads, carried as a catalogue key and its parameters so each page says it in its own UI
 * language (the background sends the code, not its text: messaging/envelope.ts). The message is the English text,
 * for logs and for callers that only read `message`.
 */
export class CodedError extends Error {
  constructor(
    readonly code: MessageKey,
    readonly params: Params = {},
  ) {
    super(t(code, params));
    this.name = 'CodedError';
  }
}

/** The text of any error for the UI: a coded error in the UI language, anything else by its message. */
export function errorText(error: unknown): string {
  if (error instanceof CodedError) return t(error.code, error.params);
  return error instanceof Error ? error.message : String(error);
}
