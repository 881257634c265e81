import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { profileOf } from '../../features/directory/profile-draft';
import { saveOfficeProfile } from '../../features/directory/save-profile';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { Physician, Practice } from '../../storage/schemas';
import { loadSettings } from '../../storage/settings-store';
import { PhysicianForm, type PhysicianFormTools } from './PhysicianForm';

/**
 * `Edit details`: every field of a physician's record and office profile, and the practice's locations, saved in
 * one transaction (sidebar physician view, options directory). Fields the form has no box for (middle name,
 * source…) are kept.
 */
export function EditPhysicianForm(props: {
  db: RoundsDatabase;
  physician: Physician;
  practice: Practice | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
  tools?: (form: PhysicianFormTools) => ComponentChildren;
}) {
  const p = props.physician;
  const [defaultDays, setDefaultDays] = useState(60);
  useEffect(() => {
    void loadSettings(props.db).then((s) => setDefaultDays(s.defaultVisitEveryDays));
  }, [props.db]);
  const locations = props.practice?.locations ?? [];
  return (
    <PhysicianForm
      heading={t('directory.editDetails')}
      initial={{
        prefix: p.prefix,
        first: p.first,
        middle: p.middle,
        last: p.last,
        suffix: p.suffix,
        taxonomyCode: p.taxonomyCode,
        credentials: p.credentials.join(', '),
        npi: p.npi ?? '',
        specialty: p.specialty,
        practiceName: p.practiceName || props.practice?.name || '',
        phone: p.phone,
        fax: p.fax,
      }}
      profile={profileOf(p)}
      locations={locations.map((l) => ({ ...l, hours: { ...l.hours } }))}
      defaultVisitEveryDays={defaultDays}
      profileOpen
      {...(props.tools ? { tools: props.tools } : {})}
      onCancel={props.onCancel}
      onSave={async (input, edited) => {
        await saveOfficeProfile(props.db, p.id, input, edited);
        props.onSaved(t('directory.detailsSaved'));
      }}
    />
  );
}
