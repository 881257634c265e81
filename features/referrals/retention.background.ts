import { browser } from 'wxt/browser';
import { getDatabase } from '../../storage/database';
import { applyPatientRefRetention } from './patient-ref-retention';

const retentionAlarm = 'rounds.referrals.retention';

async function runRetention(): Promise<void> {
  const cleared = await applyPatientRefRetention(await getDatabase());
  if (cleared.referrals) console.info(`[rounds] cleared patient references from ${cleared.referrals} old referrals`);
}

const report = (error: unknown) => console.error('[rounds] referral retention failed', error);

/** Applies settings.patientRefRetentionDays at startup and once a day (an alarm survives the worker's sleep). */
export function startReferralRetention(): void {
  void runRetention().catch(report);
  void browser.alarms.get(retentionAlarm).then((existing) => {
    if (!existing) void browser.alarms.create(retentionAlarm, { delayInMinutes: 60, periodInMinutes: 24 * 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === retentionAlarm) void runRetention().catch(report);
  });
}
