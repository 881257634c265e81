import type { activityTypes, ReferralStatus } from '../../storage/schemas';

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
};
