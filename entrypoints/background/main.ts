import { browser } from 'wxt/browser';
import { startIdleLock } from '../../features/encryption/idle-lock.background';
import { startFollowUpBadge } from '../../features/follow-ups/badge.background';
import { startMorningDigest } from '../../features/follow-ups/morning-digest.background';
import { e2eBuild } from '../../features/instrumentation/marks';
import { startReferralRetention } from '../../features/referrals/retention.background';
import { startTeam } from '../../features/team/sync.background';
import { createRouter } from '../../messaging/router.background';
import { startBackups } from './backup/schedule';
import { startCapture } from './capture-wiring';
import { startE2eBridge } from './e2e-bridge';
import { startFirstRun } from './first-run';
import { handlers } from './handlers';
import { testOnlyRoutes } from './handlers/test-only';
import { startPortals } from './portal-tabs/start-portals';

/** Wires the background: one validated, sender-checked message router. */
export function startBackground(): void {
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onError: (type, error) => console.error(`[rounds] ${type} failed`, error),
    // demo.*, portal.detectionMode, e2e.*: compiled out of store builds with everything they use.
    testOnly: e2eBuild ? testOnlyRoutes() : undefined,
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  startPortals();
  startFirstRun();
  if (e2eBuild) startE2eBridge();
  startFollowUpBadge();
  startMorningDigest();
  startCapture();
  startReferralRetention();
  startBackups();
  startIdleLock();
  startTeam();
}
