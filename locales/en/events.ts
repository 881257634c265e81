import type { Messages } from '../types';

/** English (source) texts of events. */
export const events = {
  'events.logEvent': 'Log event',
  'events.eventType': 'Event type',
  'events.eventDate': 'Event date',
  'events.venue': 'Venue',
  'events.aPracticeARestaurantA': 'A practice, a restaurant, a hospital room',
  'events.speaker': 'Speaker',
  'events.invitees': 'Invitees',
  'events.attendees': 'Attendees',
  'events.officeStaffAttending': 'Office staff attending',
  'events.namesSeparatedByCommas': 'Names, separated by commas',
  'events.cost': 'Cost',
  'events.dollarsFoodAndRoom': 'Dollars, food and room',
  'events.headcount': 'Headcount',
  'events.everyoneWhoAteIfMore': 'Everyone who ate, if more than those named',
  'events.eventNotes': 'Event notes',
  'events.saveEvent': 'Save event',
  'events.cancel': 'Cancel',
  'events.labelChosen': '{label} chosen',
  'events.remove': 'Remove',
  'events.removeDisplaynameFromTolowercase': 'Remove {displayName} from {toLowerCase}',
  'events.labelSuggestions': '{label} suggestions',
  'events.loggedTheEventAndLength': 'Logged the event and {length} outreach touches.',
} satisfies Messages;
