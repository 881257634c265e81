import type { Messages } from '../types';

/** English (source) texts of calendar. */
export const calendar = {
  'calendar.addToCalendar': 'Add to calendar',
} satisfies Messages;
