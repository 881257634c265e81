import { z } from 'zod';
import { pendingCapture } from './pending-capture';

/**
 * The contract between the injection side (content script, background tab state, handshake) and the sidebar UI.
 * The sidebar never reads the host page: it learns what page it sits beside only from the background, after the
 * background has confirmed the frame is the one Rounds mounted in a tab where the user opened it.
 */

/** A directory physician seen on the page: an id and how often it was named (no text from the page). */
export const detectedPhysician = z.object({ physicianId: z.string(), count: z.number().int().min(0) });
export type DetectedPhysician = z.infer<typeof detectedPhysician>;

/** What the sidebar may know of the page beside it. */
export const pageContext = z.object({
  tabId: z.number(),
  portalId: z.string(),
  origin: z.string(),
  path: z.string(),
  title: z.string(),
  /** From the portal's page-key rules (features/detection/page-key.ts); notes attached to the page use it. */
  pageKey: z.string(),
  detected: z.array(detectedPhysician),
  /** Set when a context-menu capture asked the sidebar to open on a prefilled form or a physician. */
  capture: pendingCapture.optional(),
});
export type PageContext = z.infer<typeof pageContext>;

/** The sidebar's view of its page context: waiting for the background, refused, or ready. */
export type PageContextState =
  | { status: 'pending' }
  | { status: 'refused'; reason: string }
  | { status: 'ready'; context: PageContext };
