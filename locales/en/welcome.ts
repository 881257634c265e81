import type { Messages } from '../types';

/** English (source) texts of welcome. */
export const welcome = {
  'welcome.sixFictionalPhysiciansAndThree':
    'Six fictional physicians and three practices, to see Rounds at work before you add your own.',
  'welcome.addSampleData': 'Add sample data',
  'welcome.removeSampleData': 'Remove sample data',
  'welcome.welcomeToRounds': 'Welcome to Rounds',
  'welcome.roundsKeepsYourPhysicianNotes':
    'Rounds keeps your physician notes, outreach and referrals beside the portals you already use. Everything stays in this browser. Pick a way to start:',
  'welcome.enableAPortal': 'Enable a portal',
  'welcome.addTheAddressOfYour':
    'Add the address of your EHR or scheduling portal; the sidebar then names the physicians it recognises.',
  'welcome.addAPortalInSettings': 'Add a portal in settings',
  'welcome.importYourRoster': 'Import your roster',
  'welcome.bringInACsvOf': 'Bring in a CSV of the physicians you cover (any column order; you match the columns).',
  'welcome.importARosterInSettings': 'Import a roster in settings',
  'welcome.trySampleData': 'Try sample data',
  'welcome.whatRoundsStoresAndThe': ': what Rounds stores and the one thing it ever sends.',
  'welcome.privacyPolicy': 'Privacy policy',
  'welcome.addedCountFictionalPhysiciansOpen':
    'Added {count} fictional physicians. Open the popup or settings to look around.',
  'welcome.sampleDataGoesOnlyInto': 'Sample data goes only into an empty directory; yours already has physicians.',
  'welcome.removedCountSamplePhysicians': 'Removed {count} sample physicians.',
} satisfies Messages;
