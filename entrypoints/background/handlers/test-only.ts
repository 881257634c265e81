import { browser } from 'wxt/browser';
import { backupBrowser } from '../../../features/backup/backup-browser';
import { captureFromMenu, captureMenuItems } from '../../../features/capture/capture-menus.background';
import type { CaptureRoute } from '../../../features/capture/capture-selection.background';
import { readSelection } from '../../../features/capture/read-selection.background';
import { parsePortalAddress } from '../../../features/portals/portal-address';
import { addPortal, hasOriginPermission, viewOf } from '../../../features/portals/portal-registry.background';
import { seedDemoData } from '../../../features/sample-data/seed';
import { testOnlyMessages } from '../../../messaging/messages/test-only';
import type { TestOnlyRoutes } from '../../../messaging/router.background';
import { getDatabase } from '../../../storage/database';
import { makeBackupFile } from '../backup/backup-file';
import { runBackupIfDue } from '../backup/run-backup';
import { captureFrom } from '../capture-wiring';
import {
  detectionOverride,
  discoveryOn,
  setDetectionOverride,
  setDiscovery,
  textModeThreshold,
} from '../portal-tabs/detection-mode';

/**
 * What the browser does when the context menu opens on a selection: it keeps its own copy of the text (whitespace
 * collapsed: `info.selectionText`) and fires `contextmenu` on the page, whose listeners then run. Runs in the page.
 */
function openMenuInPage(): string {
  const selection = getSelection();
  const anchor = selection?.anchorNode;
  const target = anchor instanceof Element ? anchor : (anchor?.parentElement ?? document.body);
  const copy = (selection?.toString() ?? '').replace(/\s+/g, ' ').trim();
  target.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, composed: true }));
  return copy;
}

const menuItemOf = (kind: 'physician' | 'note') =>
  Object.keys(captureMenuItems).find((id) => captureMenuItems[id]?.kind === kind) ?? '';

/** The e2e build's extra messages with their handlers; main.ts routes them only when `e2eBuild`. */
export function testOnlyRoutes(): TestOnlyRoutes {
  return {
    messages: testOnlyMessages(),
    handlers: {
      'demo.seed': async (payload) => seedDemoData(await getDatabase(), { history: payload.history ?? false }),
      'demo.enablePortal': async ({ origin }) => {
        const parsed = parsePortalAddress(origin);
        if (!parsed.ok) throw new Error(parsed.message);
        if (!(await hasOriginPermission(parsed.address.origin))) {
          throw new Error(
            `${parsed.address.origin} is not pre-granted in this build: use Add portal on the options page.`,
          );
        }
        const db = await getDatabase();
        const portal = await addPortal(db, { address: origin, pageKeyParams: ['id'], label: 'Demo portal' });
        return { portal: await viewOf(portal) };
      },
      'portal.detectionMode': async ({ mode, discovery }) => {
        setDetectionOverride(mode);
        if (discovery !== undefined) setDiscovery(discovery);
        return { mode: detectionOverride(), threshold: textModeThreshold, discovery: discoveryOn() };
      },
      // The menu's onClicked path, for a tab found by its URL (a headless browser's menu cannot be clicked).
      'e2e.capture': async ({ kind, url, clickAfterMs }) => {
        const tab = (await browser.tabs.query({})).find((t) => t.url === url);
        if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
        const [opened] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: openMenuInPage });
        await new Promise((r) => setTimeout(r, clickAfterMs));
        let route: CaptureRoute = 'none';
        const info = { menuItemId: menuItemOf(kind), selectionText: String(opened?.result ?? '') };
        const text = await captureFromMenu(
          info,
          tab,
          async (k, t, from) => {
            route = await captureFrom(k, t, from);
          },
          readSelection,
        );
        return { text, route };
      },
      'e2e.runBackup': async ({ now }) => {
        const api = backupBrowser();
        if (!api) throw new Error('no downloads API');
        const start = performance.now();
        const run = await runBackupIfDue(await getDatabase(), api, makeBackupFile, new Date(now));
        return { ...run, ms: Math.round(performance.now() - start) };
      },
    },
  };
}
