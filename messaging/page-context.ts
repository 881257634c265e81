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

/**
 * A provider the page names with a physician cue (credential, "Dr.", a provider label, an NPI) who is not in the
 * directory: the parsed name parts the capture form is prefilled with. Never a name without such a cue.
 */
export const discoveredProvider = z.object({
  /** Folded "first last", the key ignores are kept by. */
  key: z.string().max(200),
  display: z.string().max(300),
  prefix: z.string().max(50),
  first: z.string().max(100),
  middle: z.string().max(100),
  last: z.string().max(100),
  suffix: z.string().max(50),
  credentials: z.array(z.string().max(20)).max(10),
  npi: z
    .string()
    .regex(/^\d{10}$/)
    .optional(),
});
export type DiscoveredProvider = z.infer<typeof discoveredProvider>;

/**
 * A row of a referral queue on the page: its key (page key + the row's id in the page, never a patient name), the
 * provider cell and the directory physician it names, and the row's status and service text.
 */
export const queueRow = z.object({
  rowKey: z.string().max(2400),
  rowId: z.string().max(200),
  provider: z.string().max(200),
  physicianId: z.string().nullable(),
  status: z.string().max(200),
  service: z.string().max(200),
});
export type QueueRow = z.infer<typeof queueRow>;

/** A referral-queue table's headers and which column holds what (learnt from the headers, corrected per portal). */
export const queueTable = z.object({
  headers: z.array(z.string().max(100)).max(40),
  roles: z.object({
    provider: z.number().int().optional(),
    status: z.number().int().optional(),
    service: z.number().int().optional(),
    reference: z.number().int().optional(),
  }),
});
export type QueueTable = z.infer<typeof queueTable>;

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
  /** "Not in your directory yet": providers named on the page with a physician cue, not in the directory. */
  discovered: z.array(discoveredProvider).max(100).optional(),
  /** Referral-queue rows on the page (provider, status, service, reference only). */
  queueRows: z.array(queueRow).max(500).optional(),
  queueTables: z.array(queueTable).max(10).optional(),
  /** Set when a context-menu capture asked the sidebar to open on a prefilled form or a physician. */
  capture: pendingCapture.optional(),
});
export type PageContext = z.infer<typeof pageContext>;

/** The sidebar's view of its page context: waiting for the background, refused, or ready. */
export type PageContextState =
  | { status: 'pending' }
  | { status: 'refused'; reason: string }
  | { status: 'ready'; context: PageContext };
