import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  type DraftErrors,
  draftToInput,
  emptyDraft,
  type PhysicianDraft,
} from '../../features/directory/physician-form-state';
import {
  emptyProfile,
  type ProfileDraft,
  type ProfileErrors,
  profileToInput,
} from '../../features/directory/profile-draft';
import type { PhysicianInput, PracticeLocation } from '../../storage/schemas';
import { Field } from '../Field';
import { describeWriteError } from '../write-error';
import { LocationFields } from './LocationFields';
import { OfficeProfileFields } from './OfficeProfileFields';
import { StaffFields } from './StaffFields';
import './profile.css';
import { t } from '../../locales/i18n';

interface PhysicianFormProps {
  heading: string;
  initial?: Partial<PhysicianDraft>;
  extra?: Partial<PhysicianInput>;
  /** The office profile as stored (editing); a new physician starts empty. */
  profile?: ProfileDraft;
  /** The practice's locations, editable here when given (editing a physician); absent for a new one. */
  locations?: PracticeLocation[];
  /** The settings' visit cadence, named in the `Visit every (days)` hint. */
  defaultVisitEveryDays?: number;
  /** Shows the office profile open (editing); a new physician has it folded under `Office profile`. */
  profileOpen?: boolean;
  /**
   * Stores the input (with the locations when the form edited them); answering 'keep' leaves the typed values in
   * place (e.g. while a duplicate warning shows).
   */
  onSave: (input: PhysicianInput, locations?: PracticeLocation[]) => Promise<unknown>;
  onCancel?: () => void;
  /** Extra controls above the fields (swap, registry look-up) that may read and change the draft. */
  tools?: (form: PhysicianFormTools) => ComponentChildren;
}

/** What `tools` get: the current draft and a way to change some of its fields. */
export interface PhysicianFormTools {
  draft: PhysicianDraft;
  update: (patch: Partial<PhysicianDraft>) => void;
}

const labels: [keyof PhysicianDraft, string, string?][] = [
  ['prefix', t('directory.prefix'), t('directory.drProf')],
  ['first', t('directory.firstName')],
  ['middle', t('directory.middleName')],
  ['last', t('directory.lastName')],
  ['suffix', t('directory.suffix'), t('directory.jrIii')],
  ['credentials', t('directory.credentials'), t('directory.commaSeparatedMdFacc')],
  ['npi', 'NPI', t('directory.10DigitsCheckedAsYou')],
  ['specialty', t('directory.specialty')],
  ['taxonomyCode', t('directory.taxonomyCode'), t('directory.10CharactersEndingInX')],
  ['practiceName', t('directory.practice')],
  ['phone', t('directory.phone')],
  ['fax', t('directory.fax')],
];

/** Add or edit a physician; validation names each wrong field (NPI check digit, required last name). */
export function PhysicianForm(props: PhysicianFormProps) {
  // Name parts a capture parsed arrive in `extra`; they start the draft so the form shows (and keeps) them.
  const fromExtra = () => {
    const e = props.extra ?? {};
    return {
      prefix: e.prefix ?? '',
      middle: e.middle ?? '',
      suffix: e.suffix ?? '',
      taxonomyCode: e.taxonomyCode ?? '',
    };
  };
  const [draft, setDraft] = useState<PhysicianDraft>({ ...emptyDraft, ...fromExtra(), ...props.initial });
  const [profile, setProfile] = useState<ProfileDraft>(props.profile ?? emptyProfile);
  const [locations, setLocations] = useState<PracticeLocation[] | undefined>(props.locations);
  const [profileErrors, setProfileErrors] = useState<ProfileErrors>({});
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const office = profileToInput(profile, locations ?? null);
    const result = draftToInput(draft, { ...props.extra, ...('fields' in office ? office.fields : {}) });
    setProfileErrors('errors' in office ? office.errors : {});
    if ('errors' in result || 'errors' in office) {
      setErrors('errors' in result ? result.errors : {});
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      if ((await props.onSave(result.input, locations)) !== 'keep') {
        setDraft({ ...emptyDraft, ...fromExtra() });
        setProfile(props.profile ?? emptyProfile);
      }
      setFailure('');
    } catch (error) {
      setFailure(describeWriteError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label={props.heading} noValidate>
      <h2>{props.heading}</h2>
      {props.tools?.({ draft, update: (patch) => setDraft((d) => ({ ...d, ...patch })) })}
      <div class="grid2">
        {labels.map(([key, label, hint]) => (
          <Field
            key={key}
            label={label}
            value={draft[key]}
            error={errors[key]}
            {...(hint ? { hint } : {})}
            autoFocus={key === 'first'}
            onInput={(value) => setDraft((d) => ({ ...d, [key]: value }))}
          />
        ))}
      </div>
      <details class="office-profile" open={props.profileOpen ?? false}>
        <summary>{t('directory.officeProfile')}</summary>
        {locations && <LocationFields value={locations} onChange={setLocations} />}
        <OfficeProfileFields
          value={profile}
          onChange={(patch) => setProfile((p) => ({ ...p, ...patch }))}
          errors={profileErrors}
          locations={locations ?? []}
          defaultVisitEveryDays={props.defaultVisitEveryDays ?? 60}
        />
        <StaffFields
          value={profile.staff}
          onChange={(staff) => setProfile((p) => ({ ...p, staff }))}
          errors={Object.fromEntries(
            Object.entries(profileErrors).flatMap(([k, m]) =>
              k.startsWith('staff.') ? [[Number(k.slice(6)), m]] : [],
            ),
          )}
        />
      </details>
      {Object.keys(profileErrors).length > 0 && (
        <p role="alert">
          {t('directory.checkTheOfficeProfileValues', { values: Object.values(profileErrors).join(' ') })}
        </p>
      )}
      {failure && <p role="alert">{failure}</p>}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {t('directory.savePhysician')}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('directory.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
