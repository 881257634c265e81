import { t } from '../../locales/i18n';
import { npiMessages, npiProblem } from '../../storage/npi';
import { type PhysicianInput, physicianInput } from '../../storage/schemas';
import { issuesOf } from '../../storage/validation';

/** The form's text fields, as typed. */
export interface PhysicianDraft {
  prefix: string;
  first: string;
  middle: string;
  last: string;
  suffix: string;
  credentials: string;
  npi: string;
  specialty: string;
  taxonomyCode: string;
  practiceName: string;
  phone: string;
  fax: string;
}

export const emptyDraft: PhysicianDraft = {
  prefix: '',
  first: '',
  middle: '',
  last: '',
  suffix: '',
  credentials: '',
  npi: '',
  specialty: '',
  taxonomyCode: '',
  practiceName: '',
  phone: '',
  fax: '',
};

export type DraftErrors = Partial<Record<keyof PhysicianDraft, string>>;

/** Turns the typed draft into a validated input, or the errors per field. */
export function draftToInput(
  draft: PhysicianDraft,
  extra: Partial<PhysicianInput> = {},
): { input: PhysicianInput } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const npi = draft.npi.replace(/\s+/g, '');
  if (npi) {
    const problem = npiProblem(npi);
    if (problem) errors.npi = npiMessages[problem];
  }
  if (!draft.last.trim()) errors.last = t('directory.aLastNameIsRequired');
  const credentials = draft.credentials
    .split(/[,;]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  const candidate = {
    ...extra,
    prefix: draft.prefix,
    first: draft.first,
    middle: draft.middle,
    last: draft.last,
    suffix: draft.suffix,
    credentials,
    ...(npi ? { npi } : {}),
    specialty: draft.specialty,
    taxonomyCode: draft.taxonomyCode.trim().toUpperCase(),
    practiceName: draft.practiceName,
    phone: draft.phone,
    fax: draft.fax,
  };
  const parsed = physicianInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of issuesOf(parsed.error)) {
      const [field, message] = issue.split(/: (.*)/s);
      const key = (field === 'practiceName' ? 'practiceName' : field) as keyof PhysicianDraft;
      if (key in emptyDraft && !errors[key]) errors[key] = message ?? issue;
    }
  }
  if (Object.keys(errors).length || !parsed.success) return { errors };
  return { input: candidate };
}
