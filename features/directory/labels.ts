import { t } from '../../locales/i18n';
import type {
  activityTypes,
  networkStatuses,
  preferredContacts,
  ReferralStatus,
  staffRoles,
  Weekday,
} from '../../storage/schemas';

type ActivityType = (typeof activityTypes)[number];

/** How each outreach type reads to a liaison. */
export const activityLabels: Record<ActivityType, string> = {
  visit: t('directory.visit'),
  'drop-in': t('directory.dropIn'),
  call: t('directory.call'),
  email: t('directory.email'),
  video: t('directory.videoCall'),
  'lunch-and-learn': t('directory.lunchAndLearn'),
  event: t('directory.event'),
  'hospital-rounds': t('directory.hospitalRounds'),
  'grand-rounds': t('directory.grandRounds'),
  'medical-staff-meeting': t('directory.medicalStaffMeeting'),
  'doctors-lounge': t('directory.doctorsLoungeVisit'),
  other: t('directory.other'),
};

/** How each referral status reads to a liaison. */
export const referralStatusLabels: Record<ReferralStatus, string> = {
  received: t('directory.received'),
  scheduled: t('directory.scheduled'),
  seen: t('directory.seen'),
  'report-sent': t('directory.reportSent'),
  closed: t('directory.closed'),
  cancelled: t('directory.cancelled'),
  lost: t('directory.lost'),
};

/** How each staff role reads. */
export const staffRoleLabels: Record<(typeof staffRoles)[number], string> = {
  'front-desk': t('directory.frontDesk'),
  'referral-coordinator': t('directory.referralCoordinator'),
  'office-manager': t('directory.officeManager'),
  scheduler: t('directory.scheduler'),
  nurse: t('directory.nurse'),
  other: t('directory.other'),
};

/** How each network status reads. */
export const networkStatusLabels: Record<(typeof networkStatuses)[number], string> = {
  'in-network': t('directory.inNetwork'),
  affiliated: t('directory.affiliated'),
  independent: t('directory.independent'),
  'out-of-network': t('directory.outOfNetwork'),
  competitor: t('directory.competitorAligned'),
  unknown: t('directory.unknown'),
};

export const preferredContactLabels: Record<(typeof preferredContacts)[number], string> = {
  phone: t('directory.phone'),
  fax: t('directory.fax'),
  email: t('directory.email'),
  visit: t('directory.visit'),
  none: t('directory.noPreference'),
};

/** Weekday names in the user's language would need a locale's week; the contract names them in English. */
export const weekdayLabels: Record<Weekday, string> = {
  mon: t('directory.monday'),
  tue: t('directory.tuesday'),
  wed: t('directory.wednesday'),
  thu: t('directory.thursday'),
  fri: t('directory.friday'),
  sat: t('directory.saturday'),
  sun: t('directory.sunday'),
};
