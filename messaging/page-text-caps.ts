/**
 * Text-mode message caps (`portal.pageText`), shared by the content script that fills a message and the
 * background's schema that checks it: blocks and characters per message, one block's text (a long <pre> report is
 * cut there: names beyond are not looked for), removed ids per message, and the budgets that keep a page that
 * rewrites huge blocks every frame from keeping the background busy. No zod here: the content script imports it.
 */
export const pageTextCaps = {
  blocks: 5_000,
  blockChars: 100_000,
  /** Kept small so that the page's share of one message (its structured clone) stays a short task (#19). */
  messageChars: 50_000,
  removed: 100_000,
  /** Characters one flush sends at most; the rest waits for the next flush. */
  flushChars: 1_200_000,
  /** Characters a tab sends per second at most (the content script keeps to it; the background enforces twice it). */
  charsPerSecond: 1_200_000,
};
