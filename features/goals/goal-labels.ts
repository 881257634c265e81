import { t } from '../../locales/i18n';
import type { GoalKey } from './monthly-progress';

/** How each monthly goal reads, and what it counts. */
export const goalLabels: Record<GoalKey, string> = {
  visits: t('goals.visits'),
  touches: t('goals.touches'),
  newReferrers: t('goals.newReferrers'),
  events: t('goals.events'),
};

export const goalMeanings: Record<GoalKey, string> = {
  visits: 'in-person outreach: visits, drop-ins, lunch-and-learns, events, hospital presence',
  touches: 'every outreach, calls and emails included',
  newReferrers: 'physicians whose first referral arrived this month',
  events: 'events and lunch-and-learns',
};
