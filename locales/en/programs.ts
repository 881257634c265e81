import type { Messages } from '../types';

/** English (source) texts of programs. */
export const programs = {
  'programs.programsPresented': 'Programs presented',
  'programs.noProgramsYetAddThem': 'No programs yet: add them on the options page.',
  'programs.left': 'Left {material} · {program}',
  'programs.leftVersion': 'Left {material} (v{version}) · {program}',
  'programs.service': 'Service',
  'programs.clinicalProgram': 'Clinical program',
  'programs.researchStudyTrial': 'Research study / trial',
  'programs.newTechnology': 'New technology',
} satisfies Messages;
