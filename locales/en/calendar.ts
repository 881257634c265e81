import type { Messages } from '../types';

/** English (source) texts of calendar. */
export const calendar = {
  'calendar.addToCalendar': 'Add to calendar',
  'calendar.savedFilenameOpenItTo': 'Saved {fileName}: open it to add it to your calendar.',
} satisfies Messages;
