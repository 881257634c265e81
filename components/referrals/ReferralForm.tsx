import './referrals.css';
import { useState } from 'preact/hooks';
import { referralStatusLabels } from '../../features/directory/labels';
import type { AdvanceResult } from '../../features/referrals/advance-referral';
import { localToday, receivedAtForDay } from '../../features/referrals/format';
import { saveNewReferral } from '../../features/referrals/referral-actions';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { type PageRef, type Physician, type ReferralStatus, referralStatuses } from '../../storage/schemas';
import { searchPhysicians } from '../../storage/search';
import { ValidationError } from '../../storage/validation';
import { Field } from '../Field';
import { SelectField } from '../SelectField';
import { type LostDraft, LostFields, lostReasonText } from './LostFields';
import { PatientReferenceField } from './PatientReferenceField';
import { PhysicianPicker } from './PhysicianPicker';
import { ReasonField } from './ReasonField';

export interface ReferralFormProps {
  db: RoundsDatabase;
  /** Offered first; the first one is prefilled (e.g. the physician being viewed, then others on the page). */
  physicians?: readonly Physician[];
  /** The portal page the referral came from, when there is one (the sidebar passes its context). */
  page?: PageRef;
  /** Directory search for the type-ahead; defaults to the IndexedDB name look-up. */
  search?: (query: string) => Promise<Physician[]>;
  onSaved: (result: AdvanceResult) => void;
  onCancel?: () => void;
}

const statusOptions = referralStatuses.map((s) => [s, referralStatusLabels[s]] as const);

/** `New referral`: referring physician, a minimal patient reference, service, received day, status and notes. */
export function ReferralForm(props: ReferralFormProps) {
  const [physician, setPhysician] = useState<Physician | null>(props.physicians?.[0] ?? null);
  const [patientRef, setPatientRef] = useState('');
  const [service, setService] = useState('');
  const [receivedDay, setReceivedDay] = useState(localToday());
  const [status, setStatus] = useState<ReferralStatus>('received');
  const [reason, setReason] = useState('');
  const [notes, setNotes] = useState('');
  const [lost, setLost] = useState<LostDraft>({ lostTo: '', lostReason: '' });
  const [problems, setProblems] = useState<{ physician?: string; received?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);
  const search = props.search ?? ((q: string) => searchPhysicians(props.db, q, 8));

  const save = async (event: Event) => {
    event.preventDefault();
    const receivedAt = receivedAtForDay(receivedDay);
    const found = {
      physician: physician ? undefined : t('referrals.chooseTheReferringPhysicianFrom'),
      received: receivedAt ? undefined : t('referrals.enterTheDayTheReferral'),
      form:
        status === 'cancelled' && !reason.trim()
          ? t('referrals.sayWhyTheReferralIs')
          : status === 'lost' && !lost.lostTo.trim()
            ? t('referrals.sayWhichCompetitorTheReferral')
            : undefined,
    };
    setProblems(found);
    if (!physician || !receivedAt || found.form) return;
    setSaving(true);
    try {
      const result = await saveNewReferral(props.db, {
        physicianId: physician.id,
        patientRef,
        serviceLine: service,
        receivedAt,
        status,
        reason: status === 'lost' ? lostReasonText(lost) : reason,
        notes,
        page: props.page ?? null,
        lost: status === 'lost' ? { lostTo: lost.lostTo, lostReason: lost.lostReason || null } : undefined,
      });
      props.onSaved(result);
    } catch (failure) {
      setProblems({ form: failure instanceof ValidationError ? failure.issues.join('; ') : String(failure) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={save} class="card referral-form" noValidate aria-labelledby="new-referral-heading">
      <h3 id="new-referral-heading">{t('referrals.newReferral')}</h3>
      <PhysicianPicker
        label={t('referrals.referringPhysician')}
        value={physician}
        onChange={setPhysician}
        initial={props.physicians ?? []}
        search={search}
        error={problems.physician}
      />
      <PatientReferenceField value={patientRef} onInput={setPatientRef} />
      <Field
        label={t('referrals.service')}
        value={service}
        onInput={setService}
        hint={t('referrals.serviceLineEGCardiology')}
      />
      <Field
        label={t('referrals.received')}
        type="date"
        value={receivedDay}
        onInput={setReceivedDay}
        error={problems.received}
      />
      <SelectField label={t('referrals.status')} value={status} options={statusOptions} onChange={setStatus} />
      {status === 'cancelled' && (
        <ReasonField value={reason} onInput={setReason} hint={t('referrals.whyItWasCancelledOr2')} />
      )}
      {status === 'lost' && <LostFields db={props.db} value={lost} onChange={setLost} />}
      <Field
        label={t('referrals.notes')}
        multiline
        value={notes}
        onInput={setNotes}
        hint={t('referrals.noPatientDetailsSchedulingNotes')}
      />
      {props.page && (
        <p class="muted">
          {t('referrals.attachedTo')} {props.page.title || props.page.path}.
        </p>
      )}
      {problems.form && <p role="alert">{problems.form}</p>}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {t('referrals.saveReferral')}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('referrals.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
