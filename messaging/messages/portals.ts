import { z } from 'zod';
import { matchKeys } from '../content-commands';
import { defineMessage } from '../define';
import { detectedPhysician } from '../page-context';
import { pageTextCaps } from '../page-text-caps';

export const portalView = z.object({
  id: z.string(),
  origin: z.string(),
  pathPrefix: z.string(),
  label: z.string(),
  pageKeyParams: z.array(z.string()),
  managed: z.boolean(),
  /** Whether the browser still grants the host permission (the user may revoke it in browser settings). */
  granted: z.boolean(),
});
export type PortalView = z.infer<typeof portalView>;

const pageUrl = z.string().max(4096);
const pageTitle = z.string().max(500);
const detectionMode = z.enum(['keys', 'text']);
const blockId = z.number().int().min(0);
const pageBlocks = z
  .array(z.tuple([blockId, z.string().max(pageTextCaps.blockChars + 1)])) // + a patient-cell mark
  .max(pageTextCaps.blocks)
  .refine((blocks) => blocks.reduce((n, [, t]) => n + t.length, 0) <= pageTextCaps.messageChars, 'too much text');
const removedBlocks = z.array(blockId).max(pageTextCaps.removed);

export const portalMessages = {
  'portals.list': defineMessage({
    doc: 'Enabled portals with whether their host permission is still granted (options page, popup).',
    senders: ['options', 'popup'],
    request: z.object({}),
    response: z.object({ portals: z.array(portalView) }),
  }),
  'portals.add': defineMessage({
    doc: 'Stores a portal whose host permission the page has just obtained and registers its content script.',
    senders: ['options', 'popup'],
    request: z.object({
      address: z.string().max(2048),
      pageKeyParams: z.array(z.string().max(100)).max(20).default([]),
      label: z.string().max(100).default(''),
    }),
    response: z.object({ portal: portalView }),
  }),
  'portals.update': defineMessage({
    doc: 'Changes a portal’s path prefix or page-key parameters and re-registers its content script.',
    senders: ['options'],
    request: z.object({
      id: z.string(),
      pathPrefix: z.string().max(500).optional(),
      pageKeyParams: z.array(z.string().max(100)).max(20).optional(),
    }),
    response: z.object({ portal: portalView }),
  }),
  'portals.remove': defineMessage({
    doc: 'Unregisters a portal’s content script, removes it from open tabs, deletes it and drops the permission.',
    senders: ['options'],
    request: z.object({ id: z.string() }),
    response: z.object({ removed: z.boolean() }),
  }),
  'portal.contentReady': defineMessage({
    doc: 'The content script on a page asks whether the page is an enabled portal, with layout and match keys.',
    senders: ['content'],
    request: z.object({ url: pageUrl, title: pageTitle }),
    response: z.discriminatedUnion('enabled', [
      z.object({ enabled: z.literal(false) }),
      z.object({
        enabled: z.literal(true),
        open: z.boolean(),
        width: z.number(),
        mode: z.enum(['push', 'overlay']),
        /** Where names are matched: in the page (keys, small directories) or in the background (text). */
        detection: detectionMode,
        /** Whether the page looks for providers not in the directory and referral rows (the bench turns it off). */
        discovery: z.boolean(),
      }),
    ]),
  }),
  'portal.matchKeys': defineMessage({
    doc: 'The content script of an enabled portal page asks for the directory’s match keys (name keys only).',
    senders: ['content'],
    request: z.object({}),
    response: z.object({ keys: matchKeys }),
  }),
  'portal.sidebarMounted': defineMessage({
    doc: 'The content script registers the one-time nonce it puts in the sidebar frame’s URL, before loading it.',
    senders: ['content'],
    request: z.object({ nonce: z.string().min(16).max(100) }),
    response: z.object({ ok: z.boolean() }),
  }),
  'portal.pageReport': defineMessage({
    doc: 'The content script reports the page’s URL, title and physician counts by match-key position (no text).',
    senders: ['content'],
    request: z.object({
      generation: z.number(),
      url: pageUrl,
      title: pageTitle,
      counts: z.array(z.tuple([z.number().int().min(0), z.number().int().min(1)])).max(10_000),
      /** Blocks with a physician cue ("Dr.", MD, a provider label, an NPI), for "Not in your directory yet". */
      cues: z.object({ reset: z.boolean(), blocks: pageBlocks, removed: removedBlocks }).optional(),
    }),
    /** rescan: the background lost the page's cue blocks (it restarted): send them all again, reset first. */
    response: z.object({ keys: matchKeys.nullable(), disable: z.boolean(), rescan: z.boolean().optional() }),
  }),
  'portal.pageText': defineMessage({
    doc: 'Text mode: the content script sends changed text blocks (by opaque block id) and removed ids; matched in memory, never stored.',
    senders: ['content'],
    request: z.object({
      url: pageUrl,
      title: pageTitle,
      /** The first chunk of a full read: the background drops what it had for this tab. */
      reset: z.boolean(),
      blocks: pageBlocks,
      removed: removedBlocks,
    }),
    /**
     * rescan: the background has no results for this page (it restarted): send every block again, reset first.
     * throttled: the tab sent more than its budget this second; nothing of this message was matched: send it later.
     */
    response: z.object({ disable: z.boolean(), rescan: z.boolean(), throttled: z.boolean() }),
  }),
  'portal.tableRows': defineMessage({
    doc: 'The content script sends the referral-queue tables’ headers and their provider, status, service and reference cells (never a patient column).',
    senders: ['content'],
    request: z.object({
      tables: z
        .array(
          z.object({
            headers: z.array(z.string().max(100)).max(40),
            rows: z.array(z.tuple([z.string().max(100), z.array(z.string().max(200).nullable()).max(40)])).max(500),
          }),
        )
        .max(10),
    }),
    response: z.object({}),
  }),
  'portal.sidebarLayout': defineMessage({
    doc: 'The content script saves the sidebar’s open state and width for this portal (extension storage).',
    senders: ['content'],
    request: z.object({ open: z.boolean(), width: z.number().int().min(200).max(1200) }),
    response: z.object({}),
  }),
  'popup.tabState': defineMessage({
    doc: 'For the popup: whether the active tab is an enabled portal, who is detected, whether the sidebar is open.',
    senders: ['popup'],
    request: z.object({}),
    response: z.object({
      portal: z.enum(['enabled', 'not-enabled', 'unsupported']),
      origin: z.string().nullable(),
      detected: z.array(detectedPhysician),
      sidebarOpen: z.boolean(),
    }),
  }),
  'popup.enableSite': defineMessage({
    doc: 'After the popup asked for the permission: waits for the grant, stores the portal, injects the sidebar.',
    senders: ['popup'],
    request: z.object({ origin: z.string().max(2048) }),
    response: z.object({ enabled: z.boolean() }),
  }),
  'popup.toggleSidebar': defineMessage({
    doc: 'Opens or closes the sidebar in the active tab (injecting the content script on an enabled portal).',
    senders: ['popup'],
    request: z.object({}),
    response: z.object({ open: z.boolean() }),
  }),
};
