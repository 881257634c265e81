import type { SettingField } from '../../../features/transfer';
import { t } from '../../../locales/i18n';

/** Each setting by the name people read in the import preview (a new setting must be named here: the type asks). */
export const settingLabels: Record<SettingField, string> = {
  sidebarMode: t('options.sidebarPlacement'),
  highlightNames: t('options.highlightNamesOnPortalPages'),
  lastActivity: t('options.activityChosenLast'),
  morningDigest: t('options.morningSummary'),
  referralFollowUpDays: t('options.referralFollowUpAfterDays'),
  patientRefRetentionDays: t('options.keepPatientReferencesForDays'),
  autoBackupWeekly: t('options.weeklyAutomaticBackup'),
  autoBackupKeep: t('options.automaticBackupsKept'),
  registryBaseUrl: t('options.npiRegistryAddress'),
  demoSeeded: t('options.sampleDataAdded'),
  defaultVisitEveryDays: t('options.visitEveryDaysByDefault'),
  monthlyGoals: t('options.monthlyGoals'),
  competitors: t('options.competitors'),
  annualGiftLimitCents: t('options.annualGiftAndMealLimit2'),
  lockAfterMinutes: t('options.lockAfterMinutes'),
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
