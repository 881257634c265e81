/**
 * The content script's few words, from the manifest messages (public/_locales, English the default locale) through
 * `i18n.getMessage`, so the browser picks the UI language and the script carries no catalogue (size budget).
 * Where there is no i18n (unit tests) the key itself stands in.
 */
const g = globalThis as unknown as {
  browser?: { i18n?: { getMessage(key: string): string } };
  chrome?: { i18n?: { getMessage(key: string): string } };
};

/** The message for a key of public/_locales/<language>/messages.json. */
export function pageMessage(key: string): string {
  try {
    return (g.browser ?? g.chrome)?.i18n?.getMessage(key) || key;
  } catch {
    return key;
  }
}
