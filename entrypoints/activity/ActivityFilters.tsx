import { Field } from '../../components/Field';
import { usePrograms } from '../../components/programs/use-programs';
import { useLiveQuery } from '../../components/use-live-query';
import { displayName } from '../../features/directory/display-name';
import { activityLabels } from '../../features/directory/labels';
import { livePrograms } from '../../features/programs/program-names';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { foldName } from '../../storage/name-keys';
import { activityTypes } from '../../storage/schemas';
import { searchPhysicians } from '../../storage/search';
import type { ActivityFilter } from './filters';
import { RecordPicker } from './RecordPicker';

interface Props {
  db: RoundsDatabase;
  value: ActivityFilter;
  onChange: (patch: Partial<ActivityFilter>) => void;
}

/** Date range, physician, practice, type and program filters for the Activity page. */
export function ActivityFilters({ db, value, onChange }: Props) {
  const programs = livePrograms(usePrograms(db));
  const physician = useLiveQuery(
    async () => (value.physicianId ? await db.physicians.get(value.physicianId) : undefined),
    [db, value.physicianId],
    undefined,
  );
  const practice = useLiveQuery(
    async () => (value.practiceId ? await db.practices.get(value.practiceId) : undefined),
    [db, value.practiceId],
    undefined,
  );
  const findPhysicians = async (q: string) =>
    (await searchPhysicians(db, q, 8)).map((p) => ({ id: p.id, label: displayName(p) }));
  const findPractices = async (q: string) =>
    (await db.practices.where('nameKey').startsWith(foldName(q)).limit(8).toArray()).map((p) => ({
      id: p.id,
      label: p.name,
    }));
  return (
    <fieldset class="filters">
      <legend>{t('activity.filters')}</legend>
      <Field label={t('activity.from')} type="date" value={value.from} onInput={(from) => from && onChange({ from })} />
      <Field label={t('activity.to')} type="date" value={value.to} onInput={(to) => to && onChange({ to })} />
      <RecordPicker
        label={t('activity.physician')}
        chosen={value.physicianId ? (physician ? displayName(physician) : t('activity.unknownPhysician')) : ''}
        search={findPhysicians}
        onPick={(physicianId) => onChange({ physicianId })}
      />
      <RecordPicker
        label={t('activity.practice')}
        chosen={value.practiceId ? (practice?.name ?? t('activity.unknownPractice')) : ''}
        search={findPractices}
        onPick={(practiceId) => onChange({ practiceId })}
      />
      <div class="field">
        <label for="filter-type">{t('activity.type')}</label>
        <select
          id="filter-type"
          value={value.type}
          onChange={(e) => onChange({ type: e.currentTarget.value as ActivityFilter['type'] })}
        >
          <option value="">{t('activity.allTypes')}</option>
          {activityTypes.map((t) => (
            <option key={t} value={t}>
              {activityLabels[t]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-program">{t('activity.program')}</label>
        <select
          id="filter-program"
          value={value.programId}
          onChange={(e) => onChange({ programId: e.currentTarget.value })}
        >
          <option value="">{t('activity.allPrograms')}</option>
          {programs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
