import type { Messages } from '../types';

/** English (source) texts of transfer. */
export const transfer = {
  'transfer.unexpectedToken': ' (unexpected "{token}")',
  'transfer.tooLongAtMostMaximum': 'too long (at most {maximum} characters)',
  'transfer.tooManyItemsAtMost': 'too many items (at most {maximum})',
  'transfer.expectedExpected': 'expected {expected}',
  'transfer.itLooksLikeARaw': ' It looks like a raw database dump made by another tool.',
  'transfer.exportedatNotADateAnd': 'exportedAt: not a date and time',
  'transfer.tableExpectedAListOf': '{table}: expected a list of records',
  'transfer.staysDeletedDeletedInRounds': "stays deleted: deleted in Rounds on {day}, after the file's copy was saved",
  'transfer.keptTheCopyInRounds': "kept the copy in Rounds: changed on {day}, after the file's copy ({day2})",
  'transfer.writeTable': 'write {table}',
  'transfer.lineLine': 'line {line}',
  'transfer.thisFileIsEmpty': 'This file is empty.',
  'transfer.thisFileEndsEarlyIt':
    'This file ends early: it looks truncated (an interrupted download or copy). Export again from the original.',
  'transfer.thisFileIsNotValid': 'This file is not valid JSON{where}, so it is not a Rounds export.',
  'transfer.thisRoundsExportHasNo': 'This Rounds export has no valid version number ({string}).',
  'transfer.thisFileWasExportedBy':
    'This file was exported by a newer version of Rounds (file version {version}; this one reads up to {target}). Update Rounds, then import again.',
  'transfer.roundsCannotReadExportVersion': 'Rounds cannot read export version {version}.',
  'transfer.thisFileIsMegabytesRounds':
    'This file is {megabytes}; Rounds imports files up to {megabytes2}. Export a date range or selected physicians instead.',
  'transfer.thisFileIsUtf16':
    'This file is UTF-16 text; Rounds exports are UTF-8. Open the original export file rather than a re-saved copy.',
  'transfer.thisFileIsNotUtf':
    'This file is not UTF-8 text (it may have been re-saved as Latin-1 or Windows-1252); Rounds exports are UTF-8.',
  'transfer.thisJsonFileIsNot': 'This JSON file is not a Rounds export (it has no "format": "rounds-export").',
  'transfer.thisJsonFileIsNot2': 'This JSON file is not a Rounds export (it has no "format": "rounds-export").{hint}',
  'transfer.thisFileHasNoData': 'This file has no "data" object; nothing was imported.',
  'transfer.thisFileDoesNotLook': 'This file does not look like a table with a header row (CSV).',
  'transfer.roundsDataChangedSinceThis':
    'Rounds data changed since this preview was made (another window saved something). Preview the file again.',
  'transfer.lineLineProblems': 'line {line}: {problems}',
  'transfer.someOfThesePhysiciansWere':
    'Some of these physicians were added since the preview. Preview the file again.',
  'transfer.forbiddenKey':
    'This file contains the key "{key}" at {place}, which Rounds never writes; it was refused to protect your data.',
  'transfer.lineColumn': 'line {line}, column {column}',
  'transfer.moreProblems': { one: '… and {count} more problem', other: '… and {count} more problems' },
  'transfer.fileProblems': {
    one: 'This file has {count} problem; nothing was imported. {first}',
    other: 'This file has {count} problems; nothing was imported. {first}',
  },
  'transfer.largerThan': 'This file is larger than {megabytes} MB.',
  'transfer.theTopLevel': 'the top level',
  'transfer.atPlace': ' at {place}',
} satisfies Messages;
