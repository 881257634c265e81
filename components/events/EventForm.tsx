import { useState } from 'preact/hooks';
import { type EventDraft, emptyEventDraft, eventRequestOf, eventTypeOptions } from '../../features/events/event-draft';
import { livePrograms } from '../../features/programs/program-names';
import { errorText } from '../../locales/coded-error';
import { t } from '../../locales/i18n';
import { send } from '../../messaging/client';
import type { RoundsDatabase } from '../../storage/database';
import type { Physician } from '../../storage/schemas';
import { Field } from '../Field';
import { ProgramsPresented } from '../programs/ProgramsPresented';
import { usePrograms } from '../programs/use-programs';
import { SelectField } from '../SelectField';
import { PhysicianPicker } from './PhysicianPicker';

/**
 * `Log event`'s form: type, date, venue, speaker, programs presented and materials left, invitees and attendees
 * (directory physicians) and office staff by name, cost and headcount. Saved by the background (`events.log`),
 * which logs a touch for each attending physician.
 */
export function EventForm(props: { db: RoundsDatabase; onDone: (message: string) => void }) {
  const programs = livePrograms(usePrograms(props.db));
  const [draft, setDraft] = useState<EventDraft>(() => emptyEventDraft());
  const [invitees, setInvitees] = useState<Physician[]>([]);
  const [attendees, setAttendees] = useState<Physician[]>([]);
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const built = eventRequestOf({
      ...draft,
      inviteeIds: invitees.map((p) => p.id),
      attendeeIds: attendees.map((p) => p.id),
    });
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    setSaving(true);
    try {
      const result = await send('events.log', built.request);
      props.onDone(t('events.loggedTheEventAndLength', { length: result.outreachIds.length }));
    } catch (failure) {
      setProblem(t('common.notSaved', { reason: errorText(failure) }));
      setSaving(false);
    }
  };
  return (
    <form class="card event-form" onSubmit={save} aria-label={t('events.logEvent')} noValidate>
      <div class="grid2">
        <SelectField
          label={t('events.eventType')}
          value={draft.type}
          options={eventTypeOptions}
          onChange={(type) => set({ type })}
        />
        <Field label={t('events.eventDate')} type="date" value={draft.date} onInput={(date) => set({ date })} />
        <Field
          label={t('events.venue')}
          value={draft.venue}
          hint={t('events.aPracticeARestaurantA')}
          onInput={(venue) => set({ venue })}
        />
        <Field label={t('events.speaker')} value={draft.speaker} onInput={(speaker) => set({ speaker })} />
      </div>
      <ProgramsPresented
        programs={programs}
        value={draft.programIds}
        materialsLeft={draft.materialsLeft}
        onChange={set}
      />
      <PhysicianPicker db={props.db} label={t('events.invitees')} chosen={invitees} onChange={setInvitees} />
      <PhysicianPicker db={props.db} label={t('events.attendees')} chosen={attendees} onChange={setAttendees} />
      <Field
        label={t('events.officeStaffAttending')}
        value={draft.staff}
        hint={t('events.namesSeparatedByCommas')}
        onInput={(staff) => set({ staff })}
      />
      <div class="grid2">
        <Field
          label={t('events.cost')}
          type="number"
          value={draft.cost}
          hint={t('events.dollarsFoodAndRoom')}
          onInput={(cost) => set({ cost })}
        />
        <Field
          label={t('events.headcount')}
          type="number"
          value={draft.headcount}
          hint={t('events.everyoneWhoAteIfMore')}
          onInput={(headcount) => set({ headcount })}
        />
      </div>
      <Field label={t('events.eventNotes')} multiline value={draft.notes} onInput={(notes) => set({ notes })} />
      {problem && <p role="alert">{problem}</p>}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {t('events.saveEvent')}
        </button>
        <button type="button" onClick={() => props.onDone('')}>
          {t('events.cancel')}
        </button>
      </div>
    </form>
  );
}
