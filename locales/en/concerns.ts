import type { Messages } from '../types';

/** English (source) texts of concerns. */
export const concerns = {
  'concerns.openConcerns': 'Open concerns',
  'concerns.noOpenConcerns': 'No open concerns.',
  'concerns.concernFromWho': 'Concern from {who}',
  'concerns.toReportBack': ' · to report back',
  'concerns.openDaysopenDays': ' · open {daysOpen} days',
  'concerns.resolveConcern': 'Resolve concern',
  'concerns.concern': 'Concern',
  'concerns.concernStatus': 'Concern status',
  'concerns.reportedBack': 'Reported back',
  'concerns.theDayYouToldThe': 'The day you told the physician what changed',
  'concerns.department': 'Department',
  'concerns.owner': 'Owner',
  'concerns.actionsTaken': 'Actions taken',
  'concerns.actionTaken': 'Action taken',
  'concerns.addedToTheConcernS': "Added to the concern's dated steps",
  'concerns.actionDate': 'Action date',
  'concerns.resolution': 'Resolution',
  'concerns.saveResolution': 'Save resolution',
  'concerns.cancel': 'Cancel',
  'concerns.raisedBy': '{who} raised {day}',
  'concerns.concernSavedAsConcernstatus': 'Concern saved as {concernStatus}.',
  'concerns.unknownPhysician': 'Unknown physician',
} satisfies Messages;
