import type { programs as english } from '../en/programs';
import type { Translation } from '../types';

export const programs: Translation<typeof english> = {
  'programs.programsPresented': 'Programas presentados',
  'programs.noProgramsYetAddThem': 'Aún no hay programas: añádalos en la página de opciones.',
  'programs.left': 'Dejado {material} · {program}',
  'programs.leftVersion': 'Dejado {material} (v{version}) · {program}',
  'programs.service': 'Servicio',
  'programs.clinicalProgram': 'Programa clínico',
  'programs.researchStudyTrial': 'Estudio de investigación / ensayo',
  'programs.newTechnology': 'Nueva tecnología',
};
