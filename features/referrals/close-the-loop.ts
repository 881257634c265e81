import { type MessageKey, t, uiLocale } from '../../locales/i18n';
import type { Referral } from '../../storage/schemas';
import { safePatientLabel } from './patient-reference-guard';

/** The statuses at which the referring office should hear back. */
export const loopClosingStatuses = ['scheduled', 'seen'] as const;
export type LoopClosingStatus = (typeof loopClosingStatuses)[number];

export function isLoopClosingStatus(status: string): status is LoopClosingStatus {
  return (loopClosingStatuses as readonly string[]).includes(status);
}

/** Where and how dates are shown: the user's locale and zone, passed in so tests are fixed. */
export interface LocaleZone {
  locale: string;
  timeZone: string;
}

/** The runtime's own locale and zone. */
export function userLocaleZone(): LocaleZone {
  const { timeZone } = new Intl.DateTimeFormat().resolvedOptions();
  return { locale: uiLocale(), timeZone };
}

/** The message per status, without and with a service line (the catalogue's words, locales/). */
const loopKeys = {
  scheduled: ['referrals.loopScheduled', 'referrals.loopScheduledWith'],
  seen: ['referrals.loopSeen', 'referrals.loopSeenBy'],
} as const satisfies Record<LoopClosingStatus, readonly [MessageKey, MessageKey]>;

/**
 * A message the liaison can copy to the referring office, e.g.
 * "Your patient J.D. referred on 3 Nov was seen on 12 Nov by Cardiology".
 * It never carries a name: the patientRef appears only when it looks like initials or an MRN.
 */
export function loopClosingMessage(
  referral: Pick<Referral, 'receivedAt' | 'serviceLine' | 'sensitive'>,
  status: LoopClosingStatus,
  at: string,
  where: LocaleZone,
): string {
  const received = new Date(referral.receivedAt);
  const happened = new Date(at);
  const yearOf = new Intl.DateTimeFormat('en-US', { timeZone: where.timeZone, year: 'numeric' });
  // Show the year only when the two dates fall in different years, where "3 Nov" alone would mislead.
  const year = yearOf.format(received) === yearOf.format(happened) ? undefined : 'numeric';
  const date = new Intl.DateTimeFormat(where.locale, {
    timeZone: where.timeZone,
    day: 'numeric',
    month: 'short',
    year,
  });
  const label = safePatientLabel(referral.sensitive.patientRef, happened);
  const who = label ? t('referrals.yourPatientLabel', { label }) : t('referrals.yourPatient');
  const serviceLine = referral.serviceLine.trim();
  return t(loopKeys[status][serviceLine ? 1 : 0], {
    who,
    received: date.format(received),
    happened: date.format(happened),
    service: serviceLine,
  });
}

/** The calendar day (YYYY-MM-DD) `days` after the local day of `at` in `timeZone`. */
export function localDayPlus(at: string, days: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day') + days)).toISOString().slice(0, 10);
}
