import { browser } from 'wxt/browser';
import { getDatabase } from '../../storage/database';
import { loadSettings } from '../../storage/settings-store';
import { displayName } from '../directory/display-name';
import { loadDue } from './due';
import { localDay } from './local-day';
import { digestMessage, nextDigestTime } from './morning-digest';

const alarmName = 'rounds.follow-ups.morning-digest';

/** Shows the morning notification when the setting is on and the user granted the notifications permission. */
export async function showMorningDigest(): Promise<boolean> {
  const db = await getDatabase();
  if (!(await loadSettings(db)).morningDigest) return false;
  if (!browser.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  const groups = await loadDue(db, localDay());
  const ids = [...groups.overdue, ...groups.today].map((f) => f.physicianId).filter((id): id is string => Boolean(id));
  const physicians = new Map((await db.physicians.bulkGet(ids)).flatMap((p) => (p ? [[p.id, displayName(p)]] : [])));
  const text = digestMessage(groups, (id) => physicians.get(id));
  if (!text) return false;
  await browser.notifications.create(alarmName, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
  });
  return true;
}

/** Schedules the daily morning alarm; the notification itself checks the setting each morning (off by default). */
export function startMorningDigest(): void {
  const schedule = () => void browser.alarms.create(alarmName, { when: nextDigestTime().getTime() });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== alarmName) return;
    schedule();
    void showMorningDigest().catch((error: unknown) => console.error('[rounds] morning digest failed', error));
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id === alarmName) void browser.tabs.create({ url: browser.runtime.getURL('/activity.html') });
  });
  schedule();
}
