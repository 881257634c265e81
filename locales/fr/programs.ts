import type { programs as english } from '../en/programs';
import type { Translation } from '../types';

export const programs: Translation<typeof english> = {
  'programs.programsPresented': 'Programmes présentés',
  'programs.noProgramsYetAddThem': 'Pas encore de programmes : ajoutez-les dans la page des options.',
  'programs.left': 'Laissé {material} · {program}',
  'programs.leftVersion': 'Laissé {material} (v{version}) · {program}',
  'programs.service': 'Service',
  'programs.clinicalProgram': 'Programme clinique',
  'programs.researchStudyTrial': 'Étude de recherche / essai',
  'programs.newTechnology': 'Nouvelle technologie',
};
