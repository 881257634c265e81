/**
 * The content script's few words, from the manifest messages (public/_locales) through `i18n.getMessage`, so the
 * browser picks the UI language and the script carries no catalogue (size). English when there is no i18n (tests).
 */
const g = globalThis as unknown as {
  browser?: { i18n?: { getMessage(key: string): string } };
  chrome?: { i18n?: { getMessage(key: string): string } };
};

/** The message for a key of public/_locales/<language>/messages.json, or the English fallback. */
export function pageMessage(key: string, english: string): string {
  try {
    return (g.browser ?? g.chrome)?.i18n?.getMessage(key) || english;
  } catch {
    return english;
  }
}
