import type { GoalKey } from './monthly-progress';

/** How each monthly goal reads, and what it counts. */
export const goalLabels: Record<GoalKey, string> = {
  visits: 'Visits',
  touches: 'Touches',
  newReferrers: 'New referrers',
  events: 'Events',
};

export const goalMeanings: Record<GoalKey, string> = {
  visits: 'in-person outreach: visits, drop-ins, lunch-and-learns, events, hospital presence',
  touches: 'every outreach, calls and emails included',
  newReferrers: 'physicians whose first referral arrived this month',
  events: 'events and lunch-and-learns',
};
