import { t } from '../../locales/i18n';
import { type Program, type ProgramInput, type ProgramKind, programInput, programKinds } from '../../storage/schemas';

/** A program as the options form holds it; materials as lines "Name | version". */
export interface ProgramDraft {
  name: string;
  serviceLine: string;
  kind: ProgramKind;
  talkingPoints: string;
  howToRefer: string;
  phone: string;
  fax: string;
  link: string;
  materials: string;
}

/** How each kind reads to a liaison. */
export const programKindLabels: Record<ProgramKind, string> = {
  service: t('programs.service'),
  'clinical-program': t('programs.clinicalProgram'),
  'research-study': t('programs.researchStudyTrial'),
  'new-technology': t('programs.newTechnology'),
};
export const programKindOptions = programKinds.map((k) => [k, programKindLabels[k]] as const);

export function emptyProgramDraft(): ProgramDraft {
  return {
    name: '',
    serviceLine: '',
    kind: 'service',
    talkingPoints: '',
    howToRefer: '',
    phone: '',
    fax: '',
    link: '',
    materials: '',
  };
}

/** A stored program as a draft (for Edit). */
export function programToDraft(p: Program): ProgramDraft {
  return {
    name: p.name,
    serviceLine: p.serviceLine,
    kind: p.kind,
    talkingPoints: p.talkingPoints,
    howToRefer: p.howToRefer,
    phone: p.phone,
    fax: p.fax,
    link: p.link,
    materials: p.materials.map((m) => (m.version ? `${m.name} | ${m.version}` : m.name)).join('\n'),
  };
}

/** The draft as a program input, or the problem per field (the zod schema's own messages). */
export function draftToProgram(
  draft: ProgramDraft,
): { input: ProgramInput } | { errors: Partial<Record<keyof ProgramDraft, string>> } {
  const materials = draft.materials
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([name]) => name)
    .map(([name, version]) => ({ name: name as string, version: version ?? '' }));
  const parsed = programInput.safeParse({ ...draft, link: draft.link.trim(), materials });
  if (parsed.success) return { input: parsed.data };
  const errors: Partial<Record<keyof ProgramDraft, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]) as keyof ProgramDraft;
    errors[key] ??= issue.message;
  }
  return { errors };
}
