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
  visit: 'Visit',
  'drop-in': 'Drop-in',
  call: 'Call',
  email: 'Email',
  video: 'Video call',
  'lunch-and-learn': 'Lunch and learn',
  event: 'Event',
  'hospital-rounds': 'Hospital rounds',
  'grand-rounds': 'Grand rounds',
  'medical-staff-meeting': 'Medical staff meeting',
  'doctors-lounge': 'Doctors’ lounge visit',
  other: 'Other',
};

/** How each referral status reads to a liaison. */
export const referralStatusLabels: Record<ReferralStatus, string> = {
  received: 'Received',
  scheduled: 'Scheduled',
  seen: 'Seen',
  'report-sent': 'Report sent',
  closed: 'Closed',
  cancelled: 'Cancelled',
  lost: 'Lost',
};

/** How each staff role reads. */
export const staffRoleLabels: Record<(typeof staffRoles)[number], string> = {
  'front-desk': 'Front desk',
  'referral-coordinator': 'Referral coordinator',
  'office-manager': 'Office manager',
  scheduler: 'Scheduler',
  nurse: 'Nurse',
  other: 'Other',
};

/** How each network status reads. */
export const networkStatusLabels: Record<(typeof networkStatuses)[number], string> = {
  'in-network': 'In network',
  affiliated: 'Affiliated',
  independent: 'Independent',
  'out-of-network': 'Out of network',
  competitor: 'Competitor-aligned',
  unknown: 'Unknown',
};

export const preferredContactLabels: Record<(typeof preferredContacts)[number], string> = {
  phone: 'Phone',
  fax: 'Fax',
  email: 'Email',
  visit: 'Visit',
  none: 'No preference',
};

/** Weekday names in the user's language would need a locale's week; the contract names them in English. */
export const weekdayLabels: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
