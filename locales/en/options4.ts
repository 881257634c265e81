import type { Messages } from '../types';

/** English (source) texts of options. */
export const options4 = {
  'options.programNameRemovedPastOutreach': 'Program {name} removed (past outreach still names it).',
  'options.exportFailed': 'The export failed: {reason}',
  'options.nothingDeleted': 'Nothing was deleted: {reason}',
  'options.nothingImported': 'Nothing was imported: {reason}',
  'options.savedCalendar': { one: 'Saved {name} with {count} event.', other: 'Saved {name} with {count} events.' },
  'options.enabledOn': 'Rounds is enabled on {site}. Reload its open pages.',
  'options.fhirProblems': {
    one: '{count} stored record no longer passes its checks and was left out ({first}).',
    other: '{count} stored records no longer pass their checks and were left out ({first}).',
  },
  'options.jsonProblems': {
    one: '{count} stored record no longer passes its checks and was saved as it is ({first}).',
    other: '{count} stored records no longer pass their checks and were saved as they are ({first}).',
  },
  'options.fileIsProtected':
    'This file is protected with a passphrase: type it in “Passphrase of a protected file”, then choose the file again.',
  'options.privacyPolicy': 'Privacy policy',
  'options.gettingStarted': 'Getting started',
} satisfies Messages;
