import { browser } from 'wxt/browser';
import { getDatabase } from '../../storage/database';
import { onFollowUpWrites } from './badge-updates';
import { countDue } from './due';
import { localDay, nextLocalMidnight } from './local-day';

const midnightAlarm = 'rounds.follow-ups.midnight';

/** What the toolbar badge shows for a count ("" hides it; more than 99 reads "99+"). */
export function badgeText(count: number): string {
  return count <= 0 ? '' : count > 99 ? '99+' : String(count);
}

// Chrome MV3 has `action`; Firefox MV2 has `browserAction` with the same badge calls.
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

async function show(count: number): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  await button.setBadgeText({ text: badgeText(count) });
  await button.setBadgeBackgroundColor({ color: '#b3261e' });
}

/** Recounts due and overdue follow-ups and puts the number on the toolbar button; returns the count. */
export async function refreshBadge(): Promise<number> {
  const count = await countDue(await getDatabase(), localDay());
  await show(count);
  return count;
}

function scheduleMidnight(): void {
  void browser.alarms.create(midnightAlarm, { when: nextLocalMidnight().getTime() });
}

/**
 * Keeps the badge current: on start (a restarted service worker recounts), after every committed follow-up write
 * in the background (the badge's one rule, `badge-updates.ts`; pages send `followUps.changed`), and at each local
 * midnight.
 */
export function startFollowUpBadge(): void {
  const recount = () => void refreshBadge().catch((error: unknown) => console.error('[rounds] badge failed', error));
  recount();
  void getDatabase().then((db) => onFollowUpWrites(db, recount));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== midnightAlarm) return;
    scheduleMidnight();
    recount();
  });
  scheduleMidnight();
}
