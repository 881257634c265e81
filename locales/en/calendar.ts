import type { Messages } from '../types';

/** English (source) texts of calendar. */
export const calendar = {
  'calendar.addToCalendar': 'Add to calendar',
  'calendar.savedFilenameOpenItTo': 'Saved {fileName}: open it to add it to your calendar.',
  'calendar.updateTheReferringOffice': 'Update the referring office',
  'calendar.followUpWhat': 'Follow up',
  'calendar.followUp': 'Rounds follow-up.',
  'calendar.roundsWhat': 'Rounds: {what}',
  'calendar.officePhonePhone': 'Office phone {phone}.',
  'calendar.plannedInRounds': 'Planned in Rounds.',
  'calendar.followUpWith': 'Rounds follow-up with {who}.',
  'calendar.physicianGone': 'A physician no longer in the directory',
  'calendar.officeVisits': { one: 'Office visits: {count} stop', other: 'Office visits: {count} stops' },
} satisfies Messages;
