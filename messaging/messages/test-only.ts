import { z } from 'zod';
import { defineMessage } from '../define';
import { portalView } from './portals';

/**
 * Messages of the e2e build only (tests, bench, `npm start`). Built on call, never at load: a store build never
 * calls this (the background routes it only when `e2eBuild`), so its bundles hold neither a handler nor these type
 * strings (tests/e2e/manifest-audit.e2e.ts checks the shipped files).
 */
export function testOnlyMessages() {
  return {
    'demo.seed': defineMessage({
      doc: 'Fills an empty directory with the fictional demo data (npm start, demo portal).',
      senders: ['options'],
      // `history` adds fictional outreach, a note, a referral and a due follow-up (npm start; tests leave it off).
      request: z.object({ history: z.boolean().optional() }),
      response: z.object({ seeded: z.boolean(), physicians: z.number() }),
    }),
    'demo.enablePortal': defineMessage({
      doc: 'npm start and e2e: enables an origin the extension already holds permission for (refused otherwise).',
      senders: ['options'],
      request: z.object({ origin: z.string().max(2048) }),
      response: z.object({ portal: portalView }),
    }),
    'portal.detectionMode': defineMessage({
      doc: 'Bench and e2e: forces where names are matched (keys in the page, text in the background) or auto, and turns discovery off or on.',
      senders: ['options'],
      request: z.object({ mode: z.enum(['auto', 'keys', 'text']), discovery: z.boolean().optional() }),
      response: z.object({ mode: z.enum(['auto', 'keys', 'text']), threshold: z.number(), discovery: z.boolean() }),
    }),
    'e2e.capture': defineMessage({
      doc: 'Runs the context menu’s capture on the selection in the tab at `url`, as a headless browser cannot click the menu.',
      senders: ['options'],
      request: z.object({
        kind: z.enum(['physician', 'note']),
        url: z.string().max(4000),
        /** Milliseconds between the menu opening (its copy of the selection taken) and the click on the item. */
        clickAfterMs: z.number().int().min(0).max(5000).default(0),
      }),
      response: z.object({ text: z.string(), route: z.enum(['sidebar', 'window', 'none']) }),
    }),
    'e2e.runBackup': defineMessage({
      doc: 'Runs the automatic backup now (the real path), as if the twice-daily alarm had fired at `now`.',
      senders: ['options'],
      request: z.object({ now: z.iso.datetime() }),
      response: z.object({
        result: z.enum(['off', 'not-due', 'saved', 'failed', 'pending']),
        downloadId: z.number().optional(),
        fileName: z.string().optional(),
        bytes: z.number().optional(),
        error: z.string().optional(),
        ms: z.number(),
      }),
    }),
  };
}
