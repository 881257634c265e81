import { useId, useState } from 'preact/hooks';
import { type ConcernUpdate, updateConcern } from '../../features/concerns/concern-actions';
import { concernStatusLabels } from '../../features/concerns/concern-state';
import { localDay } from '../../features/follow-ups/local-day';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { concernStatuses, type Outreach } from '../../storage/schemas';
import { Field } from '../Field';
import { SelectField } from '../SelectField';
import { describeWriteError } from '../write-error';

const statusOptions = concernStatuses.map((s) => [s, concernStatusLabels[s]] as const);

/**
 * A concern's workflow: status, department and owner at the hospital, a new dated action, the resolution and the
 * day it was reported back to the physician. Opened by `Resolve concern`, so it starts at `resolved`.
 */
export function ConcernEditor(props: { db: RoundsDatabase; outreach: Outreach; onDone: (message: string) => void }) {
  const c = props.outreach.concern;
  const id = useId();
  const [draft, setDraft] = useState<ConcernUpdate>(() => ({
    status: c && c.status !== 'open' && c.status !== 'in-progress' ? c.status : 'resolved',
    department: c?.department ?? '',
    owner: c?.owner ?? '',
    resolution: props.outreach.sensitive.concernResolution,
    reportedBackOn: c?.reportedBackOn ?? '',
    action: { on: localDay(), text: '' },
  }));
  const [problem, setProblem] = useState('');
  const set = (patch: Partial<ConcernUpdate>) => setDraft((d) => ({ ...d, ...patch }));
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await updateConcern(props.db, props.outreach.id, draft);
      props.onDone(
        t('concerns.concernSavedAsConcernstatus', { concernStatus: concernStatusLabels[draft.status].toLowerCase() }),
      );
    } catch (error) {
      setProblem(describeWriteError(error));
    }
  };
  return (
    <form class="card concern-editor" onSubmit={save} aria-label={t('concerns.concern')} noValidate>
      <div class="grid2">
        <SelectField
          label={t('concerns.concernStatus')}
          value={draft.status}
          options={statusOptions}
          onChange={(status) => set({ status })}
        />
        <Field
          label={t('concerns.reportedBack')}
          type="date"
          value={draft.reportedBackOn}
          onInput={(reportedBackOn) => set({ reportedBackOn })}
          hint={t('concerns.theDayYouToldThe')}
        />
        <Field
          label={t('concerns.department')}
          value={draft.department}
          onInput={(department) => set({ department })}
        />
        <Field label={t('concerns.owner')} value={draft.owner} onInput={(owner) => set({ owner })} />
      </div>
      {c && c.actions.length > 0 && (
        <ul class="plain muted" aria-label={t('concerns.actionsTaken')}>
          {c.actions.map((a) => (
            <li key={`${a.on}-${a.text}`}>
              {a.on}: {a.text}
            </li>
          ))}
        </ul>
      )}
      <div class="grid2">
        <Field
          label={t('concerns.actionTaken')}
          value={draft.action.text}
          onInput={(text) => set({ action: { ...draft.action, text } })}
          hint={t('concerns.addedToTheConcernS')}
        />
        <Field
          label={t('concerns.actionDate')}
          type="date"
          value={draft.action.on}
          onInput={(on) => set({ action: { ...draft.action, on } })}
        />
      </div>
      <div class="field">
        <label for={`${id}-resolution`}>{t('concerns.resolution')}</label>
        <textarea
          id={`${id}-resolution`}
          rows={3}
          value={draft.resolution}
          onInput={(e) => set({ resolution: e.currentTarget.value })}
        />
      </div>
      {problem && <p role="alert">{problem}</p>}
      <div class="row">
        <button type="submit" class="primary">
          {t('concerns.saveResolution')}
        </button>
        <button type="button" onClick={() => props.onDone('')}>
          {t('concerns.cancel')}
        </button>
      </div>
    </form>
  );
}
