import type { SettingField } from '../../../features/transfer';

/** Each setting by the name people read in the import preview (a new setting must be named here: the type asks). */
export const settingLabels: Record<SettingField, string> = {
  sidebarMode: 'Sidebar placement',
  highlightNames: 'Highlight names on portal pages',
  lastActivity: 'Activity chosen last',
  morningDigest: 'Morning summary',
  referralFollowUpDays: 'Referral follow-up after (days)',
  patientRefRetentionDays: 'Keep patient references for (days)',
  autoBackupWeekly: 'Weekly automatic backup',
  autoBackupKeep: 'Automatic backups kept',
  registryBaseUrl: 'NPI Registry address',
  demoSeeded: 'Sample data added',
  defaultVisitEveryDays: 'Visit every (days), by default',
  monthlyGoals: 'Monthly goals',
  competitors: 'Competitors',
  annualGiftLimitCents: 'Annual gift and meal limit (cents)',
  lockAfterMinutes: 'Lock after (minutes)',
};

const goalLabels: Record<string, string> = {
  visits: 'visits',
  touches: 'touches',
  newReferrers: 'new referrers',
  events: 'events',
};

/** A setting's value as a person reads it. */
export function settingValueText(value: unknown): string {
  if (value === true) return 'on';
  if (value === false) return 'off';
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${goalLabels[k] ?? k} ${settingValueText(v)}`);
    return parts.length > 0 ? parts.join(', ') : 'none';
  }
  return String(value);
}
