/**
 * Text-mode message caps (`portal.pageText`), shared by the content script that fills a message and the
 * background's schema that checks it: blocks and characters per message, one block's text (a long <pre> report is
 * cut there: names beyond are not looked for), removed ids per message. No zod here: the content script imports it.
 */
export const pageTextCaps = { blocks: 5_000, blockChars: 100_000, messageChars: 600_000, removed: 100_000 };
