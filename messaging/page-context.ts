/**
 * The contract between the injection side (content script, background tab state, handshake) and the sidebar UI.
 * The sidebar never reads the host page: it learns what page it sits beside only from the background, after the
 * background has confirmed the frame is the one Rounds mounted in a tab where the user opened it.
 */

/** A directory physician seen on the page: an id and how often it was named (no text from the page). */
export interface DetectedPhysician {
  physicianId: string;
  count: number;
}

/** What the sidebar may know of the page beside it. */
export interface PageContext {
  tabId: number;
  portalId: string;
  origin: string;
  path: string;
  title: string;
  /** From the portal's page-key rules (features/detection/page-key.ts); notes attached to the page use it. */
  pageKey: string;
  detected: DetectedPhysician[];
  /** Set when a context-menu capture asked the sidebar to open on a prefilled form or a physician. */
  capture?: { kind: 'physician' | 'note'; text: string; url: string; title: string; at: string } | undefined;
}

export type PageContextState =
  | { status: 'pending' }
  | { status: 'refused'; reason: string }
  | { status: 'ready'; context: PageContext };
