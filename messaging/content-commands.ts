import { z } from 'zod';

/**
 * Background → portal content script (`tabs.sendMessage`, frame 0 only). The schema is the definition; the
 * content script carries no zod, so it checks incoming commands with `read-content-command.content.ts`, which a
 * test holds to this schema, and the background parses what it sends (`tab-commands.ts`).
 */

/**
 * What the content script receives to find directory physicians on a page: folded name keys only. Plain JSON
 * (parallel arrays, no repeated keys) so it is small to post. A physician's position in the arrays is its
 * opaque id on the page side: record ids, notes and contact details never leave the extension. Positions are
 * only meaningful for one `generation`.
 */
export const matchKeys = z
  .object({
    generation: z.number(),
    /** Folded last name words joined by one space ("garcia lopez"). */
    last: z.array(z.string()),
    /** Folded first word of the first name ("" when unknown). */
    first: z.array(z.string()),
    /** Folded middle initial ("" when none): enough to tell two Jane Smiths apart, and smaller. */
    middle: z.array(z.string()),
    /** NPI per position ("" when none); only NPIs with a valid check digit, so the page side needs no check. */
    npi: z.array(z.string()),
  })
  .refine((k) => k.last.length === k.first.length, { message: 'last and first are parallel', path: ['first'] });
export type MatchKeys = z.infer<typeof matchKeys>;

/** Every command the background may send to a portal's content script. */
export const backgroundCommand = z.discriminatedUnion('rounds', [
  z.object({ rounds: z.literal('open') }),
  z.object({ rounds: z.literal('close') }),
  /** The directory changed: new match keys, re-scan. */
  z.object({ rounds: z.literal('keys'), keys: matchKeys }),
  /** Text mode: the directory changed (or the background lost its results): send every text block again. */
  z.object({ rounds: z.literal('rescan') }),
  /** The sidebar frame holding this mount nonce connected and was checked: it may show. */
  z.object({ rounds: z.literal('sidebarReady'), nonce: z.string().min(16).max(64) }),
  /** The confirmed sidebar holding this nonce went away (its frame was navigated): replace the frame. */
  z.object({ rounds: z.literal('sidebarLost'), nonce: z.string().min(16).max(64) }),
  /** The portal was removed: take everything away. */
  z.object({ rounds: z.literal('disable') }),
]);
export type BackgroundCommand = z.infer<typeof backgroundCommand>;
