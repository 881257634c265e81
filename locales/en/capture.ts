import type { Messages } from '../types';

/** English (source) texts of capture. */
export const capture = {
  'capture.captureSaved': 'Capture saved',
  'capture.sourceSource': 'Source: {source}',
  'capture.closeWindow': 'Close window',
  'capture.newNote': 'New note',
  'capture.note': 'Note',
  'capture.findAPhysician': 'Find a physician',
  'capture.physician': 'Physician',
  'capture.noPhysician': 'No physician',
  'capture.saveNote': 'Save note',
  'capture.rounds': 'Rounds',
  'capture.openingTheCapture': 'Opening the capture…',
  'capture.thisCaptureIsNoLonger':
    'This capture is no longer available. Select the text again and use the Rounds menu item.',
  'capture.roundsCouldNotOpenThis': 'Rounds could not open this capture: {message}',
  'capture.fromSource': 'From {source}',
  'capture.namesInTheSelection': 'Names in the selection',
  'capture.noNameWasRecognisedIn': 'No name was recognised in “{slice}”: type it in below.',
  'capture.newPhysician': 'New physician',
  'capture.swapFirstAndLast': 'Swap first and last',
  'capture.state': 'State',
  'capture.lookUpInNpiRegistry': 'Look up in NPI Registry',
  'capture.lookingUpInTheNpi': 'Looking up in the NPI Registry…',
  'capture.npiRegistryResults': 'NPI Registry results',
  'capture.possibleMatchesInRounds': 'Possible matches in Rounds',
  'capture.alreadyInRounds': 'Already in Rounds?',
  'capture.aPhysicianWithThisNpi': 'A physician with this NPI is already in Rounds: a second record cannot be created.',
  'capture.useThisPhysician': 'Use this physician',
  'capture.createNew': 'Create new',
} satisfies Messages;
